package org.equalityduty.core.assessment;

/**
 * The five letters of SMART.
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum SmartLetter {
    /**
     * Specific: names the group, the measure and the population.
     *
     * @since 0.1.0
     */
    S,
    /**
     * Measurable: a measure, a numeric target and a baseline, in a clear unit.
     *
     * @since 0.1.0
     */
    M,
    /**
     * Achievable: the target is possible (a share stays within 0-100%, a gap cannot shrink by more than it is).
     *
     * @since 0.1.0
     */
    A,
    /**
     * Relevant: tied to at least one aim of the general duty.
     *
     * @since 0.1.0
     */
    R,
    /**
     * Time-bound: a deadline inside the plan period, or a review point for ongoing work.
     *
     * @since 0.1.0
     */
    T
}
