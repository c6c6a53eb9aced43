package org.equalityduty.paygap;

/**
 * Whether a figure was computed, and if not, why not in kind.
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.2.0
 */
public enum FigureStatus {
    /**
     * Computed: the figure has a value.
     *
     * @since 0.2.0
     */
    COMPUTED,
    /**
     * Not computed: the data cannot give it (no women, no bonus recipients among men, a column absent).
     *
     * @since 0.2.0
     */
    NOT_COMPUTED,
    /**
     * Computed over too few people to publish: withheld (group pay gaps below the minimum group size).
     *
     * @since 0.2.0
     */
    WITHHELD
}
