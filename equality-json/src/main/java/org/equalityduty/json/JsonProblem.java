package org.equalityduty.json;

import java.util.Objects;

/**
 * One problem found in a submitted JSON document: where it is, as an RFC 6901 JSON Pointer, and what is wrong,
 * in words a school data manager understands.
 *
 * <p>Problems compare by pointer, then message, so that reports are deterministic.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class JsonProblem implements Comparable<JsonProblem> {
    private final String pointer;
    private final String message;

    private JsonProblem(String pointer, String message) {
        this.pointer = pointer;
        this.message = message;
    }

    /**
     * Obtains a problem.
     *
     * @param pointer  the RFC 6901 JSON Pointer into the submitted document, such as {@code /objectives/1/title};
     *     the empty string for the whole document, not null
     * @param message  the plain-English message, not null
     * @return the problem, not null
     * @throws IllegalArgumentException if the pointer is neither empty nor starts with {@code /}
     * @since 0.1.0
     */
    public static JsonProblem of(String pointer, String message) {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
        if (!pointer.isEmpty() && pointer.charAt(0) != '/') {
            throw new IllegalArgumentException("pointer must be empty or start with '/'");
        }
        return new JsonProblem(pointer, message);
    }

    /**
     * Gets the RFC 6901 JSON Pointer to the place of the problem.
     *
     * <p>A missing field is reported at the object that should contain it.
     *
     * @return such as {@code /objectives/1/title}; the empty string for the whole document, not null
     * @since 0.1.0
     */
    public String getPointer() {
        return pointer;
    }

    /**
     * Gets the plain-English message.
     *
     * @return such as {@code must be a string}, not null
     * @since 0.1.0
     */
    public String getMessage() {
        return message;
    }

    /**
     * Compares by pointer, then by message.
     *
     * @param other  the other problem, not null
     * @return negative, zero or positive as this problem sorts before, with or after the other
     * @since 0.1.0
     */
    @Override
    public int compareTo(JsonProblem other) {
        int byPointer = pointer.compareTo(other.pointer);
        return byPointer != 0 ? byPointer : message.compareTo(other.message);
    }

    /**
     * Checks if this problem equals another: same pointer and message.
     *
     * @param obj  the other object, null returns false
     * @return true if equal
     * @since 0.1.0
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof JsonProblem other)) {
            return false;
        }
        return pointer.equals(other.pointer) && message.equals(other.message);
    }

    /**
     * Gets a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     * @since 0.1.0
     */
    @Override
    public int hashCode() {
        return pointer.hashCode() * 31 + message.hashCode();
    }

    /**
     * Formats the problem as {@code pointer: message}, with {@code (document)} for the empty pointer.
     *
     * @return such as {@code /objectives/1/title: must be a string}, not null
     * @since 0.1.0
     */
    @Override
    public String toString() {
        return (pointer.isEmpty() ? "(document)" : pointer) + ": " + message;
    }
}
