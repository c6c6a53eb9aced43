package org.equalityduty.metrics.functions;

import java.util.OptionalDouble;
import org.equalityduty.metrics.results.AbsoluteChange;
import org.equalityduty.metrics.results.MetricStatus;
import org.equalityduty.metrics.results.RelativeChange;

/**
 * Change in a figure between two periods, as two distinct, named results: {@link AbsoluteChange} (in points of the figure's
 * unit, for example percentage points) and {@link RelativeChange} (in percent of the earlier value). There is deliberately
 * no single ambiguous "change": "reduce the gap by 10%" and "by 10 points" are different targets (DOMAIN.md section 6).
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
     * @return the change in points, not null
     * @throws IllegalArgumentException if a value is not finite
     * @since 0.1.0
     */
    public static AbsoluteChange absolute(double from, double to) {
        check(from, to);
        return new AbsoluteChange(from, to, to - from);
    }

    /**
     * Computes the relative change {@code 100 × (to − from) / |from|}; the denominator is the earlier value's magnitude,
     * so a fall is negative whatever the sign of {@code from}.
     *
     * @param from the earlier value, finite
     * @param to the later value, finite
     * @return the change in percent, not null; UNDEFINED when {@code from} is 0
     * @throws IllegalArgumentException if a value is not finite
     * @since 0.1.0
     */
    public static RelativeChange relative(double from, double to) {
        check(from, to);
        if (from == 0) {
            return new RelativeChange(from, to, OptionalDouble.empty(), MetricStatus.UNDEFINED,
                    "the earlier value is 0, so a relative change is undefined; use the absolute change");
        }
        return new RelativeChange(from, to, OptionalDouble.of(100 * (to - from) / Math.abs(from)), MetricStatus.OK, "OK");
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
