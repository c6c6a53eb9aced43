package org.equalityduty.metrics.results;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The Simpson/Blau diversity index of a dimension: the probability that two people drawn at random (with
 * replacement) fall in different categories.
 *
 * <p>When the status is EMPTY there is no index: {@link #index()} throws {@link IllegalStateException} naming the
 * status and reason, and {@link #optionalIndex()} is empty (the {@link MetricResult} convention).
 *
 * @param index {@code 1 − Σ pᵢ²}, in [0, 1 − 1/k] for k categories; stored as 0 when there is none, never returned
 * @param n the number of people counted (excluded categories left out)
 * @param categories the number of categories counted, empty ones included
 * @param status the status, not null
 * @param reason the reason, not null
 * @since 0.1.0
 */
public record DiversityResult(double index, long n, int categories, MetricStatus status, String reason)
        implements MetricResult {

    /**
     * Checks the components.
     *
     * @param index the index
     * @param n the number of people
     * @param categories the number of categories
     * @param status the status, not null
     * @param reason the reason, not null
     * @throws IllegalArgumentException if the index is not finite under a status that has a figure
     * @since 0.1.0
     */
    public DiversityResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        Figures.requireFinite(status, "index", index);
    }

    /**
     * Gets the index.
     *
     * @return the index, in [0, 1)
     * @throws IllegalStateException if there is no index (status EMPTY or UNDEFINED); the message gives the reason
     * @since 0.1.0
     */
    @Override
    public double index() {
        return Figures.require(this, "diversity index", index);
    }

    /**
     * Gets the index if there is one.
     *
     * @return the index, empty if the status is EMPTY or UNDEFINED, not null
     * @since 0.2.0
     */
    public OptionalDouble optionalIndex() {
        return Figures.optional(this, index);
    }

    /**
     * Gets the status (the {@link MetricResult} form of {@link #status()}).
     *
     * @return the status, not null
     * @since 0.2.0
     */
    @Override
    public MetricStatus getStatus() {
        return status;
    }

    /**
     * Gets the reason (the {@link MetricResult} form of {@link #reason()}).
     *
     * @return the reason, not null
     * @since 0.2.0
     */
    @Override
    public String getReason() {
        return reason;
    }
}
