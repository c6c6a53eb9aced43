package org.equalityduty.metrics.results;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Relative change {@code 100 × (to − from) / |from|}, in percent of the earlier value, from
 * {@link org.equalityduty.metrics.functions.Change#relative(double, double)}.
 *
 * @param from the earlier value
 * @param to the later value
 * @param percent the relative change in percent; empty when {@code from} is 0
 * @param status OK, or UNDEFINED when {@code from} is 0, not null
 * @param reason the reason, not null
 * @since 0.2.0
 */
public record RelativeChange(double from, double to, OptionalDouble percent, MetricStatus status, String reason) {

    /**
     * Checks the components.
     *
     * @param from the earlier value
     * @param to the later value
     * @param percent the change in percent, not null
     * @param status the status, not null
     * @param reason the reason, not null
     */
    public RelativeChange {
        Objects.requireNonNull(percent, "percent");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
    }
}
