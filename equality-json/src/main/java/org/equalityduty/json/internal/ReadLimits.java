package org.equalityduty.json.internal;

import java.util.Objects;

/**
 * The six limits of a read, in one place: the facade's {@code JsonLimits} holds one of these and the readers take
 * it, so that each limit has one home on both sides of the package boundary. Not part of the public API: the
 * checks on the values (positive, the deepest nesting allowed) and their messages belong to {@code JsonLimits}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class ReadLimits {
    private final long maxDocumentLength;
    private final int maxNestingDepth;
    private final int maxStringLength;
    private final int maxNumberLength;
    private final int maxNameLength;
    private final int maxProblems;

    /**
     * Creates the limits; the caller has checked them.
     *
     * @param maxDocumentLength  the most characters or bytes of a document, positive
     * @param maxNestingDepth  the deepest nesting of lists and objects, positive
     * @param maxStringLength  the most characters of a string, positive
     * @param maxNumberLength  the most characters of a number, positive
     * @param maxNameLength  the most characters of a field name, positive
     * @param maxProblems  the most problems to list, positive
     */
    public ReadLimits(long maxDocumentLength, int maxNestingDepth, int maxStringLength, int maxNumberLength,
            int maxNameLength, int maxProblems) {
        this.maxDocumentLength = maxDocumentLength;
        this.maxNestingDepth = maxNestingDepth;
        this.maxStringLength = maxStringLength;
        this.maxNumberLength = maxNumberLength;
        this.maxNameLength = maxNameLength;
        this.maxProblems = maxProblems;
    }

    /**
     * Gets the most characters (text input) or bytes (binary input) of a document.
     *
     * @return the limit
     */
    public long getMaxDocumentLength() {
        return maxDocumentLength;
    }

    /**
     * Gets the deepest nesting of lists and objects.
     *
     * @return the limit
     */
    public int getMaxNestingDepth() {
        return maxNestingDepth;
    }

    /**
     * Gets the most characters of a string value.
     *
     * @return the limit
     */
    public int getMaxStringLength() {
        return maxStringLength;
    }

    /**
     * Gets the most characters of a number.
     *
     * @return the limit
     */
    public int getMaxNumberLength() {
        return maxNumberLength;
    }

    /**
     * Gets the most characters of a field name.
     *
     * @return the limit
     */
    public int getMaxNameLength() {
        return maxNameLength;
    }

    /**
     * Gets the most problems listed before reading stops.
     *
     * @return the limit
     */
    public int getMaxProblems() {
        return maxProblems;
    }

    /**
     * Checks if these limits equal others.
     *
     * @param obj  the other object, null returns false
     * @return true if every limit is the same
     */
    @Override
    public boolean equals(@org.jspecify.annotations.Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof ReadLimits o)) {
            return false;
        }
        return maxDocumentLength == o.maxDocumentLength && maxNestingDepth == o.maxNestingDepth
                && maxStringLength == o.maxStringLength && maxNumberLength == o.maxNumberLength
                && maxNameLength == o.maxNameLength && maxProblems == o.maxProblems;
    }

    /**
     * Gets a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(maxDocumentLength, maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength,
                maxProblems);
    }

    /**
     * Formats the limits as {@code JsonLimits} shows them.
     *
     * @return such as {@code document=5000000, depth=32, string=20000, number=64, name=200, problems=100}
     */
    @Override
    public String toString() {
        return "document=" + maxDocumentLength + ", depth=" + maxNestingDepth + ", string=" + maxStringLength
                + ", number=" + maxNumberLength + ", name=" + maxNameLength + ", problems=" + maxProblems;
    }
}
