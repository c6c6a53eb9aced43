package org.equalityduty.metrics.results;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.equalityduty.metrics.options.Comparison;
import org.equalityduty.metrics.options.MetricOptions;
import org.equalityduty.metrics.options.Polarity;

/**
 * The gap between a focus group and a reference: estimate, confidence interval, the figures it was computed from,
 * the reference used, which side is ahead, and a status with a human-readable reason.
 *
 * <p><b>Sign convention.</b> Differences are <em>focus minus reference</em> and ratios are <em>focus over
 * reference</em>: a positive difference (a ratio above 1) means the focus group's figure is higher. Whether higher is
 * better is given by the {@link Polarity} in the options and is reflected in {@link #getAhead()}.
 *
 * <p>When the status is {@link MetricStatus#EMPTY} or {@link MetricStatus#UNDEFINED} no figure is available and
 * {@link #getEstimate()}, {@link #getLower()}, {@link #getUpper()} and {@link #getAhead()} throw
 * {@link IllegalStateException} carrying the status and reason, and {@link #optionalEstimate()},
 * {@link #optionalLower()} and {@link #optionalUpper()} are empty (the {@link MetricResult} convention); they never
 * return {@code NaN}. When there is a figure, the estimate and both limits are finite. Under
 * {@link MetricStatus#BELOW_MINIMUM_GROUP_SIZE} the figures are available but should not be published.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class GapResult implements MetricResult {

    private final GapMeasure measure;
    private final Comparison reference;
    private final MetricStatus status;
    private final String reason;
    private final double estimate;
    private final double lower;
    private final double upper;
    private final double confidenceLevel;
    private final long focusN;
    private final long referenceN;
    private final OptionalLong focusNumerator;
    private final OptionalLong referenceNumerator;
    private final OptionalDouble focusValue;
    private final OptionalDouble referenceValue;
    private final OptionalDouble degreesOfFreedom;
    private final Polarity polarity;

    private GapResult(GapMeasure measure, Comparison reference, MetricStatus status, String reason, double estimate,
            double lower, double upper, double confidenceLevel, long focusN, long referenceN,
            OptionalLong focusNumerator, OptionalLong referenceNumerator, OptionalDouble focusValue,
            OptionalDouble referenceValue, OptionalDouble degreesOfFreedom, Polarity polarity) {
        this.measure = measure;
        this.reference = reference;
        this.status = status;
        this.reason = reason;
        this.estimate = estimate;
        this.lower = lower;
        this.upper = upper;
        this.confidenceLevel = confidenceLevel;
        this.focusN = focusN;
        this.referenceN = referenceN;
        this.focusNumerator = focusNumerator;
        this.referenceNumerator = referenceNumerator;
        this.focusValue = focusValue;
        this.referenceValue = referenceValue;
        this.degreesOfFreedom = degreesOfFreedom;
        this.polarity = polarity;
    }

    /**
     * Obtains a builder of a gap result, for the metric functions and for callers that rebuild results they stored.
     *
     * <p>The builder checks what it is given: a result that has a figure ({@link #hasValue()}) has a finite estimate
     * and finite limits; figures that cannot be represented in double precision give {@link MetricStatus#UNDEFINED}
     * with a reason saying so, never a non-finite figure.
     *
     * @param measure the statistic, not null
     * @param reference what the focus group is compared with, not null
     * @param options the options the gap is computed with (minimum group size, confidence level, polarity), not null
     * @return a new builder, not null
     * @since 0.2.0
     */
    public static Builder builder(GapMeasure measure, Comparison reference, MetricOptions options) {
        return new Builder(measure, reference, options);
    }

    /**
     * Builds a {@link GapResult}: sizes and figures first, then {@link #available} or {@link #unavailable}.
     *
     * <p>This class is mutable and not thread-safe.
     *
     * @since 0.2.0
     */
    public static final class Builder {
        private final GapMeasure measure;
        private final Comparison reference;
        private final MetricOptions options;
        private long focusN;
        private long referenceN;
        private OptionalLong focusNumerator = OptionalLong.empty();
        private OptionalLong referenceNumerator = OptionalLong.empty();
        private OptionalDouble focusValue = OptionalDouble.empty();
        private OptionalDouble referenceValue = OptionalDouble.empty();
        private OptionalDouble degreesOfFreedom = OptionalDouble.empty();

        private Builder(GapMeasure measure, Comparison reference, MetricOptions options) {
            this.measure = Objects.requireNonNull(measure, "measure");
            this.reference = Objects.requireNonNull(reference, "reference");
            this.options = Objects.requireNonNull(options, "options");
        }

        /**
         * Sets the group sizes.
         *
         * @param focus the focus group's size, not negative
         * @param ref the reference's size (0 for an external benchmark), not negative
         * @return this builder
         * @throws IllegalArgumentException if a size is negative
         * @since 0.2.0
         */
        public Builder sizes(long focus, long ref) {
            if (focus < 0 || ref < 0) {
                throw new IllegalArgumentException("sizes must not be negative: focus " + focus + ", reference " + ref);
            }
            this.focusN = focus;
            this.referenceN = ref;
            return this;
        }

        /**
         * Sets both numerators (events), for proportion measures against a group.
         *
         * @param focus the focus group's events
         * @param ref the reference's events
         * @return this builder
         * @since 0.2.0
         */
        public Builder numerators(long focus, long ref) {
            this.focusNumerator = OptionalLong.of(focus);
            this.referenceNumerator = OptionalLong.of(ref);
            return this;
        }

        /**
         * Sets the focus group's numerator (events), for proportion measures against a benchmark.
         *
         * @param focus the focus group's events
         * @return this builder
         * @since 0.2.0
         */
        public Builder focusNumerator(long focus) {
            this.focusNumerator = OptionalLong.of(focus);
            return this;
        }

        /**
         * Sets the two groups' figures (means or proportions, or the benchmark's value).
         *
         * @param focus the focus group's figure, not null, empty if the group is empty
         * @param ref the reference's figure, not null, empty if it is empty
         * @return this builder
         * @since 0.2.0
         */
        public Builder values(OptionalDouble focus, OptionalDouble ref) {
            this.focusValue = Objects.requireNonNull(focus, "focus");
            this.referenceValue = Objects.requireNonNull(ref, "ref");
            return this;
        }

        /**
         * Sets the degrees of freedom of the t quantile (ignored unless finite).
         *
         * @param df the degrees of freedom
         * @return this builder
         * @since 0.2.0
         */
        public Builder degreesOfFreedom(double df) {
            this.degreesOfFreedom = Double.isFinite(df) ? OptionalDouble.of(df) : OptionalDouble.empty();
            return this;
        }

        /**
         * Builds a result with no figure.
         *
         * @param status EMPTY or UNDEFINED, not null
         * @param reason why there is no figure, not null
         * @return the result, not null
         * @throws IllegalArgumentException if {@code status} is one that has a figure
         * @since 0.2.0
         */
        public GapResult unavailable(MetricStatus status, String reason) {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(reason, "reason");
            if (status.hasValue()) {
                throw new IllegalArgumentException("status of a result without a figure must be EMPTY or UNDEFINED: "
                        + status);
            }
            return new GapResult(measure, reference, status, reason, 0, 0, 0, options.getConfidenceLevel(), focusN,
                    referenceN, focusNumerator, referenceNumerator, focusValue, referenceValue, OptionalDouble.empty(),
                    options.getPolarity());
        }

        /**
         * Builds a result with a figure: OK, or BELOW_MINIMUM_GROUP_SIZE when a group is smaller than the options'
         * minimum group size (the reference only when it is a group). The limits are put in order. If the estimate or
         * a limit is not finite (it overflowed the double range, or is {@code NaN}), the result is UNDEFINED with a
         * reason that gives the figures, never a non-finite figure under a status that has one.
         *
         * @param estimate the point estimate
         * @param lower one confidence limit
         * @param upper the other confidence limit
         * @param note the reason under OK ("OK", or a remark such as a degenerate interval), not null
         * @return the result, not null
         * @since 0.2.0
         */
        public GapResult available(double estimate, double lower, double upper, String note) {
            Objects.requireNonNull(note, "note");
            MetricStatus status = MetricStatus.OK;
            String reason = note;
            int min = options.getMinimumGroupSize();
            boolean hasReferenceGroup = reference.getKind() != Comparison.Kind.EXTERNAL_BENCHMARK;
            if (focusN < min) {
                status = MetricStatus.BELOW_MINIMUM_GROUP_SIZE;
                reason = "focus group has " + focusN + " members, fewer than the minimum group size of " + min;
            } else if (hasReferenceGroup && referenceN < min) {
                status = MetricStatus.BELOW_MINIMUM_GROUP_SIZE;
                reason = "reference group has " + referenceN + " members, fewer than the minimum group size of " + min;
            }
            if (!Double.isFinite(estimate) || !Double.isFinite(lower) || !Double.isFinite(upper)) {
                return unavailable(MetricStatus.UNDEFINED, "the " + describe(measure)
                        + " cannot be represented in double precision (estimate " + estimate + ", limits " + lower
                        + " and " + upper + ")");
            }
            return new GapResult(measure, reference, status, reason, estimate, Math.min(lower, upper),
                    Math.max(lower, upper), options.getConfidenceLevel(), focusN, referenceN, focusNumerator,
                    referenceNumerator, focusValue, referenceValue, degreesOfFreedom, options.getPolarity());
        }
    }

    private static String describe(GapMeasure measure) {
        switch (measure) {
            case MEAN_DIFFERENCE:
                return "difference of means";
            case PROPORTION_DIFFERENCE:
                return "difference of proportions";
            case PROPORTION_RATIO:
                return "ratio of proportions";
            default:
                return "standardised mean difference";
        }
    }

    /**
     * Gets the statistic reported.
     *
     * @return the measure, not null
     * @since 0.1.0
     */
    public GapMeasure getMeasure() {
        return measure;
    }

    /**
     * Gets the reference the focus group was compared with.
     *
     * @return the reference, not null
     * @since 0.1.0
     */
    public Comparison getReference() {
        return reference;
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
     * Gets the reason for the status, in plain English; "OK" or a note (such as a degenerate interval) when the status is OK.
     *
     * @return the reason, not null
     * @since 0.1.0
     */
    @Override
    public String getReason() {
        return reason;
    }

    /**
     * Tells whether a figure is available, that is the status is OK or BELOW_MINIMUM_GROUP_SIZE.
     *
     * @return true if the estimate and interval are available
     * @since 0.1.0
     */
    @Override
    public boolean hasValue() {
        return status.hasValue();
    }

    private void checkValue() {
        if (!status.hasValue()) {
            throw new IllegalStateException("no " + measure + " is available (" + status + "): " + reason);
        }
    }

    /**
     * Gets the point estimate: focus minus reference for differences, focus over reference for the ratio.
     *
     * @return the estimate
     * @throws IllegalStateException if the status is EMPTY or UNDEFINED (the message carries the reason)
     * @since 0.1.0
     */
    public double getEstimate() {
        checkValue();
        return estimate;
    }

    /**
     * Gets the lower confidence limit.
     *
     * @return the lower limit, at most the estimate
     * @throws IllegalStateException if the status is EMPTY or UNDEFINED
     * @since 0.1.0
     */
    public double getLower() {
        checkValue();
        return lower;
    }

    /**
     * Gets the upper confidence limit.
     *
     * @return the upper limit, at least the estimate
     * @throws IllegalStateException if the status is EMPTY or UNDEFINED
     * @since 0.1.0
     */
    public double getUpper() {
        checkValue();
        return upper;
    }

    /**
     * Gets the point estimate if there is one.
     *
     * @return the estimate, empty if the status is EMPTY or UNDEFINED, not null
     * @since 0.2.0
     */
    public OptionalDouble optionalEstimate() {
        return hasValue() ? OptionalDouble.of(estimate) : OptionalDouble.empty();
    }

    /**
     * Gets the lower confidence limit if there is one.
     *
     * @return the lower limit, empty if the status is EMPTY or UNDEFINED, not null
     * @since 0.2.0
     */
    public OptionalDouble optionalLower() {
        return hasValue() ? OptionalDouble.of(lower) : OptionalDouble.empty();
    }

    /**
     * Gets the upper confidence limit if there is one.
     *
     * @return the upper limit, empty if the status is EMPTY or UNDEFINED, not null
     * @since 0.2.0
     */
    public OptionalDouble optionalUpper() {
        return hasValue() ? OptionalDouble.of(upper) : OptionalDouble.empty();
    }

    /**
     * Gets the two-sided confidence level of the interval.
     *
     * @return the confidence level, strictly between 0 and 1
     * @since 0.1.0
     */
    public double getConfidenceLevel() {
        return confidenceLevel;
    }

    /**
     * Gets the focus group's size (denominator for proportions).
     *
     * @return the focus group's n, at least 0
     * @since 0.1.0
     */
    public long getFocusN() {
        return focusN;
    }

    /**
     * Gets the reference's size (denominator for proportions); 0 for an external benchmark. For the whole-population
     * reference this is the whole population, focus included.
     *
     * @return the reference's n, at least 0
     * @since 0.1.0
     */
    public long getReferenceN() {
        return referenceN;
    }

    /**
     * Gets the focus group's numerator (successes), for proportion measures.
     *
     * @return the numerator, empty for mean measures
     * @since 0.1.0
     */
    public OptionalLong getFocusNumerator() {
        return focusNumerator;
    }

    /**
     * Gets the reference's numerator (successes), for proportion measures against a group.
     *
     * @return the numerator, empty for mean measures and external benchmarks
     * @since 0.1.0
     */
    public OptionalLong getReferenceNumerator() {
        return referenceNumerator;
    }

    /**
     * Gets the focus group's figure (mean or proportion).
     *
     * @return the figure, empty if the group is empty
     * @since 0.1.0
     */
    public OptionalDouble getFocusValue() {
        return focusValue;
    }

    /**
     * Gets the reference's figure (mean, proportion or benchmark value).
     *
     * @return the figure, empty if the reference group is empty
     * @since 0.1.0
     */
    public OptionalDouble getReferenceValue() {
        return referenceValue;
    }

    /**
     * Gets the degrees of freedom of the t quantile, for mean differences (Welch–Satterthwaite, or {@code n - 1}
     * against a benchmark).
     *
     * @return the degrees of freedom, empty for other measures or when the interval is degenerate
     * @since 0.1.0
     */
    public OptionalDouble getDegreesOfFreedom() {
        return degreesOfFreedom;
    }

    /**
     * Tells which side is ahead by the point estimate, using the options' {@link Polarity}.
     *
     * @return FOCUS, REFERENCE, or NEITHER when the difference is 0 (ratio 1)
     * @throws IllegalStateException if the status is EMPTY or UNDEFINED
     * @since 0.1.0
     */
    public Ahead getAhead() {
        checkValue();
        double neutral = measure == GapMeasure.PROPORTION_RATIO ? 1 : 0;
        if (estimate == neutral) {
            return Ahead.NEITHER;
        }
        boolean focusHigher = estimate > neutral;
        return focusHigher == (polarity == Polarity.HIGHER_IS_BETTER) ? Ahead.FOCUS : Ahead.REFERENCE;
    }

    /**
     * Tells whether the confidence interval excludes "no gap" (0 for differences and g, 1 for the ratio).
     *
     * @return true if the whole interval lies on one side of no gap
     * @throws IllegalStateException if the status is EMPTY or UNDEFINED
     * @since 0.1.0
     */
    public boolean intervalExcludesNoGap() {
        checkValue();
        double neutral = measure == GapMeasure.PROPORTION_RATIO ? 1 : 0;
        return lower > neutral || upper < neutral;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GapResult g && measure == g.measure && reference.equals(g.reference)
                && status == g.status && reason.equals(g.reason) && Double.compare(estimate, g.estimate) == 0
                && Double.compare(lower, g.lower) == 0 && Double.compare(upper, g.upper) == 0
                && Double.compare(confidenceLevel, g.confidenceLevel) == 0 && focusN == g.focusN
                && referenceN == g.referenceN && focusNumerator.equals(g.focusNumerator)
                && referenceNumerator.equals(g.referenceNumerator) && focusValue.equals(g.focusValue)
                && referenceValue.equals(g.referenceValue) && degreesOfFreedom.equals(g.degreesOfFreedom)
                && polarity == g.polarity;
    }

    @Override
    public int hashCode() {
        return Objects.hash(measure, reference, status, reason, estimate, lower, upper, focusN, referenceN);
    }

    @Override
    public String toString() {
        return status.hasValue()
                ? "GapResult[" + measure + " vs " + reference + ": " + estimate + " (" + lower + ", " + upper + ") "
                        + status + ": " + reason + "]"
                : "GapResult[" + measure + " vs " + reference + ": " + status + ": " + reason + "]";
    }
}
