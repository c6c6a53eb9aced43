package org.equalityduty.metrics.results;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Absolute change {@code to − from}, in points of the figure's unit (for example percentage points), from
 * {@link org.equalityduty.metrics.functions.Change#absolute(double, double)}.
 *
 * @param from the earlier value
 * @param to the later value
 * @param points {@code to − from}; empty when it is too large to represent as a double (status UNDEFINED)
 * @param status OK, or UNDEFINED when the difference overflows the double range, not null
 * @param reason the reason, not null
 * @since 0.2.0
 */
public record AbsoluteChange(double from, double to, OptionalDouble points, MetricStatus status, String reason)
        implements MetricResult {

    /**
     * Checks the components.
     *
     * @param from the earlier value
     * @param to the later value
     * @param points the change in points, not null
     * @param status the status, not null
     * @param reason the reason, not null
     * @throws IllegalArgumentException if {@code points} is present under a status without a figure, absent under
     *         one with a figure, or not finite
     * @since 0.2.0
     */
    public AbsoluteChange {
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        if (points.isPresent() != status.hasValue()) {
            throw new IllegalArgumentException("points must be present exactly when " + status + " has a figure: "
                    + points);
        }
        Figures.requireFinite(status, "points", points);
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
