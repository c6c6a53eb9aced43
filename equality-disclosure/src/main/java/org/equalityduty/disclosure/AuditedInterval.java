package org.equalityduty.disclosure;

import java.util.Objects;

/**
 * The exact audit of one primary suppression: the tightest interval of integers an intruder can derive for it
 * from everything published. For the publisher's and the data protection officer's records only: it holds the
 * true count, so it must not be published.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class AuditedInterval {
    private final String cell;
    private final long value;
    private final boolean known;
    private final long lower;
    private final long upper;

    AuditedInterval(String cell, long value, boolean known, long lower, long upper) {
        this.cell = Objects.requireNonNull(cell, "cell");
        this.value = value;
        this.known = known;
        this.lower = lower;
        this.upper = upper;
    }

    /**
     * Gets the cell, as {@code table/row/column} of the first table that holds it.
     *
     * @return the cell, as {@code table/row/column} of the first table that holds it
     * @since 0.2.0
     */
    public String getCell() {
        return cell;
    }

    /**
     * Gets the true count (not for publication).
     *
     * @return the true count (not for publication)
     * @since 0.2.0
     */
    public long getValue() {
        return value;
    }

    /**
     * Gets whether the solver finished; when false the cell counts as not protected.
     *
     * @return whether the solver finished; when false the cell counts as not protected
     * @since 0.2.0
     */
    public boolean isKnown() {
        return known;
    }

    /**
     * Gets the least value the intruder cannot exclude.
     *
     * @return the least value the intruder cannot exclude
     * @since 0.2.0
     */
    public long getLower() {
        return lower;
    }

    /**
     * Gets whether the intruder has an upper bound at all.
     *
     * @return whether the intruder has an upper bound at all
     * @since 0.2.0
     */
    public boolean isBounded() {
        return upper != Long.MAX_VALUE;
    }

    /**
     * Gets the greatest value the intruder cannot exclude; {@link Long#MAX_VALUE} when unbounded.
     *
     * @return the greatest value the intruder cannot exclude; {@link Long#MAX_VALUE} when unbounded
     * @since 0.2.0
     */
    public long getUpper() {
        return upper;
    }

    /**
     * Whether the interval is at least {@code width} wide.
     *
     * @param width  the protection width
     * @return true if known and unbounded or at least that wide
     * @since 0.2.0
     */
    public boolean isAtLeast(long width) {
        return known && (!isBounded() || upper - lower >= width);
    }

    @Override
    public String toString() {
        return cell + " in [" + lower + ", " + (isBounded() ? Long.toString(upper) : "unbounded") + "]"
                + (known ? "" : " (unknown: solver limit)");
    }
}
