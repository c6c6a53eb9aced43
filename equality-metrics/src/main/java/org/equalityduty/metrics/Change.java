package org.equalityduty.metrics;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Change in a figure between two periods, as two distinct, named results: {@link Absolute} (in points of the figure's
 * unit, for example percentage points) and {@link Relative} (in percent of the earlier value). There is deliberately
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
     * Absolute change {@code to − from}, in points of the figure's unit.
     *
     * @param from the earlier value
     * @param to the later value
     * @param points {@code to − from}
     * @since 0.1.0
     */
    public record Absolute(double from, double to, double points) {
    }

    /**
     * Relative change {@code 100 × (to − from) / |from|}, in percent of the earlier value.
     *
     * @param from the earlier value
     * @param to the later value
     * @param percent the relative change in percent; empty when {@code from} is 0
     * @param status OK, or UNDEFINED when {@code from} is 0, not null
     * @param reason the reason, not null
     * @since 0.1.0
     */
    public record Relative(double from, double to, OptionalDouble percent, MetricStatus status, String reason) {

        /**
         * Checks the components.
         *
         * @param from the earlier value
         * @param to the later value
         * @param percent the change in percent, not null
         * @param status the status, not null
         * @param reason the reason, not null
         */
        public Relative {
            Objects.requireNonNull(percent, "percent");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(reason, "reason");
        }
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
    public static Absolute absolute(double from, double to) {
        check(from, to);
        return new Absolute(from, to, to - from);
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
    public static Relative relative(double from, double to) {
        check(from, to);
        if (from == 0) {
            return new Relative(from, to, OptionalDouble.empty(), MetricStatus.UNDEFINED,
                    "the earlier value is 0, so a relative change is undefined; use the absolute change");
        }
        return new Relative(from, to, OptionalDouble.of(100 * (to - from) / Math.abs(from)), MetricStatus.OK, "OK");
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
