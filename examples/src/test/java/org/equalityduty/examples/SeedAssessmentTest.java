package org.equalityduty.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.assessment.PlanAssessor;
import org.junit.jupiter.api.Test;

/**
 * The seed plans assessed as of 1 September 2025, against golden files in {@code src/test/resources/golden/}.
 *
 * <p>The golden files were generated, then reviewed by hand against the seed texts
 * ({@code shared/seeds/000_aab7710de6dc15b7.txt} and {@code 004_5a3f98a5c062d8f8.txt}): each finding is true of the
 * seed, and each weakness of the seed is found (see the notes at the end of each file). To regenerate after a
 * deliberate change, run with {@code -Dgolden.update=true} and review the diff.
 */
class SeedAssessmentTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 9, 1);

    @Test
    void soke() throws IOException {
        check("soke-assessment.txt", SeedPlans.soke());
    }

    @Test
    void kent() throws IOException {
        check("kent-assessment.txt", SeedPlans.kent());
    }

    private static void check(String name, EqualityPlan plan) throws IOException {
        String actual = AssessmentPrinter.render(PlanAssessor.assess(plan, AS_OF));
        if (Boolean.getBoolean("golden.update")) {
            Path file = Paths.get("src", "test", "resources", "golden", name);
            Files.createDirectories(file.getParent());
            String notes = notes(name);
            Files.writeString(file, notes.isEmpty() ? actual : actual + "\n" + notes, StandardCharsets.UTF_8);
        }
        String golden = read(name);
        int notesAt = golden.indexOf("\n## Review notes");
        assertEquals((notesAt < 0 ? golden : golden.substring(0, notesAt)).stripTrailing(), actual.stripTrailing());
    }

    /** Keeps the hand-written review notes of an existing golden file when regenerating. */
    private static String notes(String name) throws IOException {
        try {
            String old = read(name);
            int at = old.indexOf("\n## Review notes");
            return at < 0 ? "" : old.substring(at + 1);
        } catch (IOException | IllegalStateException ex) {
            return "";
        }
    }

    private static String read(String name) throws IOException {
        try (InputStream in = SeedAssessmentTest.class.getResourceAsStream("/golden/" + name)) {
            if (in == null) {
                throw new IllegalStateException("golden file " + name + " is missing; run with -Dgolden.update=true");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
