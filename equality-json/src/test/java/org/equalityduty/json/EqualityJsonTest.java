package org.equalityduty.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EqualityJsonTest {

    @Test
    void optionsAreCopies() {
        EqualityJson json = EqualityJson.defaults();
        assertTrue(json.isPrettyPrint());
        assertSame(json, json.withPrettyPrint(true));
        assertEquals(false, json.withPrettyPrint(false).isPrettyPrint());
        JsonLimits small = JsonLimits.defaults().withMaxProblems(2);
        assertEquals(small, json.withLimits(small).getLimits());
        assertEquals(JsonLimits.defaults(), json.getLimits());
    }

    @Test
    void stopsAtTheProblemLimitAndSaysSo() {
        String document = "{\"kind\":\"equality-plan\",\"formatVersion\":1,\"a\":1,\"b\":2,\"c\":3}";
        EqualityJsonException ex = assertThrows(EqualityJsonException.class,
                () -> EqualityJson.defaults().withLimits(JsonLimits.defaults().withMaxProblems(2)).readPlan(document));
        assertTrue(ex.isTruncated());
        assertEquals(2, ex.getProblems().size());
        assertTrue(ex.getMessage().startsWith("The document has more than 2 problems:\n  /a: "), ex.getMessage());
    }

    @Test
    void appliesTheDocumentLengthLimit() {
        String document = EqualityJson.defaults().writePlan(Samples.minimalPlan());
        EqualityJsonException ex = assertThrows(EqualityJsonException.class, () -> EqualityJson.defaults()
                .withLimits(JsonLimits.defaults().withMaxDocumentLength(50)).readPlan(document));
        assertEquals(List.of(JsonProblem.of("", "the document is longer than the limit of 50 characters")),
                ex.getProblems());
    }

    @Test
    void readsAndWritesFiles(@TempDir Path dir) throws Exception {
        Path plan = dir.resolve("plan.json");
        EqualityJson.defaults().writePlan(Samples.fullPlan(), plan);
        assertEquals(Samples.fullPlan(), EqualityJson.defaults().readPlan(plan));
        Path progress = dir.resolve("progress.json");
        EqualityJson.defaults().writeProgress(Samples.progress(), progress);
        assertEquals(Samples.progress(), EqualityJson.defaults().readProgress(progress));
        assertEquals(Files.readString(Golden.path("progress.json")), Files.readString(progress));
        Path report = dir.resolve("report.json");
        EqualityJson.defaults().writeProgressReport(ReportSamples.report(), report);
        assertEquals(ReportSamples.report(), EqualityJson.defaults().readProgressReport(report));
        assertEquals(Files.readString(Golden.path("progress-report.json")), Files.readString(report));
    }

    @Test
    void progressReportKindIsPublished() {
        assertEquals("progress-report", EqualityJson.REPORT_KIND);
        assertTrue(EqualityJson.class.getResource(EqualityJson.REPORT_SCHEMA_RESOURCE) != null);
    }

    @Test
    void structuralValidationProblemsCarryPointers() {
        String document = "{\"kind\":\"equality-plan\",\"formatVersion\":1,"
                + "\"organisation\":{\"type\":\"school\",\"name\":\" \"},\"jurisdiction\":\"england\","
                + "\"period\":{\"start\":\"2024-01-01\",\"end\":\"2024-12-31\"},"
                + "\"objectives\":[{\"id\":\"o1\",\"title\":\"T\",\"actions\":[{\"description\":\"D\","
                + "\"responsible\":[\"Head\",\"  \"]}]}]}";
        EqualityJsonException ex = assertThrows(EqualityJsonException.class,
                () -> EqualityJson.defaults().readPlan(document));
        assertEquals(List.of(
                JsonProblem.of("/objectives/0/actions/0/responsible/1", "must not be blank"),
                JsonProblem.of("/organisation/name", "must not be blank")), ex.getProblems());
    }
}
