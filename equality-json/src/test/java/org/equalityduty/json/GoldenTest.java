package org.equalityduty.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.equalityduty.core.population.Category;
import org.equalityduty.core.duty.DutyAim;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.Objective;
import org.equalityduty.core.observation.ProgressRecord;
import org.equalityduty.core.plan.SuccessCriterion;
import org.equalityduty.core.plan.TimeFrame;
import org.equalityduty.core.progress.CriterionProgress;
import org.equalityduty.core.progress.CriterionStatus;
import org.equalityduty.core.progress.ProgressReport;
import org.equalityduty.core.progress.ResolvedTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Exact output for each document kind and each core type, and reading it back. */
class GoldenTest {
    private static final EqualityJson JSON = EqualityJson.defaults();
    private static final ObjectMapper MAPPER = JsonMapper.builder().findAndAddModules()
            .enable(SerializationFeature.INDENT_OUTPUT).build();

    // The plans are written as format version 2 (plan-*-v2.json); the version 1 goldens (plan-full.json,
    // plan-minimal.json), as version 0.1 wrote them, still read as the same plans.
    @Test
    void fullPlanMatchesGoldenByteForByte() throws Exception {
        String written = JSON.writePlan(Samples.fullPlan());
        assertEquals(Golden.read("plan-full-v2.json", written), written);
        assertEquals(Samples.fullPlan(), JSON.readPlan(Golden.path("plan-full.json")));
        assertEquals(Samples.fullPlan(), JSON.readPlan(Golden.path("plan-full-v2.json")));
    }

    @Test
    void minimalPlanMatchesGoldenByteForByte() throws Exception {
        String written = JSON.writePlan(Samples.minimalPlan());
        assertEquals(Golden.read("plan-minimal-v2.json", written), written);
        assertEquals(Samples.minimalPlan(), JSON.readPlan(Golden.path("plan-minimal.json")));
        assertEquals(Samples.minimalPlan(), JSON.readPlan(Golden.path("plan-minimal-v2.json")));
    }

    @Test
    void progressRecordMatchesGoldenByteForByte() throws Exception {
        String written = JSON.writeProgress(Samples.progress());
        assertEquals(Golden.read("progress.json", written), written);
        assertEquals(Samples.progress(), JSON.readProgress(Golden.path("progress.json")));
    }

    @Test
    void progressReportMatchesGoldenByteForByteInBothModes() throws Exception {
        ProgressReport report = ReportSamples.report();
        String pretty = JSON.writeProgressReport(report);
        assertEquals(Golden.read("progress-report.json", pretty), pretty);
        assertEquals(report, JSON.readProgressReport(Golden.path("progress-report.json")));
        EqualityJson compact = JSON.withPrettyPrint(false);
        String oneLine = compact.writeProgressReport(report);
        assertFalse(oneLine.contains("\n"));
        assertEquals(Golden.read("progress-report-compact.json", oneLine), oneLine);
        assertEquals(report, compact.readProgressReport(Golden.path("progress-report-compact.json")));
        assertEquals(MAPPER.readTree(pretty), MAPPER.readTree(oneLine));
    }

    @Test
    void progressReportThroughStreamsWritersAndReadersGivesTheSameBytes() throws Exception {
        ProgressReport report = ReportSamples.report();
        String expected = JSON.writeProgressReport(report);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        JSON.writeProgressReport(report, bytes);
        assertEquals(expected, bytes.toString(StandardCharsets.UTF_8));
        StringWriter chars = new StringWriter();
        JSON.writeProgressReport(report, chars);
        assertEquals(expected, chars.toString());
        assertEquals(report, JSON.readProgressReport(new StringReader(expected)));
        assertEquals(report, JSON.readProgressReport(new java.io.ByteArrayInputStream(bytes.toByteArray())));
    }

    @Test
    void compactOutputIsOneLineWithTheSameContent() throws Exception {
        EqualityJson compact = JSON.withPrettyPrint(false);
        String written = compact.writePlan(Samples.fullPlan());
        assertFalse(written.contains("\n"));
        assertEquals(MAPPER.readTree(JSON.writePlan(Samples.fullPlan())), MAPPER.readTree(written));
        assertEquals(Samples.fullPlan(), compact.readPlan(written));
        assertEquals(Golden.read("progress-compact.json", compact.writeProgress(Samples.progress())),
                compact.writeProgress(Samples.progress()));
    }

    @Test
    void streamsWritersAndReadersGiveTheSameBytes() throws Exception {
        String expected = JSON.writePlan(Samples.fullPlan());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        JSON.writePlan(Samples.fullPlan(), bytes);
        assertEquals(expected, bytes.toString(StandardCharsets.UTF_8));
        StringWriter chars = new StringWriter();
        JSON.writePlan(Samples.fullPlan(), chars);
        assertEquals(expected, chars.toString());
        assertEquals(Samples.fullPlan(), JSON.readPlan(new StringReader(expected)));
        assertEquals(Samples.fullPlan(), JSON.readPlan(new java.io.ByteArrayInputStream(bytes.toByteArray())));
        StringWriter progress = new StringWriter();
        JSON.writeProgress(Samples.progress(), progress);
        assertEquals(Samples.progress(), JSON.readProgress(new StringReader(progress.toString())));
    }

