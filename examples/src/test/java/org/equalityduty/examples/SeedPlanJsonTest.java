package org.equalityduty.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.json.EqualityJson;
import org.equalityduty.json.EqualityJsonException;
import org.equalityduty.json.JsonProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seed plans as JSON documents in {@code src/main/resources/plans/}: they read back equal to the Java-built
 * {@link SeedPlans}, and the writer reproduces them byte for byte. Run with {@code -Dgolden.update=true} to
 * rewrite the files from {@link SeedPlans} after changing it.
 */
class SeedPlanJsonTest {
    private static final EqualityJson JSON = EqualityJson.defaults();
    private static final Path DIR = Paths.get("src/main/resources/plans");

    private static EqualityPlan seed(String name) {
        return name.startsWith("soke") ? SeedPlans.soke() : SeedPlans.kent();
    }

    private static String resource(String name) throws IOException {
        if (Boolean.getBoolean("golden.update")) {
            // Kept as format version 1 documents: the repository's examples of version 1 reading unchanged.
            Files.writeString(DIR.resolve(name), JSON.writePlan(seed(name))
                    .replaceFirst("\"formatVersion\": 2,", "\"formatVersion\": 1,"), StandardCharsets.UTF_8);
        }
        try (InputStream in = SeedPlanJsonTest.class.getResourceAsStream("/plans/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"soke-2023-2026.json", "kent-2022-2027.json"})
    void seedDocumentReadsBackEqualToTheJavaBuiltPlan(String name) throws IOException {
        String document = resource(name);
        assertEquals(seed(name), JSON.readPlan(document));
        // The seed files are format version 1 documents; the writer writes version 2, moving nothing.
        assertEquals(JSON.writePlan(seed(name)), Files.readString(DIR.resolve(name))
                .replaceFirst("\"formatVersion\": 1,", "\"formatVersion\": 2,"));
    }

    @Test
    void aBrokenCopyOfTheSokePlanListsEveryProblemWithAPointer() throws IOException {
        String document = resource("soke-2023-2026.json")
                .replaceFirst("\"formatVersion\": 1", "\"formatVersion\": 1, \"editor\": \"HR\"")
                .replaceFirst("\"jurisdiction\": \"england\"", "\"jurisdiction\": \"England\"")
                .replaceFirst("\"start\": \"([0-9-]+)\"", "\"start\": \"1st September 2023\"")
                .replaceFirst("\"aims\": \\[", "\"aims\": [\"fairness\", ")
                .replaceFirst("\"type\": \"within\"", "\"type\": \"weekly\"");
        EqualityJsonException ex = assertThrows(EqualityJsonException.class, () -> JSON.readPlan(document));
        List<String> problems = ex.getProblems().stream().map(JsonProblem::toString).collect(Collectors.toList());
        assertEquals(List.of(
                "/editor: 'editor' is not a field of an equality plan document; the fields are kind, formatVersion, "
                        + "organisation, jurisdiction, period, title, publishedOn, introduction, objectives, "
                        + "impactStatement, informationPublishedOn, progressReportDates, publicationRules",
                "/jurisdiction: 'England' is not a jurisdiction code; use one of england, wales, scotland",
                "/period/start: '1st September 2023' must be a date written yyyy-mm-dd, such as 2024-07-31",
                "/objectives/1/actions/0/timeFrame/type: 'weekly' is not a type of time frame; use one of within, "
                        + "due_by, ongoing, recurring",
                "/objectives/2/aims/0: 'fairness' is not a duty aim code; use one of eliminate_discrimination, "
                        + "advance_equality_of_opportunity, foster_good_relations"), problems);
    }
}
