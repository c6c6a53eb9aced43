package org.equalityduty.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.json.EqualityJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code init}: a starter plan that {@code check} passes, marked where it must change, and never overwritten. */
class InitCommandTest {
    private static final String HELP = "For help: mvn -q -pl examples -am test-compile exec:java -Dexec.args='init --help'\n";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void initThenCheckExitsZeroWithNoFindings() {
        Path file = dir.resolve("plan.json");
        assertEquals(0, run("init", file.toString(), "--as-of", "2025-09-01"));
        assertEquals("", err());
        assertEquals("Wrote a starter plan to " + file + ".\n"
                + "Change every text marked CHANGE ME, the URN, the dates and the baselines and targets to your own;"
                + " then check it with:\n"
                + "  mvn -q -pl examples -am test-compile exec:java -Dexec.args='check " + file + "'\n", out());
        assertEquals(0, run("check", file.toString(), "--as-of", "2025-09-01"));
        assertEquals("", err());
        String text = out();
        assertEquals("as of 2025-09-01\n\n## SMART summary (letters met; - not met)\n", text.substring(0,
                text.indexOf("o1 ")));
        assertTrue(text.contains("\no1 SMART /objectives/0 "), text);
        assertTrue(text.contains("\no2 SMART /objectives/1 "), text);
        assertTrue(text.endsWith("\n\n## Findings\n\n## Summary\n0 errors, 0 warnings, 0 advice; 2 of 2 objectives SMART\n"
                + "verdict: passes: no findings\n"), text);
    }

    @Test
    void initThenCheckOnTodaysDateExitsZero() {
        Path file = dir.resolve("plan.json");
        assertEquals(0, run("init", file.toString()));
        assertEquals(0, run("check", file.toString()));
        assertTrue(out().endsWith("## Findings\n\n## Summary\n0 errors, 0 warnings, 0 advice; 2 of 2 objectives SMART\n"
                + "verdict: passes: no findings\n"), out());
    }

