package org.equalityduty.metrics.measures;

import java.util.List;
import java.util.Objects;
import org.equalityduty.metrics.options.MetricOptions;

/**
 * Options for {@link MeasureEvaluator}: the metric options (minimum group size, confidence level), the number of
 * decimals values are rounded to, FTE weighting of representation shares, the dimensions of a disclosure rate and the
 * stage a selection rate counts.
 *
 * <p>Obtain an instance with {@link #defaults()} and derive changed copies with the {@code withX} methods. The defaults
 * are {@link MetricOptions#defaults()} (minimum group size 5, 95% confidence), {@value #DEFAULT_DECIMALS} decimals,
 * headcount (not FTE) shares, the focus group's dimensions for disclosure rates, and {@link ApplicantStage#APPOINTED}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class EvaluationOptions {

    /**
     * The default number of decimals values are rounded to, {@value}.
     *
     * @since 0.1.0
     */
    public static final int DEFAULT_DECIMALS = 4;

    private static final EvaluationOptions DEFAULTS = new EvaluationOptions(MetricOptions.defaults(), DEFAULT_DECIMALS,
            false, List.of(), ApplicantStage.APPOINTED);

    private final MetricOptions metricOptions;
    private final int decimals;
    private final boolean fteWeighted;
    private final List<String> disclosureDimensions;
    private final ApplicantStage selectionStage;

    private EvaluationOptions(MetricOptions metricOptions, int decimals, boolean fteWeighted,
            List<String> disclosureDimensions, ApplicantStage selectionStage) {
        this.metricOptions = metricOptions;
        this.decimals = decimals;
        this.fteWeighted = fteWeighted;
        this.disclosureDimensions = disclosureDimensions;
        this.selectionStage = selectionStage;
    }

    /**
     * Obtains the default options.
     *
     * @return the defaults, not null
     * @since 0.1.0
     */
    public static EvaluationOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy with the given metric options.
     *
     * @param metricOptions the minimum group size and confidence level, not null
     * @return a copy of these options, not null
     * @since 0.1.0
     */
    public EvaluationOptions withMetricOptions(MetricOptions metricOptions) {
        return new EvaluationOptions(Objects.requireNonNull(metricOptions, "metricOptions"), decimals, fteWeighted,
                disclosureDimensions, selectionStage);
    }

    /**
     * Returns a copy that rounds values and interval limits to the given number of decimals (half up).
     *
     * @param decimals the number of decimals, from 0 to 10
     * @return a copy of these options, not null
     * @throws IllegalArgumentException if {@code decimals} is outside 0..10
     * @since 0.1.0
     */
    public EvaluationOptions withDecimals(int decimals) {
        if (decimals < 0 || decimals > 10) {
            throw new IllegalArgumentException("decimals must be between 0 and 10: " + decimals);
        }
        return new EvaluationOptions(metricOptions, decimals, fteWeighted, disclosureDimensions, selectionStage);
    }

    /**
     * Returns a copy that weights representation shares by full-time equivalent instead of headcount.
     *
     * @param fteWeighted true to weight by FTE
     * @return a copy of these options, not null
     * @since 0.1.0
     */
    public EvaluationOptions withFteWeighted(boolean fteWeighted) {
        return new EvaluationOptions(metricOptions, decimals, fteWeighted, disclosureDimensions, selectionStage);
    }

    /**
     * Returns a copy whose disclosure rates count the given dimensions instead of the focus group's.
     *
     * @param dimensionIds the dimension identifiers a person must have known categories for, not null, no nulls;
     *        empty to use the focus group's dimensions
     * @return a copy of these options, not null
     * @since 0.1.0
     */
    public EvaluationOptions withDisclosureDimensions(List<String> dimensionIds) {
        return new EvaluationOptions(metricOptions, decimals, fteWeighted,
                List.copyOf(Objects.requireNonNull(dimensionIds, "dimensionIds")), selectionStage);
    }

    /**
     * Returns a copy whose selection rates count applicants reaching the given stage.
     *
     * @param selectionStage the stage, not null
     * @return a copy of these options, not null
     * @since 0.1.0
     */
    public EvaluationOptions withSelectionStage(ApplicantStage selectionStage) {
        return new EvaluationOptions(metricOptions, decimals, fteWeighted, disclosureDimensions,
                Objects.requireNonNull(selectionStage, "selectionStage"));
    }

    /**
     * Gets the metric options.
     *
     * @return the options, not null
     * @since 0.1.0
     */
    public MetricOptions getMetricOptions() {
        return metricOptions;
    }

    /**
     * Gets the number of decimals values and interval limits are rounded to, half up.
     *
     * @return the decimals, from 0 to 10
     * @since 0.1.0
     */
    public int getDecimals() {
        return decimals;
    }

    /**
     * Tells whether representation shares are weighted by FTE.
     *
     * @return true for FTE weighting, false for headcount
     * @since 0.1.0
     */
    public boolean isFteWeighted() {
        return fteWeighted;
    }

    /**
     * Gets the dimensions disclosure rates count.
     *
     * @return the dimension identifiers, empty to use the focus group's, unmodifiable, not null
     * @since 0.1.0
     */
    public List<String> getDisclosureDimensions() {
        return disclosureDimensions;
    }

    /**
     * Gets the stage selection rates count.
     *
     * @return the stage, not null
     * @since 0.1.0
     */
    public ApplicantStage getSelectionStage() {
        return selectionStage;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EvaluationOptions o && metricOptions.equals(o.metricOptions) && decimals == o.decimals
                && fteWeighted == o.fteWeighted && disclosureDimensions.equals(o.disclosureDimensions)
                && selectionStage == o.selectionStage;
    }

    @Override
    public int hashCode() {
        return Objects.hash(metricOptions, decimals, fteWeighted, disclosureDimensions, selectionStage);
    }

    @Override
    public String toString() {
        return "EvaluationOptions[" + metricOptions + ", decimals=" + decimals + ", fteWeighted=" + fteWeighted
                + ", disclosureDimensions=" + disclosureDimensions + ", selectionStage=" + selectionStage + "]";
    }
}
