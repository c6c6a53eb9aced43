package org.equalityduty.metrics.results;

import java.util.Objects;

/**
 * A share (a group's proportion of a population, or a disclosure rate) with its Wilson interval and status.
 *
 * <p>{@code share = numerator / denominator}. For headcounts the numerator and denominator are counts; for weighted
 * shares they are sums of weights and the interval uses Kish's effective sample size {@code (Σw)² / Σw²}.
 * When the status is EMPTY, {@code share}, {@code lower} and {@code upper} are 0 and must not be read as figures; use
 * {@link #hasValue()}.
 *
 * @param numerator the group's count or weight, not negative
 * @param denominator the population's count or weight, not negative
 * @param headcount the population's headcount (the n the interval rests on before weighting)
 * @param share the share in [0, 1] (0 when not available)
 * @param lower the lower Wilson limit in [0, 1] (0 when not available)
 * @param upper the upper Wilson limit in [0, 1] (0 when not available)
 * @param weighted whether numerator and denominator are weights rather than headcounts
 * @param status the status, not null
 * @param reason the reason for the status, not null
 * @since 0.1.0
 */
public record ShareResult(double numerator, double denominator, long headcount, double share, double lower,
        double upper, boolean weighted, MetricStatus status, String reason) {

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
     */
    public ShareResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * Tells whether the share is available (status OK or BELOW_MINIMUM_GROUP_SIZE).
     *
     * @return true if the share is available
     * @since 0.1.0
     */
    public boolean hasValue() {
        return status.hasValue();
    }
}