    @Test
    void theDefaultFileIsEqualityPlanJsonAndADashWritesToStandardOutput() throws IOException {
        assertEquals("equality-plan.json", InitCommand.DEFAULT_FILE);
        assertEquals(0, run("init", "-", "--as-of", "2025-09-01"));
        assertEquals("", err());
        assertEquals(InitCommand.starterPlan(LocalDate.of(2025, 9, 1)), out());
        EqualityPlan plan = EqualityJson.defaults().readPlan(out());
        assertEquals(2, plan.getObjectives().size());
        ByteArrayOutputStream checked = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"check", "-", "--as-of", "2025-09-01"},
                new ByteArrayInputStream(out.toByteArray()), new PrintStream(checked, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, checked.toString(StandardCharsets.UTF_8));
    }

    @Test
    void datesFollowTheAcademicYearOfThePublicationDate() throws IOException {
        // Worked by hand: published 15 March 2026 is in the academic year 2025/26, so the period is the four
        // academic years from 1 September 2025 to 31 August 2029, baselines are the July 2025 results, actions
        // are due at the end of 2025/26 and targets at the end of 2026/27.
        JsonNode plan = new ObjectMapper().readTree(InitCommand.starterPlan(LocalDate.of(2026, 3, 15)));
        assertEquals("2025-09-01", plan.at("/period/start").asText());
        assertEquals("2029-08-31", plan.at("/period/end").asText());
        assertEquals("2026-03-15", plan.at("/publishedOn").asText());
        assertEquals("2026-03-15", plan.at("/informationPublishedOn/0").asText());
        JsonNode action = plan.at("/objectives/0/actions/0");
        assertEquals("2026-07-31", action.at("/timeFrame/date").asText());
        assertEquals("2025-07-31", action.at("/successCriteria/0/baseline/date").asText());
        assertEquals("2027-07-31", action.at("/successCriteria/0/deadline").asText());
        // On 1 September the new academic year has begun.
        JsonNode september = new ObjectMapper().readTree(InitCommand.starterPlan(LocalDate.of(2026, 9, 1)));
        assertEquals("2026-09-01", september.at("/period/start").asText());
        assertEquals("2030-08-31", september.at("/period/end").asText());
        JsonNode august = new ObjectMapper().readTree(InitCommand.starterPlan(LocalDate.of(2026, 8, 31)));
        assertEquals("2025-09-01", august.at("/period/start").asText());
        assertFalse(InitCommand.starterPlan(LocalDate.of(2026, 3, 15)).contains("{{"), "every placeholder filled");
    }

    @Test
    void everyTextASchoolMustChangeIsMarked() throws IOException {
        JsonNode plan = new ObjectMapper().readTree(InitCommand.starterPlan(LocalDate.of(2025, 9, 1)));
        List<String> marked = new ArrayList<>();
        for (String pointer : List.of("/organisation/name", "/title", "/introduction",
                "/objectives/0/rationale", "/objectives/1/rationale",
                "/objectives/0/actions/0/successCriteria/0/text", "/objectives/1/actions/0/successCriteria/0/text",
                "/objectives/0/actions/0/successCriteria/0/baseline/source",
                "/objectives/1/actions/0/successCriteria/0/baseline/source")) {
            assertTrue(plan.at(pointer).asText().startsWith("CHANGE ME"), pointer + ": " + plan.at(pointer));
            marked.add(pointer);
        }
        String introduction = plan.at("/introduction").asText();
        for (String named : List.of("URN (123456 here)", "publishedOn", "informationPublishedOn", "baseline",
                "target")) {
            assertTrue(introduction.contains(named), named + " in: " + introduction);
        }
        assertEquals("123456", plan.at("/organisation/urn").asText());
        // Texts a pupil reads are real example texts, not instructions.
        assertFalse(plan.at("/objectives/0/childFriendlyVersion").asText().contains("CHANGE ME"));
        assertEquals(9, marked.size());
    }

    @Test
    void anExistingFileIsNotOverwrittenWithoutForce() throws IOException {
        Path file = Files.writeString(dir.resolve("mine.json"), "my own plan", StandardCharsets.UTF_8);
        assertEquals(2, run("init", file.toString()));
        assertEquals(file + " already exists; it was left as it is. Use --force to overwrite it, or name another"
                + " file.\n", err());
        assertEquals("", out());
        assertEquals("my own plan", Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(0, run("init", file.toString(), "--force", "--as-of", "2025-09-01"));
        assertEquals(InitCommand.starterPlan(LocalDate.of(2025, 9, 1)), Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void wrongTargetsExitTwoWithExactMessages() {
        assertEquals(2, run("init", dir.toString()));
        assertEquals("Cannot write " + dir + ": it is a directory; name a file, such as "
                + dir.resolve("equality-plan.json") + "\n", err());
        Path below = dir.resolve("no-such-dir").resolve("plan.json");
        assertEquals(2, run("init", below.toString()));
        assertEquals("Cannot write " + below + ": the directory " + below.getParent() + " does not exist\n", err());
        assertEquals("", out());
        assertEquals(2, run("init", "a\0b.json"));
        assertEquals("Cannot write 'a\0b.json': it is not a usable file name\n", err());
    }

    @Test
    void wrongArgumentsExitTwoWithExactMessages() {
        assertEquals(2, run("init", "--as-of", "31/07/2025"));
        assertEquals("Invalid value for option '--as-of': '31/07/2025' is not a date in the form yyyy-mm-dd, such as"
                + " 2025-09-01\n" + HELP, err());
        assertEquals(2, run("init", "--froce"));
        assertEquals("Unknown option: '--froce'. Did you mean '--force'?\n" + HELP, err());
        assertEquals(2, run("init", "a.json", "b.json"));
        assertEquals("Unexpected argument: 'b.json'\n" + HELP, err());
        assertFalse(Files.exists(Path.of("a.json")), "nothing written when the arguments are wrong");
        assertEquals(2, run("inti"));
        assertEquals("Unknown command: 'inti'. Did you mean 'init'?\n"
                + "For help: mvn -q -pl examples -am test-compile exec:java -Dexec.args='--help'\n", err());
    }

    @Test
    void theStarterPlanIsDatedTodayByDefault() throws IOException {
        LocalDate before = LocalDate.now(ZoneOffset.UTC);
        assertEquals(0, run("init", "-"));
        LocalDate after = LocalDate.now(ZoneOffset.UTC);
        String published = new ObjectMapper().readTree(out()).at("/publishedOn").asText();
        assertTrue(published.equals(before.toString()) || published.equals(after.toString()), published);
    }

    @Test
    void theStarterGapMeasuresPositiveWhenDisadvantagedPupilsDoWorseAndDecreaseMeansNarrowing() throws IOException {
        // The starter plan states its reading gap as a positive 18 points to "decrease": the gap is the rest of the
        // cohort's rate minus the disadvantaged pupils' (docs/domain.md section 3). On the sample pupils,
        // examples/src/test/python/progress_figures.py gives 40/50 others and 12/22 disadvantaged meeting the
        // standard: 80% - 54.5454% = +25.4545 points, interval [2.7943, 47.1827] (Newcombe); the target is
        // 18 - 5 = 13, inside the interval: too close to call (a negative gap would have read as achieved).
        Path plan = dir.resolve("plan.json");
        assertEquals(0, run("init", plan.toString(), "--as-of", "2026-09-01"));
        Path target = dir.resolve("progress");
        assertEquals(0, run("progress", "--plan", plan.toString(), "--pupils", "data/pupils.csv", "--as-of",
                "2026-09-30", "--out", target.toString()), err());
        org.equalityduty.core.progress.ProgressReport report = EqualityJson.defaults()
                .readProgressReport(target.resolve("progress-report.json"));
        org.equalityduty.core.progress.CriterionProgress gap = report.getCriteria().stream()
                .filter(c -> c.getCriterionId().equals("o1.a1.c1")).findFirst().orElseThrow();
        assertEquals(java.util.Optional.of(new java.math.BigDecimal("25.4545")), gap.getLatestValue());
        assertEquals(org.equalityduty.core.progress.CriterionStatus.INCONCLUSIVE, gap.getStatus(),
                gap.getExplanation());
        assertTrue(gap.getExplanation().contains("[2.7943, 47.1827]"), gap.getExplanation());
    }
}
