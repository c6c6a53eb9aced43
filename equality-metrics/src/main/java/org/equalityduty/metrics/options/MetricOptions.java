package org.equalityduty.metrics.options;

import java.util.Objects;

/**
 * Options shared by the metric functions: minimum group size, confidence level and polarity.
 *
 * <p>Obtain an instance with {@link #defaults()} and derive changed copies with the {@code withX} methods:
 * <pre>{@code
 * MetricOptions options = MetricOptions.defaults().withMinimumGroupSize(10).withConfidenceLevel(0.95);
 * }</pre>
 *
 * <p>The defaults are a minimum group size of {@value #DEFAULT_MINIMUM_GROUP_SIZE} (the smaller of the two thresholds
 * commonly used for primary suppression, see docs/domain.md section 5), a confidence level of 0.95 and
 * {@link Polarity#HIGHER_IS_BETTER}. The minimum group size does not suppress anything: figures for smaller groups
 * are still computed but carry {@link org.equalityduty.metrics.results.MetricStatus#BELOW_MINIMUM_GROUP_SIZE}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class MetricOptions {

    /**
     * The default minimum group size, {@value}.
     *
     * @since 0.1.0
     */
    public static final int DEFAULT_MINIMUM_GROUP_SIZE = 5;

    /**
     * The default confidence level, {@value}.
     *
     * @since 0.1.0
     */
    public static final double DEFAULT_CONFIDENCE_LEVEL = 0.95;

    private static final MetricOptions DEFAULTS =
            new MetricOptions(DEFAULT_MINIMUM_GROUP_SIZE, DEFAULT_CONFIDENCE_LEVEL, Polarity.HIGHER_IS_BETTER);

    private final int minimumGroupSize;
    private final double confidenceLevel;
    private final Polarity polarity;

    private MetricOptions(int minimumGroupSize, double confidenceLevel, Polarity polarity) {
        this.minimumGroupSize = minimumGroupSize;
        this.confidenceLevel = confidenceLevel;
        this.polarity = polarity;
    }

    /**
     * Obtains the default options.
     *
     * @return the default options, not null
     * @since 0.1.0
     */
    public static MetricOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy with the given minimum group size.
     *
     * @param minimumGroupSize the smallest group size reported as {@link org.equalityduty.metrics.results.MetricStatus#OK}, at least 1
     * @return a copy of these options, not null
     * @throws IllegalArgumentException if {@code minimumGroupSize} is less than 1
     * @since 0.1.0
     */
    public MetricOptions withMinimumGroupSize(int minimumGroupSize) {
        if (minimumGroupSize < 1) {
            throw new IllegalArgumentException("minimumGroupSize must be at least 1: " + minimumGroupSize);
        }
        return new MetricOptions(minimumGroupSize, confidenceLevel, polarity);
    }

    /**
     * Returns a copy with the given two-sided confidence level.
     *
     * @param confidenceLevel the confidence level, strictly between 0 and 1 (for example 0.95)
     * @return a copy of these options, not null
     * @throws IllegalArgumentException if {@code confidenceLevel} is not strictly between 0 and 1
     * @since 0.1.0
     */
    public MetricOptions withConfidenceLevel(double confidenceLevel) {
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new IllegalArgumentException("confidenceLevel must be strictly between 0 and 1: " + confidenceLevel);
        }
        return new MetricOptions(minimumGroupSize, confidenceLevel, polarity);
    }

    /**
     * Returns a copy with the given polarity.
     *
     * @param polarity which direction of the measure is favourable, not null
     * @return a copy of these options, not null
     * @since 0.1.0
     */
    public MetricOptions withPolarity(Polarity polarity) {
        return new MetricOptions(minimumGroupSize, confidenceLevel, Objects.requireNonNull(polarity, "polarity"));
    }

    /**
     * Gets the minimum group size.
     *
     * @return the smallest group size reported as {@link org.equalityduty.metrics.results.MetricStatus#OK}, at least 1
     * @since 0.1.0
     */
    public int getMinimumGroupSize() {
        return minimumGroupSize;
    }

    /**
     * Gets the two-sided confidence level.
     *
     * @return the confidence level, strictly between 0 and 1
     * @since 0.1.0
     */
    public double getConfidenceLevel() {
        return confidenceLevel;
    }

    /**
     * Gets the polarity.
     *
     * @return which direction of the measure is favourable, not null
     * @since 0.1.0
     */
    public Polarity getPolarity() {
        return polarity;
    }


    @Override
    public boolean equals(Object other) {
        return other instanceof MetricOptions o
                && minimumGroupSize == o.minimumGroupSize
                && Double.compare(confidenceLevel, o.confidenceLevel) == 0
                && polarity == o.polarity;
    }

    @Override
    public int hashCode() {
        return Objects.hash(minimumGroupSize, confidenceLevel, polarity);
    }

    @Override
    public String toString() {
        return "MetricOptions[minimumGroupSize=" + minimumGroupSize + ", confidenceLevel=" + confidenceLevel
                + ", polarity=" + polarity + "]";
    }
}
