package org.equalityduty.core.plan;

/**
 * What a measure's focus group is compared with: a named group, the rest of the population (one-vs-rest, the
 * DfE convention for disadvantage gaps), the whole population, or an external figure such as a national rate.
 *
 * <p>This is a closed family; {@link #accept(Visitor)} dispatches on its kinds.
 *
 * <p>Implementations are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface Reference permits GroupReference, PopulationReference, Benchmark {

    /**
     * Dispatches on the kind of reference.
     *
     * @param <R> the result type
     * @param visitor  the visitor, not null
     * @return the visitor's result
     * @since 0.1.0
     */
    <R> R accept(Visitor<R> visitor);

    /**
     * Handles each kind of {@link Reference}.
     *
     * @param <R> the result type
     * @since 0.1.0
     */
    interface Visitor<R> {
        /**
         * Handles a named group.
         *
         * @param reference  the reference, not null
         * @return the result
         * @since 0.1.0
         */
        R group(GroupReference reference);

        /**
         * Handles the rest of, or the whole, population.
         *
         * @param reference  the reference, not null
         * @return the result
         * @since 0.1.0
         */
        R population(PopulationReference reference);

        /**
         * Handles an external figure.
         *
         * @param reference  the reference, not null
         * @return the result
         * @since 0.1.0
         */
        R benchmark(Benchmark reference);
    }
}
