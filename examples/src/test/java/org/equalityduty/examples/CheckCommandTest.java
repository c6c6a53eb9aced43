package org.equalityduty.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import org.equalityduty.core.plan.Action;
import org.equalityduty.core.plan.Baseline;
import org.equalityduty.core.population.Dimensions;
import org.equalityduty.core.plan.Direction;
import org.equalityduty.core.duty.DutyAim;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.population.Group;
import org.equalityduty.core.duty.Jurisdiction;
import org.equalityduty.core.plan.KeyStage;
import org.equalityduty.core.plan.Measure;
import org.equalityduty.core.plan.MeasureKind;
import org.equalityduty.core.plan.MeasureUnit;
import org.equalityduty.core.plan.Objective;
import org.equalityduty.core.duty.Organisation;
import org.equalityduty.core.plan.PlanPeriod;
import org.equalityduty.core.duty.Population;
import org.equalityduty.core.plan.PopulationReference;
import org.equalityduty.core.plan.QuantitativeTarget;
import org.equalityduty.core.plan.Subject;
import org.equalityduty.core.plan.Target;
import org.equalityduty.core.plan.TargetKind;
import org.equalityduty.core.plan.TimeFrame;
import org.equalityduty.json.EqualityJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes and outputs of {@code check} for good, weak and broken plans, and of wrong arguments. */
class CheckCommandTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 9, 1);

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private int runWithInput(String stdin, String... args) {
        return Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** A plan that meets every rule as of 2025-09-01: the README's objective, published and informed this year. */
    private static EqualityPlan goodPlan() {
        Group disadvantaged = Group.of(Dimensions.category("disadvantage:disadvantaged"));
        Objective objective = Objective.builder()
                .id("o1")
                .title("Reduce the attainment gap between disadvantaged pupils and their peers")
                .addAims(DutyAim.ADVANCE_EQUALITY_OF_OPPORTUNITY)
                .addGroups(disadvantaged)
                .addPopulations(Population.PUPILS)
                .childFriendlyVersion("We want every child to do well in reading. We will help the children who need"
                        + " it most.")
                .addActions(Action.builder()
                        .description("Tutoring in reading for disadvantaged pupils in years 5 and 6")
                        .addResponsible("Pupil Premium Lead")
                        .timeFrame(TimeFrame.dueBy(LocalDate.of(2026, 7, 31)))
                        .addSuccessCriteria(QuantitativeTarget.builder()
                                .id("o1.a1.c1")
                                .text("Gap in % meeting the expected standard in reading down by 5 percentage points")
                                .measure(Measure.builder().kind(MeasureKind.ATTAINMENT_GAP)
                                        .population(Population.PUPILS).focusGroup(disadvantaged)
                                        .reference(PopulationReference.REST_OF_POPULATION)
                                        .addSubjects(Subject.READING).addKeyStages(KeyStage.KS2)
                                        .unit(MeasureUnit.PERCENTAGE_POINTS).build())
                                .baseline(Baseline.of(new BigDecimal("18.0"), LocalDate.of(2025, 7, 31)))
                                .direction(Direction.DECREASE)
                                .target(Target.of(TargetKind.PERCENTAGE_POINTS, "5"))
                                .deadline(LocalDate.of(2026, 7, 31))
                                .build())
                        .build())
                .build();
        return EqualityPlan.builder()
                .organisation(Organisation.school("Example Primary School", "123456"))
                .jurisdiction(Jurisdiction.ENGLAND)
                .period(PlanPeriod.ofYears(2025, 2028))
                .publishedOn(LocalDate.of(2025, 4, 1))
                .addInformationPublishedOn(LocalDate.of(2025, 4, 1))
                .addObjectives(objective)
                .build();
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = CheckCommandTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aGoodPlanExitsZero() throws IOException {
        Path file = write("good.json", EqualityJson.defaults().writePlan(goodPlan()));
        int code = run("check", file.toString(), "--as-of", AS_OF.toString());
        assertEquals("", err());
        assertEquals(0, code, out());
        assertTrue(out().startsWith("as of 2025-09-01\n"), out());
        assertTrue(!out().contains("\nerror "), out());
    }

    @Test
    void aRealPlanWithoutAnInformationDateExitsZeroWithWarnings() throws IOException {
        // Soke records no date of publication of its equality information: a warning since 0.2.0, not an error.
        Path file = write("soke.json", resource("/plans/soke-2023-2026.json"));
        int code = run("check", file.toString(), "--as-of", AS_OF.toString());
        assertEquals(0, code);
        String expected = AssessmentPrinter.render(
                org.equalityduty.core.assessment.PlanAssessor.assess(SeedPlans.soke(), AS_OF));
        assertEquals(expected, out());
        assertTrue(out().contains("warning duty.information-unrecorded at (plan)\n"), out());
        assertTrue(out().endsWith("\n## Summary\n0 errors, 12 warnings, 1 advice; 0 of 3 objectives SMART\n"
                + "verdict: passes with warnings: no errors, 12 warnings to review\n"), out());
    }

    @Test
    void aPlanWithErrorsExitsOneAndSaysSo() throws IOException {
        // Soke states no publication date: its objectives count from 2023-01-01 and were due by 2027-01-01.
        Path file = write("soke.json", resource("/plans/soke-2023-2026.json"));
        assertEquals(1, run("check", file.toString(), "--as-of", "2027-02-01"));
        assertTrue(out().contains("error duty.objectives-overdue at (plan)\n"), out());
        assertTrue(out().endsWith("verdict: fails: 1 error to correct\n"), out());
    }

    /** The good plan without its baseline: one warning, at the criterion. */
    private static EqualityPlan oneWarning() {
        EqualityPlan good = goodPlan();
        Objective o = good.getObjectives().get(0);
        Action a = o.getActions().get(0);
        QuantitativeTarget c = (QuantitativeTarget) a.getSuccessCriteria().get(0);
        QuantitativeTarget noBaseline = QuantitativeTarget.builder().id(c.getId()).text(c.getText())
                .measure(c.getMeasure()).direction(c.getDirection()).target(c.getTarget().orElseThrow())
                .deadline(c.getDeadline().orElseThrow()).build();
        Action action = Action.builder().description(a.getDescription()).addAllResponsible(a.getResponsible())
                .timeFrame(a.getTimeFrame().orElseThrow()).addSuccessCriteria(noBaseline).build();
        Objective objective = Objective.builder().id(o.getId()).title(o.getTitle()).addAllAims(o.getAims())
                .addAllGroups(o.getGroups()).addAllPopulations(o.getPopulations())
                .childFriendlyVersion(o.getChildFriendlyVersion().orElseThrow()).addActions(action).build();
        return EqualityPlan.builder().organisation(good.getOrganisation()).jurisdiction(good.getJurisdiction())
                .period(good.getPeriod()).publishedOn(good.getPublishedOn().orElseThrow())
                .addAllInformationPublishedOn(good.getInformationPublishedOn()).addObjectives(objective).build();
    }

    @Test
    void textNamesThePointerTheObjectiveTheFieldAndEndsWithTheVerdict() throws IOException {
        Path file = write("one.json", EqualityJson.defaults().writePlan(oneWarning()));
        assertEquals(0, run("check", file.toString(), "--as-of", AS_OF.toString()));
        assertEquals("", err());
        assertEquals("as of 2025-09-01\n"
                + "\n"
                + "## SMART summary (letters met; - not met)\n"
                + "o1 S-ART /objectives/0 Reduce the attainment gap between disadvantaged pupils and their peers\n"
                + "\n"
                + "## Findings\n"
                + "advice duty.non-protected-only at (plan)\n"
                + "  Every objective is about groups that are not protected characteristics, such as disadvantaged"
                + " pupils. That is allowed and often wise, but the equality duty is about protected characteristics.\n"
                + "  fix (characteristics): Consider adding an objective for a protected characteristic, such as sex,"
                + " race or disability, or naming in characteristics those your objectives also serve.\n"
                + "warning smart.no-baseline at /objectives/0/actions/0/successCriteria/0 (objective o1: Reduce the"
                + " attainment gap between disadvantaged pupils an...)\n"
                + "  This criterion does not say where the measure starts from, so progress cannot be measured.\n"
                + "  fix (baseline): Set baseline: the current value and the date it refers to, so progress can be"
                + " measured from it.\n"
                + "\n"
                + "## Summary\n"
                + "0 errors, 1 warning, 1 advice; 0 of 1 objective SMART\n"
                + "verdict: passes with warnings: no errors, 1 warning to review\n", out());
    }

    @Test
    void jsonIsFullyStructured() throws IOException {
        Path file = write("one.json", EqualityJson.defaults().writePlan(oneWarning()));
        assertEquals(0, run("check", file.toString(), "--as-of", AS_OF.toString(), "--format", "json"));
        assertEquals("", err());
        assertEquals("{\n"
                + "  \"kind\" : \"equality-plan-check\",\n"
                + "  \"formatVersion\" : 2,\n"
                + "  \"exitCode\" : 0,\n"
                + "  \"argumentErrors\" : [ ],\n"
                + "  \"files\" : [ {\n"
                + "    \"file\" : \"" + file + "\",\n"
                + "    \"outcome\" : \"passed\",\n"
                + "    \"exitCode\" : 0,\n"
                + "    \"assessment\" : {\n"
                + "      \"kind\" : \"equality-plan-assessment\",\n"
                + "      \"asOf\" : \"2025-09-01\",\n"
                + "      \"verdict\" : \"passes-with-warnings\",\n"
                + "      \"counts\" : {\n"
                + "        \"error\" : 0,\n"
                + "        \"warning\" : 1,\n"
                + "        \"advice\" : 1\n"
                + "      },\n"
                + "      \"objectives\" : [ {\n"
                + "        \"objectiveId\" : \"o1\",\n"
                + "        \"title\" : \"Reduce the attainment gap between disadvantaged pupils and their peers\",\n"
                + "        \"pointer\" : \"/objectives/0\",\n"
                + "        \"smart\" : false,\n"
                + "        \"letters\" : {\n"
                + "          \"specific\" : true,\n"
                + "          \"measurable\" : false,\n"
                + "          \"achievable\" : true,\n"
                + "          \"relevant\" : true,\n"
                + "          \"timeBound\" : true\n"
                + "        }\n"
                + "      } ],\n"
                + "      \"findings\" : [ {\n"
                + "        \"severity\" : \"advice\",\n"
                + "        \"code\" : \"duty.non-protected-only\",\n"
                + "        \"pointer\" : \"\",\n"
                + "        \"objectiveId\" : null,\n"
                + "        \"objectiveTitle\" : null,\n"
                + "        \"criteria\" : [ ],\n"
                + "        \"message\" : \"Every objective is about groups that are not protected characteristics,"
                + " such as disadvantaged pupils. That is allowed and often wise, but the equality duty is about"
                + " protected characteristics.\",\n"
                + "        \"fix\" : \"Consider adding an objective for a protected characteristic, such as sex, race"
                + " or disability, or naming in characteristics those your objectives also serve.\",\n"
                + "        \"fixField\" : \"characteristics\",\n"
                + "        \"source\" : \"Equality Act 2010 ss.4 and 149(1)\"\n"
                + "      }, {\n"
                + "        \"severity\" : \"warning\",\n"
                + "        \"code\" : \"smart.no-baseline\",\n"
                + "        \"pointer\" : \"/objectives/0/actions/0/successCriteria/0\",\n"
                + "        \"objectiveId\" : \"o1\",\n"
                + "        \"objectiveTitle\" : \"Reduce the attainment gap between disadvantaged pupils and their"
                + " peers\",\n"
                + "        \"criteria\" : [ \"o1.a1.c1\" ],\n"
                + "        \"message\" : \"This criterion does not say where the measure starts from, so progress"
                + " cannot be measured.\",\n"
                + "        \"fix\" : \"Set baseline: the current value and the date it refers to, so progress can be"
                + " measured from it.\",\n"
                + "        \"fixField\" : \"baseline\",\n"
                + "        \"source\" : \"SMART: measurable (docs/domain.md, section 6)\"\n"
                + "      } ]\n"
                + "    }\n"
                + "  } ]\n"
                + "}\n", out());
    }

    @Test
    void jsonFormatIsOneCheckDocumentWithTheAssessment() throws IOException {
        Path file = write("soke.json", resource("/plans/soke-2023-2026.json"));
        assertEquals(1, run("check", file.toString(), "--as-of", "2027-02-01", "--format", "json"));
        assertEquals("", err());
        JsonNode doc = new ObjectMapper().readTree(out());
        assertEquals("equality-plan-check", doc.get("kind").asText());
        assertEquals(2, doc.get("formatVersion").asInt());
        assertEquals(1, doc.get("exitCode").asInt());
        assertEquals(0, doc.get("argumentErrors").size());
        assertEquals(1, doc.get("files").size());
        JsonNode entry = doc.get("files").get(0);
        assertEquals(file.toString(), entry.get("file").asText());
        assertEquals("failed", entry.get("outcome").asText());
        assertEquals(1, entry.get("exitCode").asInt());
        JsonNode assessment = entry.get("assessment");
        assertEquals("equality-plan-assessment", assessment.get("kind").asText());
        assertEquals("2027-02-01", assessment.get("asOf").asText());
        assertEquals("fails", assessment.get("verdict").asText());
        assertEquals(1, assessment.get("counts").get("error").asInt());
        assertEquals("duty.objectives-overdue", assessment.get("findings").get(0).get("code").asText());
        assertEquals("error", assessment.get("findings").get(0).get("severity").asText());
        JsonNode o1 = assessment.get("objectives").get(0);
        assertEquals("o1", o1.get("objectiveId").asText());
        assertTrue(o1.get("letters").get("specific").asBoolean());
        assertFalse(o1.get("letters").get("measurable").asBoolean());
        // Every finding has the same fields, objectiveId among them.
        for (JsonNode f : assessment.get("findings")) {
            assertEquals(List.of("severity", "code", "pointer", "objectiveId", "objectiveTitle", "criteria", "message",
                    "fix", "fixField", "source"), fieldNames(f), f::toString);
            assertTrue(f.get("pointer").asText().isEmpty() || f.get("pointer").asText().startsWith("/objectives/"),
                    f::toString);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void aBrokenPlanExitsTwoWithEveryProblemAndItsPointer() throws IOException {
        String broken = resource("/plans/soke-2023-2026.json")
                .replace("\"jurisdiction\": \"england\"", "\"jurisdiction\": \"mars\"")
                .replace("\"start\": \"2023-01-01\"", "\"start\": \"2023-02-30\"");
        Path file = write("broken.json", broken);
        assertEquals(2, run("check", file.toString()));
        assertEquals("", out());
        String[] lines = err().split("\n");
        assertTrue(lines[0].endsWith("broken.json is not a valid equality plan: 2 problem(s)"), err());
        assertTrue(lines[1].startsWith("  /jurisdiction: "), err());
        assertTrue(lines[2].startsWith("  /period/start: "), err());
    }

    @Test
    void aMissingFileExitsTwo() {
        Path missing = dir.resolve("nope.json");
        assertEquals(2, run("check", missing.toString()));
        assertEquals("No such file: " + missing + "\n", err());
        assertEquals("", out());
    }

    @Test
    void wrongArgumentsExitTwoWithAClearMessage() {
        assertEquals(2, run("check"));
        assertEquals("Missing required parameter: 'PLAN.json'\n"
                + "For help: mvn -q -pl examples -am test-compile exec:java -Dexec.args='check --help'\n", err());
        err.reset();
        assertEquals(2, run("check", "x.json", "--as-of", "1 Sept"));
        assertTrue(err().startsWith("Invalid value for option '--as-of': '1 Sept' is not a date in the form yyyy-mm-dd,"
                + " such as 2025-09-01\n"), err());
        assertTrue(!err().contains("java."), err());
        err.reset();
        assertEquals(2, run("check", "x.json", "--format", "pdf"));
        assertTrue(err().startsWith("Invalid value for option '--format': expected one of [text, json]"), err());
        err.reset();
        assertEquals(2, run("frobnicate"));
        assertTrue(err().startsWith("Unknown command: 'frobnicate'. The commands are: " + CliErrorsTest.commandList()
                + "."),
                err());
        assertEquals("", out());
    }

    @Test
    void helpDescribesTheCommands() {
        assertEquals(0, run("--help"));
        assertTrue(out().contains("check"), out());
        assertTrue(out().contains("Exit codes:"), out());
    }

    @Test
    void severalFilesExitWithTheWorstAndEachIsHeadedByItsName() throws IOException {
        Path good = write("good.json", EqualityJson.defaults().writePlan(goodPlan()));
        Path soke = write("soke.json", resource("/plans/soke-2023-2026.json"));
        assertEquals(0, run("check", good.toString(), good.toString(), "--as-of", AS_OF.toString()));
        err.reset();
        out.reset();
        assertEquals(0, run("check", good.toString(), soke.toString(), "--as-of", AS_OF.toString()));
        assertEquals("", err());
        String goodText = AssessmentPrinter.render(
                org.equalityduty.core.assessment.PlanAssessor.assess(goodPlan(), AS_OF));
        String sokeText = AssessmentPrinter.render(
                org.equalityduty.core.assessment.PlanAssessor.assess(SeedPlans.soke(), AS_OF));
        assertEquals("== " + good + " ==\n" + goodText + "\n== " + soke + " ==\n" + sokeText + "\n", out());
        out.reset();
        Path missing = dir.resolve("missing.json");
        assertEquals(2, run("check", soke.toString(), missing.toString(), good.toString(), "--as-of", "2025-09-01"));
        assertEquals("No such file: " + missing + "\n", err());
        assertTrue(out().contains("== " + good + " ==\n"), "the files after a missing one are still checked");
    }

    @Test
    void aDashReadsStandardInput() throws IOException {
        String json = EqualityJson.defaults().writePlan(goodPlan());
        assertEquals(0, runWithInput(json, "check", "-", "--as-of", AS_OF.toString()));
        assertEquals("", err());
        assertEquals(AssessmentPrinter.render(
                org.equalityduty.core.assessment.PlanAssessor.assess(goodPlan(), AS_OF)), out());
    }

    @Test
    void emptyStandardInputIsNotAPlan() {
        assertEquals(2, runWithInput("", "check", "-"));
        assertEquals("standard input is not a valid equality plan: 1 problem(s)\n"
                + "  (document): the document is empty; it must be a JSON object\n", err());
        assertEquals("", out());
    }

    @Test
    void standardInputNamedTwiceIsAnArgumentError() {
        assertEquals(2, runWithInput("{}", "check", "-", "-"));
        assertEquals("Standard input ('-') can be read only once, but it is named 2 times\n", err());
        out.reset();
        err.reset();
        assertEquals(2, runWithInput("{}", "check", "-", "--format", "json", "-"));
        assertEquals("", err());
        assertEquals("{\n"
                + "  \"kind\" : \"equality-plan-check\",\n"
                + "  \"formatVersion\" : 2,\n"
                + "  \"exitCode\" : 2,\n"
                + "  \"argumentErrors\" : [ {\n"
                + "    \"message\" : \"Standard input ('-') can be read only once, but it is named 2 times\"\n"
                + "  } ],\n"
                + "  \"files\" : [ ]\n"
                + "}\n", out());
    }

    @Test
    void aDirectoryIsNotAPlanFile() {
        assertEquals(2, run("check", dir.toString()));
        assertEquals("Cannot read " + dir + ": it is a directory, not a plan file\n", err());
    }

    @Test
    void anEmptyFileIsNotAPlan() throws IOException {
        Path empty = write("empty.json", "");
        assertEquals(2, run("check", empty.toString()));
        assertEquals(empty + " is not a valid equality plan: 1 problem(s)\n"
                + "  (document): the document is empty; it must be a JSON object\n", err());
    }

    @Test
    void anUnreadableFileSaysPermissionDenied() throws IOException {
        Path locked = write("locked.json", EqualityJson.defaults().writePlan(goodPlan()));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(locked), "this user (root?) can read a file without permissions");
        assertEquals(2, run("check", locked.toString()));
        assertEquals("Cannot read " + locked + ": permission denied\n", err());
    }

    @Test
    void readErrorsNameTheFileWithoutJavaClassNames() {
        assertEquals("Cannot read plan.json: permission denied",
                CheckCommand.readError("plan.json", new AccessDeniedException("plan.json")));
        assertEquals("No such file: standard input", CheckCommand.readError("-", new NoSuchFileException("-")));
        assertEquals("Cannot read plan.json: Input/output error", CheckCommand.readError("plan.json",
                new java.nio.file.FileSystemException("plan.json", null, "Input/output error")));
        assertEquals("Cannot read plan.json: disk on fire",
                CheckCommand.readError("plan.json", new IOException("disk on fire")));
    }

    @Test
    void jsonFormatCarriesReadErrorsOfEveryKind() throws IOException {
        Path missing = dir.resolve("missing.json");
        Path broken = write("broken.json", resource("/plans/soke-2023-2026.json")
                .replace("\"jurisdiction\": \"england\"", "\"jurisdiction\": \"mars\""));
        assertEquals(2, runWithInput("", "check", "--format=json", missing.toString(), broken.toString(), dir.toString(),
                "-"));
        assertEquals("", err());
        JsonNode files = new ObjectMapper().readTree(out()).get("files");
        assertEquals(4, files.size());
        assertEquals("unreadable", files.get(0).get("outcome").asText());
        assertEquals("No such file: " + missing, files.get(0).get("message").asText());
        assertEquals("invalid", files.get(1).get("outcome").asText());
        assertEquals("/jurisdiction", files.get(1).get("problems").get(0).get("pointer").asText());
        assertTrue(files.get(1).get("problems").get(0).get("message").asText().startsWith("'mars' is not"),
                files.get(1).toString());
        assertFalse(files.get(1).get("truncated").asBoolean());
        assertEquals("Cannot read " + dir + ": it is a directory, not a plan file",
                files.get(2).get("message").asText());
        assertEquals("-", files.get(3).get("file").asText());
        assertEquals("", files.get(3).get("problems").get(0).get("pointer").asText());
        assertEquals("the document is empty; it must be a JSON object",
                files.get(3).get("problems").get(0).get("message").asText());
    }

    @Test
    void jsonFormatCarriesArgumentErrors() throws IOException {
        assertEquals(2, run("check", "--format", "json", "--as-of", "1 Sept", "x.json"));
        assertEquals("", err());
        JsonNode doc = new ObjectMapper().readTree(out());
        assertEquals(2, doc.get("exitCode").asInt());
        assertEquals(0, doc.get("files").size());
        assertEquals("Invalid value for option '--as-of': '1 Sept' is not a date in the form yyyy-mm-dd, such as"
                + " 2025-09-01", doc.get("argumentErrors").get(0).get("message").asText());
        out.reset();
        assertEquals(2, run("check", "--format", "json", "--fromat", "json", "x.json"));
        doc = new ObjectMapper().readTree(out());
        assertEquals("Unknown option: '--fromat'. Did you mean '--format'?",
                doc.get("argumentErrors").get(0).get("message").asText());
        assertEquals("", err());
        out.reset();
        assertEquals(2, run("check", "--format=json"));
        doc = new ObjectMapper().readTree(out());
        assertEquals("Missing required parameter: 'PLAN.json'", doc.get("argumentErrors").get(0).get("message").asText());
    }

    @Test
    void aMisspeltOptionGetsADidYouMeanAndTheFileIsNotCalledUnknown() throws IOException {
        Path good = write("good.json", EqualityJson.defaults().writePlan(goodPlan()));
        assertEquals(2, run("check", "--fromat", "json", good.toString()));
        assertEquals("Unknown option: '--fromat'. Did you mean '--format'?\n"
                + "For help: mvn -q -pl examples -am test-compile exec:java -Dexec.args='check --help'\n", err());
        assertEquals("", out());
        err.reset();
        assertEquals(2, run("check", "--as_of=2025-09-01", good.toString()));
        assertEquals("Unknown option: '--as_of'. Did you mean '--as-of'?\n"
                + "For help: mvn -q -pl examples -am test-compile exec:java -Dexec.args='check --help'\n", err());
        err.reset();
        assertEquals(2, run("check", "--verbose", good.toString()));
        assertEquals("Unknown option: '--verbose'\n"
                + "For help: mvn -q -pl examples -am test-compile exec:java -Dexec.args='check --help'\n", err());
    }

    @Test
    void aMisspeltCommandGetsADidYouMean() {
        assertEquals(2, run("chek", "plan.json"));
        assertEquals("Unknown command: 'chek'. Did you mean 'check'?\n"
                + "For help: mvn -q -pl examples -am test-compile exec:java -Dexec.args='--help'\n", err());
        assertEquals("", out());
        err.reset();
        assertEquals(2, run("schmea"));
        assertEquals("Unknown command: 'schmea'. Did you mean 'schema'?\n"
                + "For help: mvn -q -pl examples -am test-compile exec:java -Dexec.args='--help'\n", err());
    }

    @Test
    void badDatesAreRejectedBeforeAnyFileIsRead() {
        assertEquals(2, run("check", "nope.json", "--as-of", "2025-02-30"));
        assertEquals("Invalid value for option '--as-of': '2025-02-30' is not a date in the form yyyy-mm-dd, such as"
                + " 2025-09-01\n"
                + "For help: mvn -q -pl examples -am test-compile exec:java -Dexec.args='check --help'\n", err());
    }

    @Test
    void theReadmesShortPlanPassesWithOneAdvice() throws IOException {
        // The plan shown in the README's command-line section, byte for byte.
        Path file = write("short.json", resource("/readme/short-plan.json"));
        assertEquals(0, run("check", file.toString(), "--as-of", "2025-09-01"));
        assertEquals("", err());
        assertEquals("as of 2025-09-01\n\n## SMART summary (letters met; - not met)\no1 SMART /objectives/0 Narrow the"
                + " gap in reading at the end of key stage 2 between disadvantaged pupils and their peers\n\n"
                + "## Findings\nadvice duty.non-protected-only at (plan)\n", out().substring(0, out().indexOf("\n  ") + 1));
        assertTrue(out().endsWith("verdict: passes with advice: no errors or warnings\n"), out());
    }
}
