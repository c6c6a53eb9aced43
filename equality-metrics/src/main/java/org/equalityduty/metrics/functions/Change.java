package org.equalityduty.metrics.functions;

import java.util.OptionalDouble;
import org.equalityduty.metrics.results.AbsoluteChange;
import org.equalityduty.metrics.results.MetricStatus;
import org.equalityduty.metrics.results.RelativeChange;

/**
 * Change in a figure between two periods, as two distinct, named results: {@link AbsoluteChange} (in points of the figure's
 * unit, for example percentage points) and {@link RelativeChange} (in percent of the earlier value). There is deliberately
 * no single ambiguous "change": "reduce the gap by 10%" and "by 10 points" are different targets (docs/domain.md section 6).
 *
 * <p>All methods are pure functions; this class is thread-safe.
 *
 * @since 0.1.0
 */
public final class Change {

    private Change() {
    }

    /**
     * Computes the absolute change {@code to − from}.
     *
     * @param from the earlier value, finite
     * @param to the later value, finite
     * @return the change in points, not null; UNDEFINED when {@code to − from} overflows the double range (the values
     *         are near {@code ±Double.MAX_VALUE} and of opposite signs)
     * @throws IllegalArgumentException if a value is not finite
     * @since 0.1.0
     */
    public static AbsoluteChange absolute(double from, double to) {
        check(from, to);
        double points = to - from;
        if (!Double.isFinite(points)) {
            return new AbsoluteChange(from, to, OptionalDouble.empty(), MetricStatus.UNDEFINED,
                    "the change from " + from + " to " + to + " is too large to represent in double precision");
        }
        return new AbsoluteChange(from, to, OptionalDouble.of(points), MetricStatus.OK, "OK");
    }

    /**
     * Computes the relative change {@code 100 × (to − from) / |from|}; the denominator is the earlier value's magnitude,
     * so a fall is negative whatever the sign of {@code from}.
     *
     * <p>When {@code to − from} overflows the double range it is computed as {@code 100 × (to/|from| − from/|from|)},
     * which is finite for values of comparable size (a change from {@code −MAX_VALUE} to {@code MAX_VALUE} is +200%).
     *
     * @param from the earlier value, finite
     * @param to the later value, finite
     * @return the change in percent, not null; UNDEFINED when {@code from} is 0, or when the change is too large to
     *         represent (a tiny earlier value such as {@code Double.MIN_VALUE})
     * @throws IllegalArgumentException if a value is not finite
     * @since 0.1.0
     */
    public static RelativeChange relative(double from, double to) {
        check(from, to);
        if (from == 0) {
            return new RelativeChange(from, to, OptionalDouble.empty(), MetricStatus.UNDEFINED,
                    "the earlier value is 0, so a relative change is undefined; use the absolute change");
        }
        double magnitude = Math.abs(from);
        double difference = to - from;
        double percent = Double.isFinite(difference) ? 100 * difference / magnitude
                : 100 * (to / magnitude - from / magnitude);
        if (!Double.isFinite(percent)) {
            percent = difference / magnitude * 100;
        }
        if (!Double.isFinite(percent)) {
            return new RelativeChange(from, to, OptionalDouble.empty(), MetricStatus.UNDEFINED,
                    "the change from " + from + " to " + to + " is too large a multiple of the earlier value to "
                            + "represent in double precision");
        }
        return new RelativeChange(from, to, OptionalDouble.of(percent), MetricStatus.OK, "OK");
    }

    private static void check(double from, double to) {
        if (!Double.isFinite(from)) {
            throw new IllegalArgumentException("from must be finite: " + from);
        }
        if (!Double.isFinite(to)) {
            throw new IllegalArgumentException("to must be finite: " + to);
        }
    }
}
