package org.equalityduty.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check SCHOOL.json --adopted TRUST.json}: a school's adoptions by reference checked against its trust's plan,
 * on the corpus case (Co-op Academy North Manchester reproduces the trust's 2021 wording of its objective 2, which the
 * trust's objectives approved on 04 March 2024 replaced), and the exact message for each file it cannot use.
 */
class CheckAdoptedTest {
    private static final String SCHOOL = Paths.get("corpus", "co-op-academy-north-manchester-2024-25", "plan.json")
            .toString();
    private static final String TRUST = Paths.get("corpus", "co-op-academies-trust-2024", "plan.json").toString();
    private static final String OTHER_TRUST = "{\"kind\":\"equality-plan\",\"formatVersion\":2,\"organisation\":"
            + "{\"type\":\"trust\",\"name\":\"Another Trust\"},\"jurisdiction\":\"england\"}";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private String write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p.toString();
    }

    @Test
    void anObjectiveInReplacedWordingIsAFindingAtItsTitle() {
        assertEquals(0, run("check", SCHOOL, "--adopted", TRUST, "--as-of", "2026-12-01"), err());
        assertEquals("", err());
        assertTrue(out().contains("warning duty.adopted-version-mismatch at /adoptions/0/objectives/1/title "
                + "(adopted objective 2: "), out());
        assertTrue(out().contains("  Objective '2' is reproduced in wording that differs from Co-op Academies Trust's "
                + "plan, which says 'to embed equality, diversity and inclusion into the broader organisation'.\n"),
                out());
        // Objective 1 is reproduced as the trust words it: no finding there.
        assertTrue(!out().contains("/adoptions/0/objectives/0"), out());
        // Without the trust's plan there is nothing to compare against.
        out.reset();
        assertEquals(0, run("check", SCHOOL, "--as-of", "2026-12-01"));
        assertTrue(!out().contains("duty.adopted-"), out());
    }

    @Test
    void jsonCarriesThePointerAndTheObjectiveIdOfTheAdoptedObjective() throws IOException {
        assertEquals(0, run("check", SCHOOL, "--adopted", TRUST, "--as-of", "2026-12-01", "--format", "json"));
        JsonNode findings = new ObjectMapper().readTree(out()).get("files").get(0).get("assessment").get("findings");
        JsonNode found = null;
        for (JsonNode f : findings) {
            if (f.get("code").asText().equals("duty.adopted-version-mismatch")) {
                found = f;
            }
        }
        assertTrue(found != null, findings::toString);
        assertEquals("/adoptions/0/objectives/1/title", found.get("pointer").asText());
        assertEquals("2", found.get("objectiveId").asText());
        assertEquals("title", found.get("fixField").asText());
    }

    @Test
    void anAdoptionOfAnObjectiveTheTrustLacksIsAnError() throws IOException {
        String school = write("school.json", "{\"kind\":\"equality-plan\",\"formatVersion\":2,\"organisation\":"
                + "{\"type\":\"school\",\"name\":\"Example Academy\"},\"jurisdiction\":\"england\",\"period\":"
                + "{\"start\":\"2024/25\",\"end\":\"2024/25\"},\"adoptions\":[{\"organisation\":\"Co-op Academies Trust\","
                + "\"objectives\":[{\"id\":\"1\"},{\"id\":\"9\"}]}]}");
        assertEquals(1, run("check", school, "--adopted", TRUST, "--as-of", "2026-12-01"), out());
        assertTrue(out().contains("error duty.adopted-objective-missing at /adoptions/0/objectives/1/id "
                + "(adopted objective 9)\n  Objective '9' is not in Co-op Academies Trust's plan.\n"), out());
    }

    @Test
    void aMissingAdoptedFileExitsTwoBeforeAnyPlanIsChecked() {
        String missing = dir.resolve("trust.json").toString();
        assertEquals(2, run("check", SCHOOL, "--adopted", missing));
        assertEquals("--adopted: No such file: " + missing + "\n", err());
        assertEquals("", out());
    }

    @Test
    void anAdoptedFileThatIsNotAPlanListsItsProblems() throws IOException {
        String broken = write("trust.json", "{\"kind\":\"equality-plan\",\"formatVersion\":2}");
        assertEquals(2, run("check", SCHOOL, "--adopted", broken));
        assertEquals("--adopted " + broken + " is not a valid equality plan: (document): required field "
                + "'organisation' is missing\n--adopted " + broken + " is not a valid equality plan: (document): "
                + "required field 'jurisdiction' is missing\n", err());
        assertEquals("", out());
    }

    @Test
    void aPlanNoCheckedPlanAdoptsFromIsTheWrongPlan() throws IOException {
        String other = write("other.json", OTHER_TRUST);
        assertEquals(2, run("check", SCHOOL, "--adopted", other));
        assertEquals("--adopted " + other + " is Another Trust's plan, but no plan checked adopts objectives from "
                + "Another Trust\n", err());
        assertEquals("", out());
    }

    @Test
    void twoPlansOfOneTrustAndStandardInputAreRefused() throws IOException {
        String copy = write("copy.json", Files.readString(Paths.get(TRUST), StandardCharsets.UTF_8));
        assertEquals(2, run("check", SCHOOL, "--adopted", TRUST, "--adopted", copy));
        assertEquals("--adopted " + TRUST + " and " + copy + " are both plans of Co-op Academies Trust; give one\n",
                err());
        err.reset();
        assertEquals(2, run("check", SCHOOL, "--adopted", "-"));
        assertEquals("--adopted needs a plan file; standard input ('-') is for the plans to check\n", err());
    }

    @Test
    void jsonFormatCarriesTheAdoptedFilesProblemsAsArgumentErrors() throws IOException {
        String missing = dir.resolve("trust.json").toString();
        assertEquals(2, run("check", SCHOOL, "--adopted", missing, "--format", "json"));
        JsonNode doc = new ObjectMapper().readTree(out());
        assertEquals(2, doc.get("exitCode").asInt(), out());
        assertEquals("--adopted: No such file: " + missing, doc.get("argumentErrors").get(0).get("message").asText());
        assertEquals("", err());
    }
}
