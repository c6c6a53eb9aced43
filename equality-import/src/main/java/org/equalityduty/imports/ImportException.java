package org.equalityduty.imports;

import java.util.List;
import java.util.Objects;

/**
 * Thrown when a file cannot be imported: it lists every problem found (up to the options' cap, with the count of
 * the rest, and always the error that stopped the read), each with its line, column, value and reason. It is the
 * only exception the readers throw for bad or unreadable input, so that a command can print {@link #getMessage()}
 * and exit, with no stack trace.
 *
 * <p>When a streaming read fails, the sink may already have received some rows: discard what it accumulated.
 *
 * <p>The message reads, for example:
 * <pre>
 * pupils.csv cannot be imported: 2 problems
 *   line 1, column 'sen': required column is missing
 *   line 7, column 'ks2_reading', value 'abc': not a number (expected a whole number from 80 to 120, or blank)
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class ImportException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String source;
    /** The listed problems: an unmodifiable list of serializable problems. */
    private final transient List<ImportProblem> problems;
    private final long problemCount;

    /**
     * Creates an exception.
     *
     * @param source the name of the file or stream read, not null
     * @param problems the problems listed, at least one, not null
     * @param problemCount the number of problems found, at least the number listed
     * @throws IllegalArgumentException if no problem is given or the count is smaller than the list
     * @since 0.2.0
     */
    public ImportException(String source, List<ImportProblem> problems, long problemCount) {
        super(message(Objects.requireNonNull(source, "source"), Objects.requireNonNull(problems, "problems"),
                problemCount), null, false, false);
        this.source = source;
        this.problems = List.copyOf(problems);
        this.problemCount = problemCount;
    }

    private static String message(String source, List<ImportProblem> problems, long count) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("problems must not be empty");
        }
        if (count < problems.size()) {
            throw new IllegalArgumentException("problemCount " + count + " is less than the " + problems.size()
                    + " problems listed");
        }
        StringBuilder b = new StringBuilder(source).append(" cannot be imported: ");
        b.append(count == 1 ? "1 problem" : Text.count(count) + " problems");
        for (ImportProblem p : problems) {
            b.append("\n  ").append(p);
        }
        if (count > problems.size()) {
            b.append("\n  and ").append(Text.count(count - problems.size())).append(" more, not listed");
        }
        return b.toString();
    }

    /**
     * Gets the name of the file or stream read.
     *
     * @return the name, such as {@code pupils.csv}, not null
     * @since 0.2.0
     */
    public String getSource() {
        return source;
    }

    /**
     * Gets the problems listed, in the order found (line order).
     *
     * @return an unmodifiable list, not empty, not null (empty after deserialization)
     * @since 0.2.0
     */
    public List<ImportProblem> getProblems() {
        return problems == null ? List.of() : problems;
    }

    /**
     * Gets the number of problems found, including those beyond the cap that are not listed.
     *
     * @return the count, at least the number listed
     * @since 0.2.0
     */
    public long getProblemCount() {
        return problemCount;
    }
}
