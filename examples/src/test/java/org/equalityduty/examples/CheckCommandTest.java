package org.equalityduty.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
    void aWeakPlanExitsOneAndListsItsFindings() throws IOException {
        Path file = write("soke.json", resource("/plans/soke-2023-2026.json"));
        int code = run("check", file.toString(), "--as-of", AS_OF.toString());
        assertEquals(1, code);
        String expected = AssessmentPrinter.render(
                org.equalityduty.core.assessment.PlanAssessor.assess(SeedPlans.soke(), AS_OF));
        assertEquals(expected, out());
        assertTrue(out().contains("error duty.information-overdue at (plan)"), out());
    }

    @Test
    void jsonFormatIsAParsableDocument() throws IOException {
        Path file = write("soke.json", resource("/plans/soke-2023-2026.json"));
        assertEquals(1, run("check", file.toString(), "--as-of", AS_OF.toString(), "--format", "json"));
        JsonNode doc = new ObjectMapper().readTree(out());
        assertEquals("equality-plan-assessment", doc.get("kind").asText());
        assertEquals("2025-09-01", doc.get("asOf").asText());
        assertEquals("duty.information-overdue", doc.get("findings").get(0).get("code").asText());
        assertEquals("error", doc.get("findings").get(0).get("severity").asText());
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
    }

    @Test
    void wrongArgumentsExitTwoWithAClearMessage() {
        assertEquals(2, run("check"));
        assertTrue(err().startsWith("Missing required parameter: 'PLAN.json'"), err());
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
        assertTrue(err().startsWith("Unmatched argument at index 0: 'frobnicate'"), err());
    }

    @Test
    void helpDescribesTheCommands() {
        assertEquals(0, run("--help"));
        assertTrue(out().contains("check"), out());
        assertTrue(out().contains("Exit codes:"), out());
    }
}
