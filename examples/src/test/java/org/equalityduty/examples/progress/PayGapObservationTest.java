package org.equalityduty.examples.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.equalityduty.core.duty.Population;
import org.equalityduty.core.observation.Observation;
import org.equalityduty.core.observation.ObservationStatus;
import org.equalityduty.core.plan.GroupReference;
import org.equalityduty.core.plan.Measure;
import org.equalityduty.core.plan.MeasureKind;
import org.equalityduty.core.population.Dimensions;
import org.equalityduty.core.population.Group;
import org.equalityduty.paygap.PayRecord;
import org.equalityduty.paygap.Sex;
import org.junit.jupiter.api.Test;

/** The pay gap observation: median or mean from the measure's words, hand-worked figures, and its refusals. */
class PayGapObservationTest {
    private static final LocalDate SNAPSHOT = LocalDate.of(2026, 3, 31);

    /** Men at 10.00, 12.00, 14.00; women at 9.00, 10.00, 14.00. */
    private static List<PayRecord> pay() {
        List<PayRecord> r = new ArrayList<>();
        String[] men = {"10.00", "12.00", "14.00"};
        String[] women = {"9.00", "10.00", "14.00"};
        for (int i = 0; i < 3; i++) {
            r.add(PayRecord.of("M" + i, Sex.MALE, men[i], "0"));
            r.add(PayRecord.of("F" + i, Sex.FEMALE, women[i], "0"));
        }
        return r;
    }

    private static Measure measure(String description) {
        Measure.Builder b = Measure.builder().kind(MeasureKind.PAY_GAP).population(Population.STAFF);
        if (description != null) {
            b.description(description);
        }
        return b.build();
    }

    @Test
    void theMedianGap() {
        // by hand: median men 12.00, women 10.00: (12 - 10) / 12 = 16.666...% -> 16.7 (half up, one place)
        Observation o = PayGapObservation.observe(measure("median hourly gap"), "text", pay(), SNAPSHOT);
        assertEquals(Optional.of(new BigDecimal("16.7")), o.getValue());
        assertEquals(SNAPSHOT, o.getDate());
    }

    @Test
    void theMeanGapFromTheCriterionText() {
        // by hand: mean men 12.00, women 11.00: (12 - 11) / 12 = 8.333...% -> 8.3
        Observation o = PayGapObservation.observe(measure(null), "Reduce the mean gender pay gap to 5%", pay(),
                SNAPSHOT);
        assertEquals(Optional.of(new BigDecimal("8.3")), o.getValue());
    }

    @Test
    void bothWordsOrNeitherIsNotCollected() {
        for (String words : new String[] {"the median and the mean gap", "the gender pay gap", "meaningful"}) {
            Observation o = PayGapObservation.observe(measure(words), "x", pay(), SNAPSHOT);
            assertEquals(ObservationStatus.NOT_COLLECTED, o.getStatus(), words);
        }
    }

    @Test
    void onlyWomenAgainstMen() {
        Measure ethnicity = Measure.builder().kind(MeasureKind.PAY_GAP).population(Population.STAFF)
                .description("median").focusGroup(Group.of(Dimensions.SEX.category("male"))).build();
        assertEquals(ObservationStatus.NOT_COLLECTED,
                PayGapObservation.observe(ethnicity, "x", pay(), SNAPSHOT).getStatus());
        Measure againstWomen = Measure.builder().kind(MeasureKind.PAY_GAP).population(Population.STAFF)
                .description("median").focusGroup(Group.of(Dimensions.SEX.category("female")))
                .reference(GroupReference.of(Group.of(Dimensions.SEX.category("female"))))
                .build();
        assertEquals(ObservationStatus.NOT_COLLECTED,
                PayGapObservation.observe(againstWomen, "x", pay(), SNAPSHOT).getStatus());
    }

    @Test
    void noPayIsNotCollected() {
        Observation o = PayGapObservation.observe(measure("median"), "x", List.of(), SNAPSHOT);
        assertEquals(Optional.of("no hourly pay: give a staff file with hourly_pay or a payroll file"), o.getNote());
    }

    @Test
    void duplicateIdsAreNotCollectedWithTheReason() {
        List<PayRecord> twice = new ArrayList<>(pay());
        twice.add(PayRecord.of("M0", Sex.MALE, "10.00", "0"));
        assertEquals(ObservationStatus.NOT_COLLECTED,
                PayGapObservation.observe(measure("median"), "x", twice, SNAPSHOT).getStatus());
    }

    @Test
    void notAPayGapMeasure() {
        Measure count = Measure.builder().kind(MeasureKind.COUNT).population(Population.STAFF).build();
        assertEquals("not a pay gap measure: count", assertThrows(IllegalArgumentException.class,
                () -> PayGapObservation.observe(count, "x", pay(), SNAPSHOT)).getMessage());
    }

    @Test
    void theDefaultSnapshotIsTheLatest31March() {
        assertEquals(LocalDate.of(2026, 3, 31), PayGapObservation.defaultSnapshot(LocalDate.of(2026, 9, 30)));
        assertEquals(LocalDate.of(2026, 3, 31), PayGapObservation.defaultSnapshot(LocalDate.of(2026, 3, 31)));
        assertEquals(LocalDate.of(2025, 3, 31), PayGapObservation.defaultSnapshot(LocalDate.of(2026, 3, 30)));
    }

    @Test
    void staffWithoutHourlyPayAreLeftOut() {
        assertEquals(List.of(), PayGapObservation.fromStaff(List.of()));
    }
}
