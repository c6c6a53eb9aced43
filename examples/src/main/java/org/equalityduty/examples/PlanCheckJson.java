package org.equalityduty.examples;

import java.util.List;
import java.util.Objects;
import org.equalityduty.core.assessment.Assessment;

/**
 * The JSON document {@code check --format json} prints, for callers outside the command line (the plan-check
 * service): the same producer, so that both give byte-identical output for the same plan and date.
 *
 * @since 0.2.0
 */
public final class PlanCheckJson {
    /**
     * How a plan read from standard input is named in the document, {@value}, as {@code check ... -} names it.
     *
     * @since 0.2.0
     */
    public static final String STDIN_FILE = "-";

    private PlanCheckJson() {
    }

    /**
     * Writes the document for one plan that was read and assessed: what {@code check --format json --as-of DATE -}
     * prints when the plan is on standard input.
     *
     * @param file  the name of the plan in the document, such as {@value #STDIN_FILE}, not null
     * @param assessment  the plan's assessment, not null
     * @return the document, ending with a new line, not null
     * @since 0.2.0
     */
    public static String assessed(String file, Assessment assessment) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(assessment, "assessment");
        CheckCommand.Assessed outcome = new CheckCommand.Assessed(file, assessment);
        return CheckJson.document(List.of(outcome), outcome.exitCode());
    }

    /**
     * Gets the exit code {@code check} gives an assessment: 1 if it has an error, else 0.
     *
     * @param assessment  the assessment, not null
     * @return 0 or 1
     * @since 0.2.0
     */
    public static int exitCode(Assessment assessment) {
        return new CheckCommand.Assessed(STDIN_FILE, Objects.requireNonNull(assessment, "assessment")).exitCode();
    }
}
