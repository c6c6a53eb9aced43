package org.equalityduty.examples;

import java.util.Objects;
import org.equalityduty.core.assessment.Assessment;
import org.equalityduty.core.assessment.Finding;
import org.equalityduty.core.assessment.ObjectiveSummary;

/**
 * Renders an assessment as plain text: the SMART summary per objective, then each finding with its severity, rule
 * code, path, message and suggested fix. Output is deterministic; the golden files of the seed plans use it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class AssessmentPrinter {

    private AssessmentPrinter() {
    }

    /**
     * Renders an assessment.
     *
     * @param assessment  the assessment, not null
     * @return the text, ending with a new line, not null
     */
    public static String render(Assessment assessment) {
        Objects.requireNonNull(assessment, "assessment");
        StringBuilder sb = new StringBuilder();
        sb.append("as of ").append(assessment.getAsOf()).append('\n');
        sb.append("\n## SMART summary (letters met; - not met)\n");
        for (ObjectiveSummary s : assessment.getObjectives()) {
            sb.append(s).append('\n');
        }
        sb.append("\n## Findings\n");
        for (Finding f : assessment.getFindings()) {
            sb.append(f.getSeverity().getCode()).append(' ').append(f.getCode()).append(" at ")
                    .append(f.getPath().isEmpty() ? "(plan)" : f.getPath()).append('\n')
                    .append("  ").append(f.getMessage()).append('\n')
                    .append("  fix: ").append(f.getFix()).append('\n');
        }
        return sb.toString();
    }
}
