package org.equalityduty.core.plan;

/**
 * How the plan will know an action or objective has worked: a {@link QuantitativeTarget quantitative target},
 * a {@link Milestone milestone}, or a {@link QualitativeCriterion qualitative criterion}.
 *
 * <p>Every criterion keeps its text as the plan states it, and an identifier unique within the plan, so that
 * progress can be recorded against it.
 *
 * <p>This is a closed family; {@link #accept(Visitor)} dispatches on its kinds.
 *
 * <p>Implementations are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface SuccessCriterion permits QuantitativeTarget, Milestone, QualitativeCriterion {

    /**
     * Gets the identifier, unique within the plan.
     *
     * @return such as {@code o2.a2.c1}, not null
     * @since 0.1.0
     */
    String getId();

    /**
     * Gets the criterion as the plan states it.
     *
     * @return the text, not null
     * @since 0.1.0
     */
    String getText();

    /**
     * Dispatches on the kind of criterion.
     *
     * @param <R> the result type
     * @param visitor  the visitor, not null
     * @return the visitor's result
     * @since 0.1.0
     */
    <R> R accept(Visitor<R> visitor);

    /**
     * Handles each kind of {@link SuccessCriterion}.
     *
     * @param <R> the result type
     * @since 0.1.0
     */
    interface Visitor<R> {
        /**
         * Handles a quantitative target.
         *
         * @param criterion  the criterion, not null
         * @return the result
         * @since 0.1.0
         */
        R quantitative(QuantitativeTarget criterion);

        /**
         * Handles a milestone.
         *
         * @param criterion  the criterion, not null
         * @return the result
         * @since 0.1.0
         */
        R milestone(Milestone criterion);

        /**
         * Handles a qualitative criterion.
         *
         * @param criterion  the criterion, not null
         * @return the result
         * @since 0.1.0
         */
        R qualitative(QualitativeCriterion criterion);
    }
}
