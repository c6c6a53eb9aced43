package org.equalityduty.disclosure;

/**
 * Why a cell or figure is shown or not. The public sees one symbol for every withheld value; the status is for
 * the publisher and the data protection officer.
 *
 * @since 0.2.0
 */
public enum CellStatus {
    /**
     * Shown.
     *
     * @since 0.2.0
     */
    SHOWN,
    /**
     * Withheld by a primary rule: a small count, or a figure over a small denominator.
     *
     * @since 0.2.0
     */
    PRIMARY,
    /** Withheld so that a primary suppression cannot be worked out (secondary suppression), or because a figure
     * depends on a withheld count.
     *
     * @since 0.2.0
     */
    SECONDARY,
    /**
     * Withheld with its whole table, because the table could not be shown safe (fail closed).
     *
     * @since 0.2.0
     */
    WITHHELD,
    /**
     * Not applicable: a figure over a denominator of zero.
     *
     * @since 0.2.0
     */
    NOT_APPLICABLE,
    /**
     * Shown as low reliability instead of its value.
     *
     * @since 0.2.0
     */
    LOW_RELIABILITY,
    /**
     * Shown as rounding to zero but not zero.
     *
     * @since 0.2.0
     */
    LOW
}
