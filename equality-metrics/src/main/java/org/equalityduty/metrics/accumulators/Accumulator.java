package org.equalityduty.metrics.accumulators;

/**
 * The contract every accumulator of this package keeps: observations are <em>added</em> one at a time (or in one pass
 * over records or primitive columns) by the accumulator's own typed methods, and two accumulators of the same kind
 * <em>combine</em> into one holding both sets of observations, as Apache Commons Statistics'
 * {@code StatisticAccumulator} does.
 *
 * <p>The laws, which one shared contract test checks for every accumulator:
 * <ul>
 * <li>a new accumulator is empty and reports no figure;</li>
 * <li>an accumulator of one observation reports that observation;</li>
 * <li>combining the accumulators of two lists of observations gives the figures of one accumulator of both lists
 *     (exactly for counts, to rounding for means and sums of squared deviations);</li>
 * <li>combining is associative, and the empty accumulator is its identity on both sides;</li>
 * <li>the order in which observations are added does not change the figures (beyond rounding);</li>
 * <li>combining leaves the other accumulator unchanged.</li>
 * </ul>
 *
 * <p>The add methods are typed and primitive (a {@code double}, an {@code int} code, a category key), with no boxing
 * in hot loops, so they are not part of this interface; {@link #combine(Accumulator)} is. Mutable accumulators
 * ({@link CategorySummaries}, {@link CategoryCounts}, {@link PerSchoolGaps}, {@link GapIndex}, {@link Selection}) add
 * the other's observations into themselves and return themselves; immutable values ({@link Summary},
 * {@link Proportion}) return a new value. Either way the result is the accumulator to use from then on.
 *
 * @param <A> the accumulator's own type
 * @since 0.2.0
 */
public interface Accumulator<A extends Accumulator<A>> {

    /**
     * Combines another accumulator of the same kind (same categories, grid, stages or group count) with this one.
     *
     * @param other the other accumulator, not null, unchanged
     * @return the accumulator holding both sets of observations: this one if it is mutable, a new value if immutable
     * @throws IllegalArgumentException if the two are not of the same shape (categories, grid, group count differ)
     * @throws ArithmeticException if a combined count overflows a long
     * @since 0.2.0
     */
    A combine(A other);
}
