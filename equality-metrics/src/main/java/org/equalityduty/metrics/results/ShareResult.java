package org.equalityduty.metrics.results;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A share (a group's proportion of a population, or a disclosure rate) with its Wilson interval and status.
 *
 * <p>{@code share = numerator / denominator}. For headcounts the numerator and denominator are counts; for weighted
 * shares they are sums of weights and the interval uses Kish's effective sample size {@code (Σw)² / Σw²}.
 * When the status is EMPTY or UNDEFINED there is no share: {@link #share()}, {@link #lower()} and {@link #upper()}
 * throw {@link IllegalStateException} naming the status and reason, and {@link #optionalShare()},
 * {@link #optionalLower()} and {@link #optionalUpper()} are empty (the {@link MetricResult} convention).
 *
 * @param numerator the group's count or weight, not negative
 * @param denominator the population's count or weight, not negative
 * @param headcount the population's headcount (the n the interval rests on before weighting)
 * @param share the share in [0, 1]; when there is no share, stored as 0 and never returned
 * @param lower the lower Wilson limit in [0, 1]; stored as 0 when there is no share
 * @param upper the upper Wilson limit in [0, 1]; stored as 0 when there is no share
 * @param weighted whether numerator and denominator are weights rather than headcounts
 * @param status the status, not null
 * @param reason the reason for the status, not null
 * @since 0.1.0
 */
public record ShareResult(double numerator, double denominator, long headcount, double share, double lower,
        double upper, boolean weighted, MetricStatus status, String reason) implements MetricResult {

    /**
     * Checks the components.
     *
     * @param numerator the group's count or weight
     * @param denominator the population's count or weight
     * @param headcount the population's headcount
     * @param share the share
     * @param lower the lower limit
     * @param upper the upper limit
     * @param weighted whether weights were used
     * @param status the status, not null
     * @param reason the reason, not null
     * @throws IllegalArgumentException if the share or a limit is not finite under a status that has a figure
     * @since 0.1.0
     */
    public ShareResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        Figures.requireFinite(status, "share", share);
        Figures.requireFinite(status, "lower", lower);
        Figures.requireFinite(status, "upper", upper);
    }

    /**
     * Gets the share.
     *
     * @return the share, in [0, 1]
     * @throws IllegalStateException if there is no share (status EMPTY or UNDEFINED); the message gives the reason
     * @since 0.1.0
     */
    @Override
    public double share() {
        return Figures.require(this, "share", share);
    }

    /**
     * Gets the lower Wilson limit.
     *
     * @return the lower limit, in [0, 1]
     * @throws IllegalStateException if there is no share (status EMPTY or UNDEFINED)
     * @since 0.1.0
     */
    @Override
    public double lower() {
        return Figures.require(this, "share", lower);
    }

    /**
     * Gets the upper Wilson limit.
     *
     * @return the upper limit, in [0, 1]
     * @throws IllegalStateException if there is no share (status EMPTY or UNDEFINED)
     * @since 0.1.0
     */
    @Override
    public double upper() {
        return Figures.require(this, "share", upper);
    }

    /**
     * Gets the share if there is one.
     *
     * @return the share, empty if the status is EMPTY or UNDEFINED, not null
     * @since 0.2.0
     */
    public OptionalDouble optionalShare() {
        return Figures.optional(this, share);
    }

    /**
     * Gets the lower Wilson limit if there is a share.
     *
     * @return the lower limit, empty if the status is EMPTY or UNDEFINED, not null
     * @since 0.2.0
     */
    public OptionalDouble optionalLower() {
        return Figures.optional(this, lower);
    }

    /**
     * Gets the upper Wilson limit if there is a share.
     *
     * @return the upper limit, empty if the status is EMPTY or UNDEFINED, not null
     * @since 0.2.0
     */
    public OptionalDouble optionalUpper() {
        return Figures.optional(this, upper);
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

    /**
     * Tells whether the share is available (status OK or BELOW_MINIMUM_GROUP_SIZE).
     *
     * @return true if the share is available
     * @since 0.1.0
     */
    @Override
    public boolean hasValue() {
        return status.hasValue();
    }
}
