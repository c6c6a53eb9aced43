package org.equalityduty.metrics.options;

/**
 * Which direction of a measure is favourable, used to say which group is ahead in a gap.
 *
 * <p>Attainment is {@link #HIGHER_IS_BETTER}; exclusion or persistent absence rates are {@link #LOWER_IS_BETTER}.
 *
 * @since 0.1.0
 */
public enum Polarity {

    /**
     * Larger values are favourable (attainment, attendance, progress).
     *
     * @since 0.1.0
     */
    HIGHER_IS_BETTER,

    /**
     * Smaller values are favourable (exclusions, suspensions, persistent absence).
     *
     * @since 0.1.0
     */
    LOWER_IS_BETTER
}
