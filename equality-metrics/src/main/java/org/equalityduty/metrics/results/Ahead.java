package org.equalityduty.metrics.results;

import org.equalityduty.metrics.options.Polarity;

/**
 * Which side of a gap is ahead, taking the measure's {@link Polarity} into account.
 *
 * @since 0.1.0
 */
public enum Ahead {
    /**
     * The focus group has the more favourable figure.
     *
     * @since 0.1.0
     */
    FOCUS,
    /**
     * The reference has the more favourable figure.
     *
     * @since 0.1.0
     */
    REFERENCE,
    /**
     * The point estimates are equal (difference 0, ratio 1).
     *
     * @since 0.1.0
     */
    NEITHER
}
