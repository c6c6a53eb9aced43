package org.equalityduty.metrics.results;

import org.equalityduty.metrics.options.MetricOptions;

/**
 * Whether a metric could be computed and whether it should be relied on.
 *
 * <p>Every result of this package carries one of these values together with a human-readable reason,
 * so that a figure that cannot be computed is reported instead of surfacing as {@code NaN} or being
 * silently dropped. When several apply, the first in declaration order wins:
 * {@link #EMPTY}, {@link #UNDEFINED}, {@link #BELOW_MINIMUM_GROUP_SIZE}, {@link #OK}.
 *
 * @since 0.1.0
 */
public enum MetricStatus {

    /**
     * The figure was computed and every group involved meets the minimum group size.
     *
     * @since 0.1.0
     */
    OK,

    /**
     * The figure was computed, but at least one group involved is smaller than
     * {@link MetricOptions#getMinimumGroupSize()}; it should not be published or relied on.
     *
     * @since 0.1.0
     */
    BELOW_MINIMUM_GROUP_SIZE,

    /**
     * A group (or the whole input) that the figure needs has no members; no figure is available.
     *
     * @since 0.1.0
     */
    EMPTY,

    /**
     * The data are present but the figure is mathematically undefined for them
     * (for example a division by zero, or a variance from a single observation); no figure is available.
     *
     * @since 0.1.0
     */
    UNDEFINED;

    /**
     * Tells whether a figure is available under this status.
     *
     * @return true for {@link #OK} and {@link #BELOW_MINIMUM_GROUP_SIZE}, false for {@link #EMPTY} and {@link #UNDEFINED}
     * @since 0.1.0
     */
    public boolean hasValue() {
        return this == OK || this == BELOW_MINIMUM_GROUP_SIZE;
    }
}
