package org.equalityduty.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.equalityduty.core.plan.Adoptions;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.PlanDate;
import org.equalityduty.core.plan.QuantitativeTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Format version 2: the golden documents of its new constructs, the upgrade of every version 1 document in the
 * repository, the exact problem for each new construct misused, and the pointers of {@link PlanDocument}.
 */
class FormatVersion2Test {
    private static final EqualityJson JSON = EqualityJson.defaults();

    /** A minimal version 2 plan with one objective, for the bad-input cases to edit. */
    private static final String V2 = "{\"kind\":\"equality-plan\",\"formatVersion\":2,"
            + "\"organisation\":{\"type\":\"school\",\"name\":\"Example Primary\"},\"jurisdiction\":\"england\","
            + "%PERIOD%\"objectives\":[{\"id\":\"o1\",\"title\":\"Attendance\",\"populations\":[\"pupils\"]%OBJ%}]%PLAN%}";

    private static String v2(String period, String objective, String plan) {
        return V2.replace("%PERIOD%", period).replace("%OBJ%", objective).replace("%PLAN%", plan);
    }

    private static final String PERIOD = "\"period\":{\"start\":\"2024/25\",\"end\":\"2027/28\"},";

    /** A quantitative criterion with the given fields, in an objective of a plan with a period. */
    private static String criterion(String fields) {
        return v2(PERIOD, ",\"successCriteria\":[{\"type\":\"quantitative\",\"id\":\"o1.c1\",\"text\":\"t\","
                + "\"measure\":{\"kind\":\"attendance_rate\",\"population\":\"pupils\"}" + fields + "}]", "");
    }

    private static List<String> problems(String document) {
        return assertThrows(EqualityJsonException.class, () -> JSON.readPlan(document)).getProblems().stream()
                .map(JsonProblem::toString).collect(Collectors.toList());
    }

