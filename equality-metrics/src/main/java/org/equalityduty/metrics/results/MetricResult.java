package org.equalityduty.metrics.results;

/**
 * What every result of the metrics module has: a {@link MetricStatus}, a reason in plain English, and whether a figure
 * exists.
 *
 * <p><b>One convention for a missing figure.</b> When {@link #hasValue()} is false (status {@link MetricStatus#EMPTY}
 * or {@link MetricStatus#UNDEFINED}) there is no figure, and the result never pretends otherwise: a {@code double}
 * getter of a figure throws {@link IllegalStateException} whose message names the figure, the status and the reason
 * (for example {@code "no share is available (EMPTY): population is empty"}), and the figure's
 * {@link java.util.OptionalDouble} accessor is empty. No getter returns a placeholder 0 or {@code NaN}: a 0 share of an
 * empty population reads like a real 0% and would be published as one, which is the silent wrong figure this library
 * exists to prevent; a {@code NaN} would travel through arithmetic unnoticed. Throwing at the read makes the misuse
 * loud where it happens, the optional form gives code that wants no exception a total accessor, and the same rule
 * already holds for {@code Summary.getMean()} and {@code Proportion.getValue()} of empty accumulators.
 *
 * <p><b>Every figure that exists is finite.</b> Under {@link MetricStatus#OK} and
 * {@link MetricStatus#BELOW_MINIMUM_GROUP_SIZE} every figure, interval limit and ratio is a finite double; a figure
 * that cannot be represented in double precision (a difference of means near {@code ±1e308}, a ratio over a benchmark
 * of {@code Double.MIN_VALUE}) gives {@link MetricStatus#UNDEFINED} with a reason saying so. Result constructors
 * reject a non-finite figure under a status that has one.
 *
 * <p>Implementations are immutable and thread-safe. The interface is not sealed: it has no behaviour to switch over,
 * and results of other packages ({@code measures}) implement it without this package naming them.
 *
 * @since 0.2.0
 */
public interface MetricResult {

    /**
     * Gets the status.
     *
     * @return the status, not null
     * @since 0.2.0
     */
    MetricStatus getStatus();

    /**
     * Gets the reason for the status, in plain English ("OK", or a remark, when the status is OK).
     *
     * @return the reason, not null
     * @since 0.2.0
     */
    String getReason();

    /**
     * Tells whether a figure exists, that is whether the status is OK or BELOW_MINIMUM_GROUP_SIZE.
     *
     * @return true if the result's figures are available
     * @since 0.2.0
     */
    default boolean hasValue() {
        return getStatus().hasValue();
    }
}
