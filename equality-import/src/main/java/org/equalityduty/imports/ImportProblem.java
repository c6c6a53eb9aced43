package org.equalityduty.imports;

import java.io.Serializable;
import java.util.Objects;

/**
 * One problem found while reading a file: where it is (line and column), the value found, and why it is a problem.
 *
 * <p>An {@link Severity#ERROR error} stops the import ({@link ImportException}), unless the options skip bad rows,
 * in which case the row is left out and counted as rejected. A {@link Severity#WARNING warning} keeps the row: the
 * value is kept as not recorded and counted in {@link ImportSummary#getFlaggedValues()}.
 *
 * <p>The string form is what a user reads, for example
 * {@code line 4, column 'sex', value 'X': unknown code, kept as not recorded (expected M or F, or blank)}.
 * Values are shown cut to 40 characters, with control characters as {@code ?}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class ImportProblem implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * How serious a problem is.
     *
     * @since 0.2.0
     */
    public enum Severity {
        /**
         * The row (or the file) cannot be used as it is.
         *
         * @since 0.2.0
         */
        ERROR,
        /**
         * The row is used; the value is kept as not recorded.
         *
         * @since 0.2.0
         */
        WARNING
    }

    private final Severity severity;
    private final long line;
    private final String column;
    private final String value;
    private final String reason;

    private ImportProblem(Severity severity, long line, String column, String value, String reason) {
        this.severity = Objects.requireNonNull(severity, "severity");
        if (line < 0) {
            throw new IllegalArgumentException("line must not be negative: " + line);
        }
        this.line = line;
        this.column = Objects.requireNonNull(column, "column");
        this.value = Text.show(Objects.requireNonNull(value, "value"));
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * Obtains a problem.
     *
     * @param severity whether the row can be used, not null
     * @param line the physical line (1 for the first line of the file), 0 for the whole file
     * @param column the column in the layout's terms ({@code sex}), empty for the whole row or file, not null
     * @param value the value found, empty if none; cut to 40 characters, not null
     * @param reason why the value is a problem, and what is expected, not null
     * @return the problem, not null
     * @throws IllegalArgumentException if the line is negative
     * @since 0.2.0
     */
    public static ImportProblem of(Severity severity, long line, String column, String value, String reason) {
        return new ImportProblem(severity, line, column, value, reason);
    }

    static ImportProblem error(long line, String column, String value, String reason) {
        return new ImportProblem(Severity.ERROR, line, column, value, reason);
    }

    static ImportProblem fileError(String reason) {
        return new ImportProblem(Severity.ERROR, 0, "", "", reason);
    }

    /**
     * Gets how serious the problem is.
     *
     * @return the severity, not null
     * @since 0.2.0
     */
    public Severity getSeverity() {
        return severity;
    }

    /**
     * Gets the physical line of the file the problem is on; a row whose quoted value spans lines is on the line
     * where it starts.
     *
     * @return the line, from 1, or 0 if the problem is about the whole file
     * @since 0.2.0
     */
    public long getLine() {
        return line;
    }

    /**
     * Gets the column, named as in the layout (after any mapping of the MIS's headers).
     *
     * @return the column, such as {@code sex}, empty if the problem is about a whole row or file, not null
     * @since 0.2.0
     */
    public String getColumn() {
        return column;
    }

    /**
     * Gets the value found, as it was in the file (before any value mapping), cut to 40 characters.
     *
     * @return the value, empty if there is none (a blank, or a problem about a row or file), not null
     * @since 0.2.0
     */
    public String getValue() {
        return value;
    }

    /**
     * Gets why the value is a problem, and what is expected.
     *
     * @return the reason, not null
     * @since 0.2.0
     */
    public String getReason() {
        return reason;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ImportProblem p && severity == p.severity && line == p.line
                && column.equals(p.column) && value.equals(p.value) && reason.equals(p.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(severity, line, column, value, reason);
    }

    /**
     * Gets the message a user reads.
     *
     * @return such as {@code line 4, column 'sex', value 'X': unknown code, ...}, not null
     * @since 0.2.0
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        if (line > 0) {
            b.append("line ").append(line);
        }
        if (!column.isEmpty()) {
            b.append(b.length() > 0 ? ", " : "").append("column '").append(column).append('\'');
        }
        if (!value.isEmpty()) {
            b.append(b.length() > 0 ? ", " : "").append("value '").append(value).append('\'');
        }
        return b.length() > 0 ? b.append(": ").append(reason).toString() : reason;
    }
}
