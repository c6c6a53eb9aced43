package org.equalityduty.disclosure;

/**
 * What secondary suppression keeps small: the quantity each withheld cell costs.
 *
 * @since 0.2.0
 */
public enum SuppressionCost {
    /**
     * Each withheld cell costs its count (at least 1): withhold as little of the total as practical (the default).
     *
     * @since 0.2.0
     */
    CELL_VALUE,
    /**
     * Each withheld cell costs 1: withhold as few cells as practical.
     *
     * @since 0.2.0
     */
    CELL_COUNT;

    long of(long value) {
        return this == CELL_COUNT ? 1 : Math.max(1, value);
    }
}