    private static String text(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    // ------------------------------------------------------------------------------------------- golden documents

    @Test
    void version2SamplesMatchTheirGoldensByteForByteAndReadBackEqual() throws IOException {
        for (String[] c : new String[][] {{"plan-v2-school.json", "school"}, {"plan-v2-trust.json", "trust"},
            {"plan-v2-undated.json", "undated"}}) {
            EqualityPlan plan = c[1].equals("school") ? SamplesV2.schoolPlan()
                    : c[1].equals("trust") ? SamplesV2.trustPlan() : SamplesV2.undatedPlan();
            String written = JSON.writePlan(plan);
            assertEquals(Golden.read(c[0], written), written, c[0]);
            assertEquals(plan, JSON.readPlan(Golden.path(c[0])), c[0]);
            assertEquals(Set.of(), SchemaTest.errors(SchemaTest.PLAN, written), c[0]);
        }
    }

    @Test
    void statedDatesResolveToTheDaysTheyMean() throws IOException {
        QuantitativeTarget c1 = (QuantitativeTarget) SamplesV2.schoolPlan().getObjectives().get(0)
                .getSuccessCriteria().get(0);
        // "summer 2026": the summer term of 2025/26, which ends by 31 July at the latest.
        assertEquals(LocalDate.of(2026, 7, 31), c1.getDeadline().orElseThrow());
        EqualityPlan read = JSON.readPlan(Golden.path("plan-v2-school.json"));
        // 2024/25 to 2027/28: 1 September 2024 to 31 August 2028.
        assertEquals(LocalDate.of(2024, 9, 1), read.getPeriod().orElseThrow().getStart());
        assertEquals(LocalDate.of(2028, 8, 31), read.getPeriod().orElseThrow().getEnd());
        QuantitativeTarget c2 = (QuantitativeTarget) read.getObjectives().get(0).getSuccessCriteria().get(1);
        assertEquals(read.getPeriod().orElseThrow().getEnd(), c2.getDeadline().orElseThrow());
        assertEquals(PlanDate.endOfPlan(), c2.getDeadlineAsStated().orElseThrow());
        assertEquals(false, c2.isDirectionStated());
        // A baseline of 2023/24 refers to its last day, 31 August 2024.
        assertEquals(LocalDate.of(2024, 8, 31), c2.getBaseline().orElseThrow().getDate().orElseThrow());
    }

    // ------------------------------------------------------------------------------------------ upgrading v1 to v2

    /** Every version 1 plan in the repository: the golden files and the example seed plans. */
    static List<Path> version1Documents() throws IOException {
        List<Path> out = new ArrayList<>(List.of(Golden.path("plan-full.json"), Golden.path("plan-minimal.json")));
        try (DirectoryStream<Path> seeds = Files.newDirectoryStream(Path.of("../examples/src/main/resources/plans"),
                "*.json")) {
            seeds.forEach(out::add);
        }
        return out;
    }

    @Test
    void everyVersion1DocumentReadsUnchangedAndIsWrittenBackAsVersion2MovingNothing() throws IOException {
        List<Path> documents = version1Documents();
        assertTrue(documents.size() >= 4, documents::toString);
        for (Path p : documents) {
            String v1 = text(p);
            assertTrue(v1.contains("\"formatVersion\": 1,"), p::toString);
            EqualityPlan plan = JSON.readPlan(v1);
            String v2 = JSON.writePlan(plan);
            // Writing v1 documents with this library's layout gives the same text but for the version number.
            String canonicalV1 = v1.endsWith("\n") ? v1 : v1 + "\n";
            if (p.startsWith(Golden.path(""))) {
                assertEquals(canonicalV1.replace("\"formatVersion\": 1,", "\"formatVersion\": 2,"), v2, p::toString);
            }
            assertEquals(plan, JSON.readPlan(v2), p::toString);
            PlanDocument doc = JSON.readPlanDocument(v1);
            assertEquals(1, doc.getFormatVersion());
            assertEquals(2, JSON.readPlanDocument(v2).getFormatVersion());
        }
    }

    // --------------------------------------------------------------------------- version 2 constructs in version 1

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"publishedOn\": \"2023-09-15\"|\"review\": {\"every\": \"P1Y\"}|/review|'review' is not a field of an "
            + "equality plan document; the fields are kind, formatVersion, organisation, jurisdiction, period, "
            + "title, publishedOn, introduction, objectives, impactStatement, informationPublishedOn, "
            + "progressReportDates, publicationRules",
        "\"publishedOn\": \"2023-09-15\"|\"aims\": [\"foster_good_relations\"]|/aims|'aims' is not a field of an "
            + "equality plan document; the fields are kind, formatVersion, organisation, jurisdiction, period, "
            + "title, publishedOn, introduction, objectives, impactStatement, informationPublishedOn, "
            + "progressReportDates, publicationRules",
        "\"targetDate\": \"2026-07-31\"|\"targetDate\": \"2026-07\"|/objectives/0/targetDate|'2026-07' must be a date "
            + "written yyyy-mm-dd, such as 2024-07-31",
        "\"kind\": \"attainment_gap\"|\"kind\": \"attendance_rate\"|/objectives/0/actions/0/successCriteria/0/measure/kind|"
            + "'attendance_rate' is not a measure kind code; use one of attainment_gap, attainment_rate, mean_score, "
            + "gap_index, representation_share, count, rate, pay_gap, disclosure_rate, survey_positive_rate, "
            + "selection_rate",
        "\"job_applicants\"|\"governors\"|/objectives/1/populations/1|'governors' is not a population code; use one of "
            + "pupils, staff, job_applicants, parents_and_community",
        "\"kind\": \"percentage_points\"|\"kind\": \"at_least\"|/objectives/0/actions/0/successCriteria/0/target/kind|"
            + "'at_least' is not a target kind code; use one of level, change, percentage_points, relative_percent, "
            + "percent_as_stated",
    })
    void version2ConstructsAreProblemsInAVersion1Document(String from, String to, String pointer, String message) {
        String v1 = HostileInputTest.replaceOnce(HostileInputTest.golden("plan-full.json"), from, to);
        assertEquals(List.of(pointer + ": " + message), problems(v1));
    }

    @Test
    void aVersion2DimensionIsAProblemInAVersion1Document() {
        String v1 = HostileInputTest.replaceOnce(HostileInputTest.golden("plan-full.json"),
                "\"disadvantage:disadvantaged\"\n          ]\n        },", "\"looked_after:looked_after\"\n          ]\n        },");
        assertEquals(List.of("/objectives/0/groups/0/categories/0: 'looked_after' is not a standard dimension; use "
                + "one of sex, ethnicity, ethnic_group, disadvantage, sen_provision, eal, disability, staff_role, or "
                + "describe the category as an object with dimension, code and label"), problems(v1));
    }

    // ----------------------------------------------------------------------------------- bad version 2 constructs

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // stated dates
        "\"period\":{\"start\":\"2024/26\",\"end\":\"2027/28\"},|/period/start|academic year '2024/26' must end in "
            + "the year after it starts, as 2024/25 does",
        "\"period\":{\"start\":\"2024-13\"},|/period/start|'2024-13' is not a date in the calendar",
        "\"period\":{\"start\":\"winter 2024\"},|/period/start|'winter 2024' must be a date as a plan states it: "
            + "2025-07-18, 2025-07, 2025, 2025/26, autumn 2025, spring 2026, summer 2026 or end_of_plan",
        "\"period\":{\"start\":\"0999\"},|/period/start|year 999 must be from 1000 to 9999",
        "\"period\":{\"start\":\"end_of_plan\"},|/period/start|'end_of_plan' cannot bound the period itself; give "
            + "a date",
        // periods
        "\"period\":{},|/period|a period needs a start, an end or asWritten; leave the period out if the plan "
            + "states none",
        "\"period\":{\"end\":\"2026\"},|/period/end|a period with an end needs its start; if the plan states only "
            + "its end, give asWritten",
        "\"period\":{\"start\":\"2026\",\"end\":\"2025\"},|/period/end|end 2025-12-31 must not be before start 2026-01-01",
        "\"period\":{\"asWritten\":\" \"},|/period/asWritten|must not be blank",
        "\"period\":{\"start\":\"2024\",\"to\":\"2026\"},|/period/to|'to' is not a field of a period; the fields are "
            + "start, end, asWritten",
    })
    void badPeriodsAndDatesGiveExactProblems(String period, String pointer, String message) {
        assertEquals(List.of(pointer + ": " + message), problems(v2(period, "", "")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        ",\"targetDate\":\"end_of_plan\"|/objectives/0/targetDate|'end_of_plan' needs the plan's period end, and "
            + "this plan states none",
        ",\"groups\":[{}]|/objectives/0/groups/0|a group needs categories, or a label alone for a group the plan "
            + "names without defining it",
        ",\"groups\":[{\"label\":\"boys\",\"categories\":[\"sex:male\"],\"emphasis\":{\"categories\":[\"sex:male\"],"
            + "\"emphasis\":{\"label\":\"x\"}}}]|/objectives/0/groups/0/emphasis/emphasis|'emphasis' is not a field "
            + "of an emphasis; the fields are label, categories",
        ",\"groups\":[{\"categories\":[\"year_group:y14\"]}]|/objectives/0/groups/0/categories/0|dimension "
            + "'year_group' has no category 'y14'; use one of n1, n2, r, y1, y2, y3, y4, y5, y6, y7, y8, y9, y10, "
            + "y11, y12, y13",
    })
    void badObjectivePartsGiveExactProblems(String objective, String pointer, String message) {
        assertEquals(List.of(pointer + ": " + message), problems(v2("", objective, "")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "|/objectives/0/successCriteria/0|required field 'direction' is missing; it may be left out only when the "
            + "target is at_least or at_most or the criterion has inLineWith",
        ",\"direction\":\"up\"|/objectives/0/successCriteria/0/direction|'up' is not a direction code; use one of "
            + "increase, decrease, maintain",
        ",\"inLineWith\":{\"tolerance\":1}|/objectives/0/successCriteria/0/inLineWith|required field 'benchmark' is "
            + "missing",
        ",\"inLineWith\":{\"benchmark\":{\"label\":\"national\"},\"tolerance\":-1}|"
            + "/objectives/0/successCriteria/0/inLineWith/tolerance|must not be negative: it is how far from the "
            + "benchmark still counts as in line",
        ",\"target\":{\"kind\":\"at_most\",\"value\":20},\"deadline\":\"summer 2024/25\"|"
            + "/objectives/0/successCriteria/0/deadline|'summer 2024/25' must be a date as a plan states it: "
            + "2025-07-18, 2025-07, 2025, 2025/26, autumn 2025, spring 2026, summer 2026 or end_of_plan",
        ",\"direction\":\"increase\",\"benchmarks\":[{\"label\":\"national\",\"scope\":\"county\"}]|"
            + "/objectives/0/successCriteria/0/benchmarks/0/scope|'county' is not a benchmark scope code; use one "
            + "of national, regional, local_authority, trust",
        ",\"direction\":\"increase\",\"benchmarks\":[{\"label\":\"national\",\"year\":\"end_of_plan\"}]|"
            + "/objectives/0/successCriteria/0/benchmarks/0/year|the year of a benchmark must be a date, not "
            + "end_of_plan",
        ",\"direction\":\"increase\",\"baseline\":{\"value\":90,\"date\":\"end_of_plan\"}|"
            + "/objectives/0/successCriteria/0/baseline/date|a baseline's date must be a date, not end_of_plan",
    })
    void badCriterionPartsGiveExactProblems(String fields, String pointer, String message) {
        assertEquals(List.of(pointer + ": " + message), problems(criterion(fields == null ? "" : fields)));
    }

    @Test
    void aDeadlineAfterThePeriodIsReadForTheAssessmentToJudge() {
        // 2030 is after 2027/28: reading keeps it (31 December 2030); whether it is in the period is a finding.
        assertEquals(LocalDate.of(2030, 12, 31), ((QuantitativeTarget) JSON.readPlan(
                criterion(",\"direction\":\"increase\",\"deadline\":\"2030\"")).getObjectives().get(0)
                .getSuccessCriteria().get(0)).getDeadline().orElseThrow());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        ",\"review\":{}|/review|a review needs at least one of lastReviewed, next, every and asWritten",
        ",\"review\":{\"every\":\"P0D\"}|/review/every|every must be a positive duration, not P0D",
        ",\"review\":{\"lastReviewed\":\"end_of_plan\"}|/review/lastReviewed|lastReviewed must be a date, not "
            + "end_of_plan",
        ",\"adoptions\":[{\"organisation\":\"Trust\",\"objectives\":[]}]|/adoptions/0/objectives|must list at least "
            + "one adopted objective",
        ",\"adoptions\":[{\"organisation\":\"Trust\",\"objectives\":[{\"id\":\"t1\"},{\"id\":\"t1\"}]}]|"
            + "/adoptions/0/objectives/1/id|objective 't1' is already adopted earlier in this list",
        ",\"adoptions\":[{\"objectives\":[{\"id\":\"t1\"}]}]|/adoptions/0|required field 'organisation' is missing",
        ",\"adoptions\":[{\"organisation\":\"Trust\",\"objectives\":[{\"id\":\"t 1\"}]}]|/adoptions/0/objectives/0/id|"
            + "id 't 1' must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit",
        ",\"version\":\"\"|/version|must not be blank",
        // aims stated once for all objectives
        ",\"aims\":\"foster_good_relations\"|/aims|must be a list (a JSON array), not text",
        ",\"aims\":[\"tackle_prejudice\"]|/aims/0|'tackle_prejudice' is not a duty aim code; use one of "
            + "eliminate_discrimination, advance_equality_of_opportunity, foster_good_relations",
        ",\"aims\":[\"foster_good_relations\",\"foster_good_relations\"]|/aims/1|repeats 'foster_good_relations'",
        ",\"aims\":[null]|/aims/0|must not be null",
    })
    void badPlanPartsGiveExactProblems(String plan, String pointer, String message) {
        assertEquals(List.of(pointer + ": " + message), problems(v2("", "", plan)));
    }

    @Test
    void badOrganisationPartsGiveExactProblems() {
        String trust = v2("", "", "").replace("{\"type\":\"school\",\"name\":\"Example Primary\"}",
                "{\"type\":\"trust\",\"name\":\"T\",\"schoolType\":\"academy\"}");
        assertEquals(List.of("/organisation/schoolType: schoolType must be empty for a trust; it says whether a school "
                + "is maintained or an academy"), problems(trust));
        String phase = v2("", "", "").replace("\"name\":\"Example Primary\"}",
                "\"name\":\"Example Primary\",\"phases\":[\"infant\"]}");
        assertEquals(List.of("/organisation/phases/0: 'infant' is not a phase code; use one of primary, secondary, "
                + "all_through, special"), problems(phase));
    }

    // -------------------------------------------------------------------------------------------------- pointers

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|''",
        "plan|''",
        "objectives[0]|/objectives/0",
        "objectives[0].successCriteria[0].deadlineAsStated|/objectives/0/successCriteria/0/deadline",
        "objectives[0].successCriteria[1].directionStated|/objectives/0/successCriteria/1",
        "objectives[0].successCriteria[1].baseline.dateAsStated|/objectives/0/successCriteria/1/baseline/date",
        "objectives[1].actions[0].successCriteria[0].dueAsStated|/objectives/1/actions/0/successCriteria/0/due",
        "objectives[0].successCriteria[0].baseline|/objectives/0/successCriteria/0",
        "objectives[7].title|/objectives",
        "period.startAsStated|/period/start",
        "periodAsWritten|/period/asWritten",
        "adoptions[0].objectives[1].title|/adoptions/0/objectives/1/title",
        "objectives[0].groups[0].emphasis.categories[0]|/objectives/0/groups/0/emphasis/categories/0",
    })
    void pointersOfModelPathsInAVersion2Document(String path, String pointer) {
        PlanDocument doc = JSON.readPlanDocument(text(Golden.path("plan-v2-school.json")));
        assertEquals(pointer, doc.pointerTo(path));
    }

    @Test
    void pointersOfAnOpenEndedStartAndAVersion1Document() throws IOException {
        assertEquals("/period/start", JSON.readPlanDocument(text(Golden.path("plan-v2-trust.json")))
                .pointerTo("openEndedStart"));
        PlanDocument v1 = JSON.readPlanDocument(text(Golden.path("plan-full.json")));
        assertEquals("/objectives/0/actions/0/successCriteria/0/deadline",
                v1.pointerTo("objectives[0].actions[0].successCriteria[0].deadlineAsStated"));
        assertEquals("/objectives/1/successCriteria/0", v1.pointerTo("objectives[1].successCriteria[0].baseline"));
        assertEquals("/period/end", v1.pointerTo("period.end"));
        assertEquals("", v1.pointerTo("review"));
    }

    @Test
    void aimsStatedOnceForThePlanAreReadAndWrittenBack() {
        EqualityPlan trust = JSON.readPlan(text(Golden.path("plan-v2-trust.json")));
        assertEquals(Set.of(org.equalityduty.core.duty.DutyAim.values()), trust.getAims());
        assertEquals(Set.of(), trust.getObjectives().get(0).getAims());
        assertEquals(trust.getAims(), trust.aimsOf(trust.getObjectives().get(0)));
        assertEquals("/aims", JSON.readPlanDocument(text(Golden.path("plan-v2-trust.json"))).pointerTo("aims"));
        assertEquals("/aims/1", JSON.readPlanDocument(text(Golden.path("plan-v2-trust.json"))).pointerTo("aims[1]"));
    }

    // ------------------------------------------------------------------------------------------------- adoptions

    @Test
    void adoptionsAreCheckedAgainstTheAdoptedPlan() {
        EqualityPlan school = JSON.readPlan(text(Golden.path("plan-v2-school.json")));
        EqualityPlan trust = JSON.readPlan(text(Golden.path("plan-v2-trust.json")));
        // The school cites version 'April 2024' of the trust's plan, which is that version: every reference holds.
        assertEquals(List.of(), Adoptions.check(school, trust));
        EqualityPlan renamed = JSON.readPlan(text(Golden.path("plan-v2-trust.json"))
                .replace("\"version\": \"April 2024\"", "\"version\": \"September 2025\"")
                .replace("Embed equality in the wider organisation", "Embed equality across the trust"));
        assertEquals(List.of(
                "VERSION_MISMATCH at adoptions[0].version: the plan cites version 'April 2024' of Example Learning "
                        + "Trust's plan, which is version 'September 2025'",
                "TITLE_DIFFERS at adoptions[0].objectives[1].title: objective 't2' is reproduced in wording that "
                        + "differs from Example Learning Trust's plan"),
                Adoptions.check(school, renamed).stream().map(Object::toString).collect(Collectors.toList()));
        assertEquals(List.of("NOTHING_ADOPTED at adoptions: the plan adopts no objectives from Example Primary"),
                Adoptions.check(trust, SamplesV2.undatedPlan()).stream().map(Object::toString)
                        .collect(Collectors.toList()));
    }
}
