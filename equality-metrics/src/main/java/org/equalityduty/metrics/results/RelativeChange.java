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
public record RelativeChange(double from, double to, OptionalDouble percent, MetricStatus status, String reason)
        implements MetricResult {

    /**
     * Checks the components.
     *
     * @param from the earlier value
     * @param to the later value
     * @param percent the change in percent, not null
     * @param status the status, not null
     * @param reason the reason, not null
     * @throws IllegalArgumentException if {@code percent} is present under a status without a figure, absent under
     *         one with a figure, or not finite
     * @since 0.2.0
     */
    public RelativeChange {
        Objects.requireNonNull(percent, "percent");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        if (percent.isPresent() != status.hasValue()) {
            throw new IllegalArgumentException("percent must be present exactly when " + status
                    + " has a figure: " + percent);
        }
        Figures.requireFinite(status, "percent", percent);
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