    static Stream<Arguments> types() {
        Map<String, Object[]> cases = new LinkedHashMap<>();
        EqualityPlan plan = Samples.fullPlan();
        Objective o1 = plan.getObjectives().get(0);
        Objective o2 = plan.getObjectives().get(1);
        cases.put("organisation", new Object[] {org.equalityduty.core.duty.Organisation.class, plan.getOrganisation()});
        cases.put("period", new Object[] {org.equalityduty.core.plan.PlanPeriod.class, plan.getPeriod().orElseThrow()});
        cases.put("objective", new Object[] {Objective.class, o2});
        cases.put("action", new Object[] {org.equalityduty.core.plan.Action.class, o1.getActions().get(1)});
        cases.put("time-frame-within", new Object[] {TimeFrame.class, o1.getActions().get(0).getTimeFrame().get()});
        cases.put("time-frame-ongoing-reviewed", new Object[] {TimeFrame.class,
            o1.getActions().get(1).getTimeFrame().get()});
        cases.put("time-frame-due-by", new Object[] {TimeFrame.class, o1.getActions().get(2).getTimeFrame().get()});
        cases.put("time-frame-recurring", new Object[] {TimeFrame.class, o1.getActions().get(3).getTimeFrame().get()});
        cases.put("time-frame-ongoing", new Object[] {TimeFrame.class, o1.getActions().get(4).getTimeFrame().get()});
        cases.put("criterion-quantitative", new Object[] {SuccessCriterion.class, Samples.quantitative()});
        cases.put("criterion-milestone", new Object[] {SuccessCriterion.class,
            o1.getActions().get(1).getSuccessCriteria().get(0)});
        cases.put("criterion-qualitative", new Object[] {SuccessCriterion.class, o2.getSuccessCriteria().get(1)});
        cases.put("measure", new Object[] {org.equalityduty.core.plan.Measure.class, Samples.gapMeasure()});
        org.equalityduty.core.plan.Measure share = ((org.equalityduty.core.plan.QuantitativeTarget) o2.getSuccessCriteria()
                .get(0)).getMeasure();
        cases.put("reference-group", new Object[] {org.equalityduty.core.plan.Reference.class, share.getReference().get()});
        cases.put("reference-population", new Object[] {org.equalityduty.core.plan.Reference.class,
            Samples.gapMeasure().getReference().get()});
        org.equalityduty.core.plan.Measure survey = ((org.equalityduty.core.plan.QualitativeCriterion) o2.getSuccessCriteria()
                .get(1)).getMeasure().get();
        cases.put("reference-benchmark", new Object[] {org.equalityduty.core.plan.Reference.class,
            survey.getReference().get()});
        cases.put("group", new Object[] {org.equalityduty.core.population.Group.class, o1.getGroups().get(1)});
        cases.put("category", new Object[] {Category.class, Samples.FAITH_REFUSED});
        cases.put("target", new Object[] {org.equalityduty.core.plan.Target.class, Samples.quantitative().getTarget().get()});
        cases.put("baseline", new Object[] {org.equalityduty.core.plan.Baseline.class,
            Samples.quantitative().getBaseline().get()});
        cases.put("publication-rule", new Object[] {org.equalityduty.core.duty.PublicationRule.class,
            plan.getPublicationRules().get(0)});
        ProgressRecord progress = Samples.progress();
        cases.put("observation-series", new Object[] {org.equalityduty.core.observation.ObservationSeries.class,
            progress.getSeries().get(0)});
        cases.put("observation-missing", new Object[] {org.equalityduty.core.observation.Observation.class,
            progress.getSeries().get(0).getObservations().get(1)});
        cases.put("duty-aim", new Object[] {DutyAim.class, DutyAim.ADVANCE_EQUALITY_OF_OPPORTUNITY});
        ProgressReport report = ReportSamples.report();
        cases.put("criterion-progress-qualitative", new Object[] {CriterionProgress.class,
            report.getCriteria().get(report.getCriteria().size() - 1)});
        cases.put("resolved-target-read-as-stated", new Object[] {ResolvedTarget.class,
            report.getCriteria().get(3).getTarget().get()});
        cases.put("criterion-status", new Object[] {CriterionStatus.class, CriterionStatus.NOT_YET_DUE});
        return cases.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()[0], e.getValue()[1]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void eachTypeMatchesGoldenThroughTheModule(String name, Class<?> type, Object value) throws Exception {
        String written = MAPPER.writeValueAsString(value) + "\n";
        String golden = Golden.read("types/" + name + ".json", written);
        JsonNode expected = MAPPER.readTree(golden);
        assertEquals(expected, MAPPER.readTree(written));
        assertEquals(value, MAPPER.readValue(golden, type));
    }
}
