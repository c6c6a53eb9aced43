package org.equalityduty.json;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when a submitted JSON document cannot be read: it is malformed, of another kind or a newer format
 * version, exceeds a limit, or has missing, mistyped, unknown or out-of-range content, or describes a plan that
 * fails structural validation.
 *
 * <p>The exception lists every problem found, up to {@link JsonLimits#getMaxProblems()}, each with an RFC 6901
 * JSON Pointer into the document. The message repeats them one per line. Nothing read from a rejected document
 * is returned. Messages never contain Java class names or stack traces, and values from the document appear only
 * abbreviated.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class EqualityJsonException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The problems; an unmodifiable list of serializable elements would be ideal, so it is kept transient. */
    private final transient List<JsonProblem> problems;
    private final boolean truncated;

    /**
     * Creates an exception listing problems.
     *
     * @param problems  the problems, in report order, not empty, not null
     * @param truncated  true if more problems were found than listed
     * @throws IllegalArgumentException if there are no problems
     * @since 0.1.0
     */
    public EqualityJsonException(List<JsonProblem> problems, boolean truncated) {
        super(format(problems, truncated));
        this.problems = List.copyOf(problems);
        this.truncated = truncated;
    }

    private static String format(List<JsonProblem> problems, boolean truncated) {
        Objects.requireNonNull(problems, "problems");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("problems must not be empty");
        }
        String head = problems.size() == 1 && !truncated
                ? "The document has 1 problem:"
                : "The document has " + (truncated ? "more than " : "") + problems.size() + " problems:";
        return problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n", head + "\n", ""));
    }

    /**
     * Gets the problems found, in the order they were found: document order, then structural validation.
     *
     * @return the problems, at least one, unmodifiable, not null
     * @since 0.1.0
     */
    public List<JsonProblem> getProblems() {
        return problems == null ? List.of() : problems;
    }

    /**
     * Checks whether more problems were found than listed.
     *
     * @return true if reading stopped at the problem limit
     * @since 0.1.0
     */
    public boolean isTruncated() {
        return truncated;
    }
}
