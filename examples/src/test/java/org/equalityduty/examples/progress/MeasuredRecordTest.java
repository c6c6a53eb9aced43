package org.equalityduty.examples.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.equalityduty.core.observation.Observation;
import org.equalityduty.core.observation.ObservationSeries;
import org.equalityduty.core.observation.ObservationStatus;
import org.equalityduty.core.observation.ProgressRecord;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.imports.EqualityImport;
import org.equalityduty.imports.ImportException;
import org.equalityduty.imports.ImportOptions;
import org.equalityduty.imports.StaffRow;
import org.equalityduty.json.EqualityJson;
import org.junit.jupiter.api.Test;

/** The record computed from data files: one observation per measured criterion, dated as documented. */
class MeasuredRecordTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 9, 30);
    private static final LocalDate SNAPSHOT = LocalDate.of(2026, 3, 31);

    private static EqualityPlan plan() throws IOException {
        return EqualityJson.defaults().readPlan(Path.of("data/progress-plan.json"));
    }

    private static Map<String, Observation> byId(ProgressRecord r) {
        Map<String, Observation> m = new LinkedHashMap<>();
        for (ObservationSeries s : r.getSeries()) {
            assertEquals(1, s.getObservations().size(), s.getCriterionId());
            m.put(s.getCriterionId(), s.getObservations().get(0));
        }
        return m;
    }

    @Test
    void withoutDataEveryMeasureSaysWhy() throws IOException {
        MeasuredRecord.Data none = new MeasuredRecord.Data(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), "no pay data", SNAPSHOT);
        Map<String, Observation> obs = byId(MeasuredRecord.build(plan(), none, AS_OF));
        assertEquals(List.of("o1.a1.c2", "o2.a1.c1", "o2.a1.c2", "o3.a1.c1", "o4.a1.c1"), List.copyOf(obs.keySet()),
                "the milestone has no measure");
        assertEquals(Optional.of("no pupils file given"), obs.get("o1.a1.c2").getNote());
        assertEquals(Optional.of("no staff file given"), obs.get("o3.a1.c1").getNote());
        assertEquals(Optional.of("no pay data: give --payroll, or --staff with hourly_pay"),
                obs.get("o4.a1.c1").getNote());
        obs.values().forEach(o -> assertEquals(ObservationStatus.NOT_COLLECTED, o.getStatus()));
        assertEquals(AS_OF, obs.get("o3.a1.c1").getDate());
        assertEquals(SNAPSHOT, obs.get("o4.a1.c1").getDate());
    }

    @Test
    void staffMeasuresFromTheSampleStaffFile() throws IOException, ImportException {
        List<StaffRow> staff = EqualityImport.readStaff(Path.of("data/staff.csv"), ImportOptions.defaults())
                .getValue();
        MeasuredRecord.Data data = new MeasuredRecord.Data(Optional.empty(), Optional.of(staff), Optional.empty(),
                Optional.of(StaffPayroll.fromStaff(staff)), "data/staff.csv", SNAPSHOT);
        Map<String, Observation> obs = byId(MeasuredRecord.build(plan(), data, AS_OF));
        // progress_figures.py: men among teachers 28.169014% (20/71); median pay gap -2.1%
        assertEquals(Optional.of(new BigDecimal("28.1690")), obs.get("o3.a1.c1").getValue());
        assertEquals(Optional.of(new BigDecimal("-2.1")), obs.get("o4.a1.c1").getValue());
        assertEquals(AS_OF, obs.get("o3.a1.c1").getDate());
        assertEquals(SNAPSHOT, obs.get("o4.a1.c1").getDate());
    }
}
