package org.equalityduty.metrics.results;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The DfE disadvantage gap index for a cohort, with the counts and mean percentile ranks it was computed from.
 *
 * <p>{@code index = 20 × (mean percentile rank of others − mean percentile rank of disadvantaged)}; see {@link org.equalityduty.metrics.accumulators.GapIndex}.
 * When the status is {@link MetricStatus#EMPTY} no index is available: the figure accessors throw
 * {@link IllegalStateException} carrying the status and reason, never {@code NaN}, and {@link #optionalIndex()} is
 * empty (the {@link MetricResult} convention).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class GapIndexResult implements MetricResult {

    private final MetricStatus status;
    private final String reason;
    private final long disadvantagedCount;
    private final long otherCount;
    private final double index;
    private final double meanPercentileRankDisadvantaged;
    private final double meanPercentileRankOthers;

    /**
     * Obtains a gap index result, for the gap index histogram and for callers that rebuild results they stored.
     *
     * @param status the status, not null
     * @param reason the reason, not null
     * @param disadvantagedCount the number of disadvantaged pupils, not negative
     * @param otherCount the number of other pupils, not negative
     * @param index the index (ignored, and 0, when the status has no figure)
     * @param meanPercentileRankDisadvantaged the disadvantaged pupils' mean percentile rank
     * @param meanPercentileRankOthers the other pupils' mean percentile rank
     * @return the result, not null
     * @throws IllegalArgumentException if a count is negative or a figure is not finite under a status that has one
     * @since 0.2.0
     */
    public static GapIndexResult of(MetricStatus status, String reason, long disadvantagedCount, long otherCount,
            double index, double meanPercentileRankDisadvantaged, double meanPercentileRankOthers) {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        if (disadvantagedCount < 0 || otherCount < 0) {
            throw new IllegalArgumentException("counts must not be negative: disadvantaged " + disadvantagedCount
                    + ", others " + otherCount);
        }
        Figures.requireFinite(status, "index", index);
        Figures.requireFinite(status, "meanPercentileRankDisadvantaged", meanPercentileRankDisadvantaged);
        Figures.requireFinite(status, "meanPercentileRankOthers", meanPercentileRankOthers);
        return new GapIndexResult(status, reason, disadvantagedCount, otherCount, index,
                meanPercentileRankDisadvantaged, meanPercentileRankOthers);
    }

    private GapIndexResult(MetricStatus status, String reason, long disadvantagedCount, long otherCount, double index,
            double meanPercentileRankDisadvantaged, double meanPercentileRankOthers) {
        this.status = status;
        this.reason = reason;
        this.disadvantagedCount = disadvantagedCount;
        this.otherCount = otherCount;
        this.index = index;
        this.meanPercentileRankDisadvantaged = meanPercentileRankDisadvantaged;
        this.meanPercentileRankOthers = meanPercentileRankOthers;
    }

    /**
     * Gets the status.
     *
     * @return the status, not null
     * @since 0.1.0
     */
    @Override
    public MetricStatus getStatus() {
        return status;
    }

    /**
     * Gets the reason for the status in plain English ("OK" when the status is OK).
     *
     * @return the reason, not null
     * @since 0.1.0
     */
    @Override
    public String getReason() {
        return reason;
    }

    /**
     * Tells whether the index is available (status OK or BELOW_MINIMUM_GROUP_SIZE).
     *
     * @return true if the index is available
     * @since 0.1.0
     */
    @Override
    public boolean hasValue() {
        return status.hasValue();
    }

    /**
     * Gets the number of disadvantaged pupils in the cohort.
     *
     * @return the count, at least 0
     * @since 0.1.0
     */
    public long getDisadvantagedCount() {
        return disadvantagedCount;
    }

    /**
     * Gets the number of other (not disadvantaged) pupils in the cohort.
     *
     * @return the count, at least 0
     * @since 0.1.0
     */
    public long getOtherCount() {
        return otherCount;
    }

    /**
     * Gets the cohort size {@code N}, the denominator of every percentile rank.
     *
     * @return the number of ranked pupils
     * @since 0.1.0
     */
    public long getN() {
        return disadvantagedCount + otherCount;
    }

    private void checkValue() {
        if (!status.hasValue()) {
            throw new IllegalStateException("no gap index is available (" + status + "): " + reason);
        }
    }

    /**
     * Gets the gap index, between -10 and 10; 0 means no gap, 10 that every disadvantaged pupil is below every other
     * pupil, negative values that disadvantaged pupils do better.
     *
     * @return the index, computed from exact integer rank sums and rounded once to a double
     * @throws IllegalStateException if the status is EMPTY or UNDEFINED
     * @since 0.1.0
     */
    public double getIndex() {
        checkValue();
        return index;
    }

    /**
     * Gets the gap index if there is one.
     *
     * @return the index, empty if the status is EMPTY or UNDEFINED, not null
     * @since 0.2.0
     */
    public OptionalDouble optionalIndex() {
        return Figures.optional(this, index);
    }

    /**
     * Gets the mean percentile rank ({@code rank / N}, ties at their average rank) of disadvantaged pupils.
     *
     * @return the mean percentile rank, in (0, 1]
     * @throws IllegalStateException if the status is EMPTY or UNDEFINED
     * @since 0.1.0
     */
    public double getMeanPercentileRankDisadvantaged() {
        checkValue();
        return meanPercentileRankDisadvantaged;
    }

    /**
     * Gets the mean percentile rank of other pupils.
     *
     * @return the mean percentile rank, in (0, 1]
     * @throws IllegalStateException if the status is EMPTY or UNDEFINED
     * @since 0.1.0
     */
    public double getMeanPercentileRankOthers() {
        checkValue();
        return meanPercentileRankOthers;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GapIndexResult g && status == g.status && reason.equals(g.reason)
                && disadvantagedCount == g.disadvantagedCount && otherCount == g.otherCount
                && Double.compare(index, g.index) == 0
                && Double.compare(meanPercentileRankDisadvantaged, g.meanPercentileRankDisadvantaged) == 0
                && Double.compare(meanPercentileRankOthers, g.meanPercentileRankOthers) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, reason, disadvantagedCount, otherCount, index);
    }

    @Override
    public String toString() {
        return "GapIndexResult[" + (status.hasValue() ? "index=" + index + ", " : "") + "disadvantaged="
                + disadvantagedCount + ", others=" + otherCount + ", " + status + ": " + reason + "]";
    }
}
