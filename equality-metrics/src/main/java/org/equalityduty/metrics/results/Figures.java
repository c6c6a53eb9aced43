package org.equalityduty.metrics.results;

import java.util.OptionalDouble;

/** The checks behind {@link MetricResult}'s conventions, for the result types of this package. */
final class Figures {

    private Figures() {
    }

    /** Throws the convention's IllegalStateException if the result has no figure; returns the figure otherwise. */
    static double require(MetricResult result, String figure, double value) {
        if (!result.hasValue()) {
            throw new IllegalStateException(
                    "no " + figure + " is available (" + result.getStatus() + "): " + result.getReason());
        }
        return value;
    }

    /** The figure as an optional: empty if the result has none. */
    static OptionalDouble optional(MetricResult result, double value) {
        return result.hasValue() ? OptionalDouble.of(value) : OptionalDouble.empty();
    }

    /** Rejects a non-finite figure under a status that has one (a construction invariant). */
    static void requireFinite(MetricStatus status, String figure, double value) {
        if (status.hasValue() && !Double.isFinite(value)) {
            throw new IllegalArgumentException(figure + " must be finite under " + status + ": " + value);
        }
    }

    /** Rejects a present, non-finite figure under a status that has one. */
    static void requireFinite(MetricStatus status, String figure, OptionalDouble value) {
        if (value.isPresent()) {
            requireFinite(status, figure, value.getAsDouble());
        }
    }
}
