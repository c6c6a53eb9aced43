package org.equalityduty.json.internal;

import java.util.ArrayList;
import java.util.List;
import org.equalityduty.json.EqualityJsonException;
import org.equalityduty.json.JsonProblem;

/**
 * Collects the problems of one read, up to a limit. Not part of the public API; not thread-safe.
 *
 * @since 0.1.0
 */
public final class Problems {
    private static final int MAX_ECHO = 40;

    private final int max;
    private final List<JsonProblem> list = new ArrayList<>();
    private boolean truncated;

    /**
     * Creates a collector.
     *
     * @param max  the most problems to list, positive
     */
    public Problems(int max) {
        this.max = max;
    }

    /**
     * Records a problem.
     *
     * @param pointer  the JSON Pointer, not null
     * @param message  the message, not null
     * @throws Full if the limit was already reached, to stop reading
     */
    public void add(String pointer, String message) {
        if (list.size() >= max) {
            truncated = true;
            throw new Full();
        }
        list.add(JsonProblem.of(pointer, message));
    }

    /**
     * Gets the number of problems so far.
     *
     * @return the count
     */
    public int count() {
        return list.size();
    }

    /**
     * Throws the exception listing the problems, if there are any.
     *
     * @throws EqualityJsonException if any problem was recorded
     */
    public void throwIfAny() {
        if (!list.isEmpty()) {
            throw exception();
        }
    }

    /**
     * Makes the exception listing the problems.
     *
     * @return the exception, not null
     * @throws IllegalStateException if there are no problems
     */
    public EqualityJsonException exception() {
        if (list.isEmpty()) {
            throw new IllegalStateException("no problems");
        }
        return new EqualityJsonException(list, truncated);
    }

    /**
     * Appends a reference token to a JSON Pointer, escaped as RFC 6901 requires.
     *
     * @param pointer  the pointer, not null
     * @param token  the field name or array index, not null
     * @return the longer pointer, not null
     */
    public static String child(String pointer, String token) {
        return pointer + "/" + token.replace("~", "~0").replace("/", "~1");
    }

    /**
     * Appends an array index to a JSON Pointer.
     *
     * @param pointer  the pointer, not null
     * @param index  the index, not negative
     * @return the longer pointer, not null
     */
    public static String child(String pointer, int index) {
        return pointer + "/" + index;
    }

    /**
     * Shortens a value from the document for a message, so that input is never echoed at length.
     *
     * @param value  the value, not null
     * @return at most 40 characters and an ellipsis, control characters replaced by {@code ?}, not null
     */
    public static String abbreviate(String value) {
        String cut = value.length() > MAX_ECHO ? value.substring(0, MAX_ECHO) + "..." : value;
        StringBuilder out = new StringBuilder(cut.length());
        for (int i = 0; i < cut.length(); i++) {
            char c = cut.charAt(i);
            out.append(Character.isISOControl(c) ? '?' : c);
        }
        return out.toString();
    }

    /**
     * Signals that the problem limit was reached. Not part of the public API.
     *
     * @since 0.1.0
     */
    public static final class Full extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Full() {
            super("problem limit reached", null, false, false);
        }
    }
}
