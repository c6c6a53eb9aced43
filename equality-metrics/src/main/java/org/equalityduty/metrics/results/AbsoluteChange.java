package org.equalityduty.metrics.results;

/**
 * Absolute change {@code to − from}, in points of the figure's unit (for example percentage points), from
 * {@link org.equalityduty.metrics.functions.Change#absolute(double, double)}.
 *
 * @param from the earlier value
 * @param to the later value
 * @param points {@code to − from}
 * @since 0.2.0
 */
public record AbsoluteChange(double from, double to, double points) {
}
