package org.equalityduty.examples;

import java.util.Objects;
import org.equalityduty.core.assessment.Assessment;
import org.equalityduty.core.assessment.Finding;
import org.equalityduty.core.assessment.ObjectiveSummary;
import org.equalityduty.core.constraints.Severity;

/**
 * Renders an assessment as plain text: the SMART summary per objective, each finding with its severity, rule code,
 * JSON Pointer, objective, message, the criteria it covers and the suggested fix with the field it names, then the
 * counts and a one-line verdict. Output is deterministic; the golden files of the seed plans use it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class AssessmentPrinter {
    /** Titles longer than this are cut short in finding headers (the JSON form has them whole). */
    static final int TITLE_WIDTH = 60;

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
            sb.append(clean(s.getObjectiveId())).append(' ').append(letters(s)).append(' ').append(clean(s.getPointer()))
                    .append(' ').append(clean(s.getTitle())).append('\n');
        }
        sb.append("\n## Findings\n");
        for (Finding f : assessment.getFindings()) {
            sb.append(f.getSeverity().getCode()).append(' ').append(f.getCode()).append(" at ")
                    .append(f.getPointer().isEmpty() ? "(plan)" : clean(f.getPointer()));
            if (f.getObjectiveId().isPresent()) {
                // An objective the plan adopts from another plan is named as that plan numbers it.
                sb.append(f.getPointer().startsWith("/adoptions/") ? " (adopted objective " : " (objective ")
                        .append(clean(f.getObjectiveId().get()));
                f.getObjectiveTitle().ifPresent(t -> sb.append(": ").append(shorten(clean(t))));
                sb.append(')');
            }
            sb.append('\n').append("  ").append(clean(f.getMessage())).append('\n');
            if (f.getCriteria().size() > 1) {
                sb.append("  criteria: ").append(clean(String.join(", ", f.getCriteria()))).append('\n');
            }
            sb.append("  fix").append(f.getFixField().map(field -> " (" + field + ")").orElse("")).append(": ")
                    .append(f.getFix()).append('\n');
        }
        sb.append("\n## Summary\n").append(counts(assessment)).append('\n').append("verdict: ").append(verdict(assessment))
                .append('\n');
        return sb.toString();
    }

    /** The five letters with each unmet letter shown as {@code -}, such as {@code S-AR-}. */
    static String letters(ObjectiveSummary s) {
        String text = s.toString();
        return text.substring(text.length() - 5);
    }

    /** Such as {@code 1 error, 14 warnings, 1 advice; 1 of 3 objectives SMART}. */
    static String counts(Assessment a) {
        long smart = a.getObjectives().stream().filter(ObjectiveSummary::isSmart).count();
        return plural(a.count(Severity.ERROR), "error", "errors") + ", "
                + plural(a.count(Severity.WARNING), "warning", "warnings") + ", "
                + plural(a.count(Severity.ADVICE), "advice", "advice") + "; " + smart + " of "
                + plural(a.getObjectives().size(), "objective", "objectives") + " SMART";
    }

    /**
     * The one-line verdict: {@code fails} with errors (exit code 1), {@code passes with warnings} or {@code passes
     * with advice}, or {@code passes}.
     */
    static String verdict(Assessment a) {
        if (a.hasErrors()) {
            return "fails: " + plural(a.count(Severity.ERROR), "error", "errors") + " to correct";
        }
        if (a.count(Severity.WARNING) > 0) {
            return "passes with warnings: no errors, " + plural(a.count(Severity.WARNING), "warning", "warnings")
                    + " to review";
        }
        if (a.count(Severity.ADVICE) > 0) {
            return "passes with advice: no errors or warnings";
        }
        return "passes: no findings";
    }

    /**
     * The verdict's code for JSON: {@code fails}, {@code passes-with-warnings}, {@code passes-with-advice} or
     * {@code passes}.
     */
    static String verdictCode(Assessment a) {
        String v = verdict(a);
        return v.substring(0, v.indexOf(':')).replace(' ', '-');
    }

    private static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** Cuts a title to {@link #TITLE_WIDTH} characters with an ellipsis, never inside a surrogate pair. */
    static String shorten(String title) {
        if (title.codePointCount(0, title.length()) <= TITLE_WIDTH) {
            return title;
        }
        return title.substring(0, title.offsetByCodePoints(0, TITLE_WIDTH - 3)).stripTrailing() + "...";
    }

    /**
     * Text from the plan as one line that cannot pass for output of its own: control characters (new lines, escape
     * sequences) and unpaired surrogates become {@code ?}.
     */
    static String clean(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                sb.append(c).append(text.charAt(++i));
            } else if (Character.isISOControl(c) || Character.isSurrogate(c)) {
                sb.append('?');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
