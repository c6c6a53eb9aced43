package org.equalityduty.metrics.results;

import java.util.Objects;

/**
 * The Simpson/Blau diversity index of a dimension: the probability that two people drawn at random (with
 * replacement) fall in different categories.
 *
 * @param index {@code 1 − Σ pᵢ²}, in [0, 1 − 1/k] for k categories (0 when not available)
 * @param n the number of people counted (excluded categories left out)
 * @param categories the number of categories counted, empty ones included
 * @param status the status, not null
 * @param reason the reason, not null
 * @since 0.1.0
 */
public record DiversityResult(double index, long n, int categories, MetricStatus status, String reason) {

    /**
     * Checks the components.
     *
     * @param index the index
     * @param n the number of people
     * @param categories the number of categories
     * @param status the status, not null
     * @param reason the reason, not null
     */
    public DiversityResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
    }
}
