package org.equalityduty.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.equalityduty.core.assessment.Assessment;
import org.equalityduty.core.assessment.PlanAssessor;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.json.EqualityJson;
import org.junit.jupiter.api.Test;

class PlanCheckJsonTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);

    @Test
    void isWhatTheCheckCommandPrintsForAPlanOnStandardInput() throws Exception {
        for (String seed : new String[] {"/plans/kent-2022-2027.json", "/plans/soke-2023-2026.json"}) {
            byte[] document;
            try (InputStream in = getClass().getResourceAsStream(seed)) {
                document = in.readAllBytes();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int exit = Main.run(new String[] {"check", "--format", "json", "--as-of", AS_OF.toString(), "-"},
                    new ByteArrayInputStream(document), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            EqualityPlan plan = EqualityJson.defaults().readPlan(new ByteArrayInputStream(document));
            Assessment assessment = PlanAssessor.assess(plan, AS_OF);
            assertEquals(out.toString(StandardCharsets.UTF_8), PlanCheckJson.assessed(PlanCheckJson.STDIN_FILE, assessment));
            assertEquals(exit, PlanCheckJson.exitCode(assessment), seed);
        }
    }

    @Test
    void nullsAreRejectedWithTheirNames() {
        assertEquals("file", assertThrows(NullPointerException.class, () -> PlanCheckJson.assessed(null, null)).getMessage());
        assertEquals("assessment", assertThrows(NullPointerException.class, () -> PlanCheckJson.assessed("-", null))
                .getMessage());
        assertEquals("assessment", assertThrows(NullPointerException.class, () -> PlanCheckJson.exitCode(null)).getMessage());
    }
}
