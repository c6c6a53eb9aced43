package org.equalityduty.metrics.results;

/**
 * The statistic a {@link GapResult} reports.
 *
 * @since 0.1.0
 */
public enum GapMeasure {
    /**
     * Focus mean minus reference mean, with a Welch interval.
     *
     * @since 0.1.0
     */
    MEAN_DIFFERENCE,
    /**
     * Focus proportion minus reference proportion, with a Newcombe hybrid-score interval.
     *
     * @since 0.1.0
     */
    PROPORTION_DIFFERENCE,
    /**
     * Focus proportion divided by reference proportion, with a Katz log interval.
     *
     * @since 0.1.0
     */
    PROPORTION_RATIO,
    /**
     * Hedges' g: bias-corrected standardised mean difference, focus minus reference.
     *
     * @since 0.1.0
     */
    HEDGES_G
}
