package org.equalityduty.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.math.BigDecimal;
import java.util.List;
import org.equalityduty.core.duty.DutyAim;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.Objective;
import org.equalityduty.core.plan.Target;
import org.equalityduty.core.plan.TargetKind;
import org.equalityduty.core.progress.CriterionProgress;
import org.equalityduty.core.progress.CriterionStatus;
import org.equalityduty.core.progress.ProgressReport;
import org.equalityduty.core.progress.Reading;
import org.junit.jupiter.api.Test;

class EqualityDutyModuleTest {

    @Test
    void foundByFindAndRegisterModules() {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        assertTrue(mapper.getRegisteredModuleIds().contains(new EqualityDutyModule().getTypeId()));
    }

    @Test
    void writesTheSameDocumentAsTheFacade() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new EqualityDutyModule());
        String viaModule = mapper.writeValueAsString(Samples.fullPlan());
        assertEquals(EqualityJson.defaults().withPrettyPrint(false).writePlan(Samples.fullPlan()), viaModule);
        assertEquals(Samples.fullPlan(), mapper.readValue(viaModule, EqualityPlan.class));
    }

    @Test
    void writesAndReadsProgressReportsLikeTheFacade() throws Exception {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        ProgressReport report = ReportSamples.report();
        String viaModule = mapper.writeValueAsString(report);
        assertEquals(EqualityJson.defaults().withPrettyPrint(false).writeProgressReport(report), viaModule);
        assertEquals(report, mapper.readValue(viaModule, ProgressReport.class));
        assertEquals("\"evidence_recorded\"", mapper.writeValueAsString(CriterionStatus.EVIDENCE_RECORDED));
        assertEquals(Reading.PERCENTAGE_POINTS, mapper.readValue("\"percentage_points\"", Reading.class));
    }

    @Test
    void reportEntriesFailWithPointersRelativeToTheWholeInput() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new EqualityDutyModule());
        MismatchedInputException ex = assertThrows(MismatchedInputException.class, () -> mapper.readValue(
                "[{\"objectiveId\":\"o1\",\"criterionId\":\"o1.m1\",\"path\":\"objectives[0].successCriteria[0]\","
                        + "\"kind\":\"milestone\",\"status\":\"Done\",\"explanation\":\"x\",\"fraction\":\"1\"}]",
                mapper.getTypeFactory().constructCollectionType(List.class, CriterionProgress.class)));
        EqualityJsonException cause = assertInstanceOf(EqualityJsonException.class, ex.getCause());
        assertEquals(List.of(
                JsonProblem.of("/0/status", "'Done' is not a criterion status code; use one of achieved, on_track, "
                        + "off_track, inconclusive, not_yet_due, no_data, not_measurable, done, overdue, "
                        + "evidence_recorded, no_evidence"),
                JsonProblem.of("/0/fraction", "must be a number, not text")), cause.getProblems());
    }

    @Test
    void readsDecimalsExactlyWhateverTheMapperSettings() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new EqualityDutyModule());
        Target target = mapper.readValue("{\"kind\":\"level\",\"value\":0.10000000000000000001}", Target.class);
        assertEquals(Target.of(TargetKind.LEVEL, new BigDecimal("0.10000000000000000001")), target);
    }

    @Test
    void writesEnumsAsCodesInsidePlainJavaStructures() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new EqualityDutyModule());
        assertEquals("[\"eliminate_discrimination\"]", mapper.writeValueAsString(List.of(DutyAim.ELIMINATE_DISCRIMINATION)));
        assertEquals(DutyAim.FOSTER_GOOD_RELATIONS, mapper.readValue("\"foster_good_relations\"", DutyAim.class));
    }

    @Test
    void failsWithPointersRelativeToTheWholeInput() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new EqualityDutyModule());
        MismatchedInputException ex = assertThrows(MismatchedInputException.class, () -> mapper.readValue(
                "[{\"id\":\"o1\",\"title\":\"T\"},{\"id\":\"o2\",\"title\":7,\"aims\":[\"x\"]}]",
                mapper.getTypeFactory().constructCollectionType(List.class, Objective.class)));
        EqualityJsonException cause = assertInstanceOf(EqualityJsonException.class, ex.getCause());
        assertEquals(List.of(
                JsonProblem.of("/1/title", "must be text (a JSON string), not a number"),
                JsonProblem.of("/1/aims/0", "'x' is not a duty aim code; use one of eliminate_discrimination, "
                        + "advance_equality_of_opportunity, foster_good_relations")), cause.getProblems());
    }

    @Test
    void optionsAreCopies() {
        EqualityDutyModule module = new EqualityDutyModule();
        assertTrue(module.isValidation());
        assertEquals(false, module.withValidation(false).isValidation());
        assertEquals(3, module.withMaxProblems(3).getMaxProblems());
        assertEquals(100, module.getMaxProblems());
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> module.withMaxProblems(0));
        assertEquals("maxProblems must be positive, not 0", ex.getMessage());
    }
}
