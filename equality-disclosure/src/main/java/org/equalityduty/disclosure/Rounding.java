package org.equalityduty.disclosure;

/**
 * How published counts are shown. Rounding is applied per quantity, so the same quantity shows the same figure in
 * every table that publishes it; totals are rounded on their own, so a rounded total need not equal the sum of
 * its rounded cells. Percentages and other figures are computed from unrounded counts.
 *
 * @since 0.2.0
 */
public enum Rounding {
    /**
     * Counts are shown as they are.
     *
     * @since 0.2.0
     */
    NONE,
    /**
     * Counts are rounded to the nearest 5: a remainder of 1 or 2 rounds down, 3 or 4 rounds up (so 7 shows 5 and
     * 8 shows 10). A count from 1 to 4 shows "fewer than 5", as Ofqual publishes it, never 0 or 5; zero shows 0.
     *
     * @since 0.2.0
     */
    NEAREST_FIVE;

    /**
     * The text Ofqual uses for a count from 1 to 4 under {@link #NEAREST_FIVE}.
     *
     * @since 0.2.0
     */
    public static final String FEWER_THAN_FIVE = "fewer than 5";

    /**
     * Obtains the text a published count shows.
     *
     * @param count  the count, at least 0
     * @return the text
     * @throws IllegalArgumentException if {@code count} is negative
     * @since 0.2.0
     */
    public String format(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be at least 0: " + count);
        }
        if (this == NONE || count == 0) {
            return Long.toString(count);
        }
        if (count < 5) {
            return FEWER_THAN_FIVE;
        }
        return Long.toString(round(count));
    }

    /**
     * Rounds a count to the nearest 5 (remainders 1 and 2 down, 3 and 4 up), or returns it unchanged under
     * {@link #NONE}.
     *
     * @param count  the count, at least 0
     * @return the rounded count
     * @throws IllegalArgumentException if {@code count} is negative
     * @since 0.2.0
     */
    public long round(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be at least 0: " + count);
        }
        return this == NONE ? count : Math.multiplyExact(5, Math.addExact(count, 2) / 5);
    }
}
