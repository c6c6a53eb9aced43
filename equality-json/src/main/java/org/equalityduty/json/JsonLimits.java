package org.equalityduty.json;

import org.equalityduty.json.internal.ReadLimits;

/**
 * Limits applied while reading a document, so that hostile or accidental input cannot exhaust memory or time.
 *
 * <p>The defaults are generous for any real plan: the longest text field of a plan allows 10,000 characters.
 * Change a limit with a {@code withX(...)} method, which returns a copy.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class JsonLimits {
    /**
     * The largest nesting depth that can be set: a real plan nests about ten levels, and past this depth reading
     * would spend its time and the thread's stack on structure no document of this format has.
     *
     * @since 0.2.0
     */
    public static final int MAX_NESTING_DEPTH = 1000;

    private static final JsonLimits DEFAULTS = new JsonLimits(new ReadLimits(5_000_000, 32, 20_000, 64, 200, 100));

    /** The limits themselves, in the form the readers take. */
    private final ReadLimits limits;

    private JsonLimits(ReadLimits limits) {
        this.limits = limits;
    }

    /** Gets the limits as the readers take them. */
    ReadLimits readLimits() {
        return limits;
    }

    /**
     * Obtains the default limits: documents of at most 5,000,000 characters (or bytes), nesting depth 32,
     * strings of at most 20,000 characters, numbers of at most 64 characters, field names of at most 200
     * characters, and at most 100 problems reported.
     *
     * @return the default limits, not null
     * @since 0.1.0
     */
    public static JsonLimits defaults() {
        return DEFAULTS;
    }

    /**
     * Gets the maximum document length, in characters for text input and bytes for binary input.
     *
     * @return the limit, positive
     * @since 0.1.0
     */
    public long getMaxDocumentLength() {
        return limits.getMaxDocumentLength();
    }

    /**
     * Gets the maximum nesting depth of arrays and objects.
     *
     * @return the limit, positive
     * @since 0.1.0
     */
    public int getMaxNestingDepth() {
        return limits.getMaxNestingDepth();
    }

    /**
     * Gets the maximum length of a string value, in characters.
     *
     * @return the limit, positive
     * @since 0.1.0
     */
    public int getMaxStringLength() {
        return limits.getMaxStringLength();
    }

    /**
     * Gets the maximum length of a number, in characters.
     *
     * @return the limit, positive
     * @since 0.1.0
     */
    public int getMaxNumberLength() {
        return limits.getMaxNumberLength();
    }

    /**
     * Gets the maximum length of a field name, in characters.
     *
     * @return the limit, positive
     * @since 0.1.0
     */
    public int getMaxNameLength() {
        return limits.getMaxNameLength();
    }

    /**
     * Gets the maximum number of problems listed before reading stops.
     *
     * @return the limit, positive
     * @since 0.1.0
     */
    public int getMaxProblems() {
        return limits.getMaxProblems();
    }

    /**
     * Returns a copy with another maximum document length.
     *
     * @param value  the limit, positive
     * @return the copy, not null
     * @throws IllegalArgumentException if the value is not positive
     * @since 0.1.0
     */
    public JsonLimits withMaxDocumentLength(long value) {
        positive("maxDocumentLength", value);
        return new JsonLimits(new ReadLimits(value, limits.getMaxNestingDepth(), limits.getMaxStringLength(),
                limits.getMaxNumberLength(), limits.getMaxNameLength(), limits.getMaxProblems()));
    }

    /**
     * Returns a copy with another maximum nesting depth.
     *
     * @param value  the limit, from 1 to {@link #MAX_NESTING_DEPTH}
     * @return the copy, not null
     * @throws IllegalArgumentException if the value is not positive or is more than {@link #MAX_NESTING_DEPTH}
     * @since 0.1.0
     */
    public JsonLimits withMaxNestingDepth(int value) {
        positive("maxNestingDepth", value);
        if (value > MAX_NESTING_DEPTH) {
            throw new IllegalArgumentException("maxNestingDepth must be at most " + MAX_NESTING_DEPTH + ", not " + value);
        }
        return new JsonLimits(new ReadLimits(limits.getMaxDocumentLength(), value, limits.getMaxStringLength(),
                limits.getMaxNumberLength(), limits.getMaxNameLength(), limits.getMaxProblems()));
    }

    /**
     * Returns a copy with another maximum string length.
     *
     * @param value  the limit, positive
     * @return the copy, not null
     * @throws IllegalArgumentException if the value is not positive
     * @since 0.1.0
     */
    public JsonLimits withMaxStringLength(int value) {
        positive("maxStringLength", value);
        return new JsonLimits(new ReadLimits(limits.getMaxDocumentLength(), limits.getMaxNestingDepth(), value,
                limits.getMaxNumberLength(), limits.getMaxNameLength(), limits.getMaxProblems()));
    }

    /**
     * Returns a copy with another maximum number length.
     *
     * @param value  the limit, positive
     * @return the copy, not null
     * @throws IllegalArgumentException if the value is not positive
     * @since 0.1.0
     */
    public JsonLimits withMaxNumberLength(int value) {
        positive("maxNumberLength", value);
        return new JsonLimits(new ReadLimits(limits.getMaxDocumentLength(), limits.getMaxNestingDepth(),
                limits.getMaxStringLength(), value, limits.getMaxNameLength(), limits.getMaxProblems()));
    }

    /**
     * Returns a copy with another maximum field name length.
     *
     * @param value  the limit, positive
     * @return the copy, not null
     * @throws IllegalArgumentException if the value is not positive
     * @since 0.1.0
     */
    public JsonLimits withMaxNameLength(int value) {
        positive("maxNameLength", value);
        return new JsonLimits(new ReadLimits(limits.getMaxDocumentLength(), limits.getMaxNestingDepth(),
                limits.getMaxStringLength(), limits.getMaxNumberLength(), value, limits.getMaxProblems()));
    }

    /**
     * Returns a copy with another maximum number of problems listed.
     *
     * @param value  the limit, positive
     * @return the copy, not null
     * @throws IllegalArgumentException if the value is not positive
     * @since 0.1.0
     */
    public JsonLimits withMaxProblems(int value) {
        positive("maxProblems", value);
        return new JsonLimits(new ReadLimits(limits.getMaxDocumentLength(), limits.getMaxNestingDepth(),
                limits.getMaxStringLength(), limits.getMaxNumberLength(), limits.getMaxNameLength(), value));
    }

    private static void positive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, not " + value);
        }
    }

    /**
     * Checks if these limits equal others.
     *
     * @param obj  the other object, null returns false
     * @return true if every limit is the same
     * @since 0.1.0
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof JsonLimits o)) {
            return false;
        }
        return limits.equals(o.limits);
    }

    /**
     * Gets a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     * @since 0.1.0
     */
    @Override
    public int hashCode() {
        return limits.hashCode();
    }

    /**
     * Formats the limits for diagnostics.
     *
     * @return such as {@code JsonLimits[document=5000000, depth=32, ...]}, not null
     * @since 0.1.0
     */
    @Override
    public String toString() {
        return "JsonLimits[" + limits + "]";
    }
}
