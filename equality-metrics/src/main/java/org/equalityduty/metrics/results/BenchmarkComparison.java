package org.equalityduty.metrics.results;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * A group's share compared with a benchmark share (pupil roll, local population): percentage-point gap, ratio, and
 * the headcount change needed to reach the benchmark.
 *
 * @param share the group's share, not null
 * @param benchmark the benchmark share, in [0, 1]
 * @param percentagePointGap {@code 100 × (share − benchmark)}, in percentage points; empty if the share is not available
 * @param ratio {@code share / benchmark}; empty if the share is not available or the benchmark is 0
 * @param additionalMembersNeeded the smallest number {@code a ≥ 0} of additional group members, others unchanged,
 *        with {@code (x + a) / (n + a) ≥ benchmark}; empty if the share is not available, weighted, or the benchmark
 *        cannot be reached (a benchmark of 1 with others present)
 * @param status the status, not null
 * @param reason the reason for the status and for any empty figure, not null
 * @since 0.1.0
 */
public record BenchmarkComparison(ShareResult share, double benchmark, OptionalDouble percentagePointGap,
        OptionalDouble ratio, OptionalLong additionalMembersNeeded, MetricStatus status, String reason)
        implements MetricResult {

    /**
     * Checks the components.
     *
     * @param share the share, not null
     * @param benchmark the benchmark
     * @param percentagePointGap the gap in points, not null
     * @param ratio the ratio, not null
     * @param additionalMembersNeeded the headcount change, not null
     * @param status the status, not null
     * @param reason the reason, not null
     * @since 0.1.0
     */
    public BenchmarkComparison {
        Objects.requireNonNull(share, "share");
        Objects.requireNonNull(percentagePointGap, "percentagePointGap");
        Objects.requireNonNull(ratio, "ratio");
        Objects.requireNonNull(additionalMembersNeeded, "additionalMembersNeeded");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        Figures.requireFinite(status, "percentagePointGap", percentagePointGap);
        Figures.requireFinite(status, "ratio", ratio);
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
