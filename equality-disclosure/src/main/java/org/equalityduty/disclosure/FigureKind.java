package org.equalityduty.disclosure;

/**
 * The kinds of figure derived from counts. A derived figure is withheld whenever a count it depends on is hidden
 * (otherwise it would reveal that count, or a relation between hidden counts) and whenever its denominator is
 * below the rules' minimum; when it is withheld for a small denominator, the counts it reveals become primary
 * suppressions, so it cannot be recomputed from them.
 *
 * @since 0.2.0
 */
public enum FigureKind {
    /**
     * A percentage of a count (numerator) in a group (denominator).
     *
     * @since 0.2.0
     */
    PERCENTAGE,
    /**
     * A mean of a score over the people in a group (denominator: the group's size).
     *
     * @since 0.2.0
     */
    MEAN,
    /**
     * A rate per some number of people.
     *
     * @since 0.2.0
     */
    RATE,
    /**
     * The complement for the others in a group ("others %"): depends on the group and the whole.
     *
     * @since 0.2.0
     */
    OTHERS_COMPLEMENT,
    /**
     * A ratio of two counts or figures.
     *
     * @since 0.2.0
     */
    RATIO,
    /**
     * A rank among groups: depends on every figure ranked.
     *
     * @since 0.2.0
     */
    RANK,
    /**
     * A difference between two figures, such as a gap between a group and the others.
     *
     * @since 0.2.0
     */
    DIFFERENCE,
    /**
     * A confidence interval of a figure, published with it.
     *
     * @since 0.2.0
     */
    INTERVAL
}
