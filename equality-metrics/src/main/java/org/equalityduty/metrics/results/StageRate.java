package org.equalityduty.metrics.results;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One group's selection rate at one stage of a selection process, and its adverse impact ratio.
 *
 * @param <K> the group key type
 * @param group the group, not null
 * @param stage the stage reached, not null (for example "shortlisted")
 * @param previousStage the stage the rate is taken from, not null (for example "applied")
 * @param selected the number who reached {@code stage} (numerator)
 * @param considered the number who reached {@code previousStage} (denominator)
 * @param rate {@code selected / considered}; empty when no one was considered
 * @param adverseImpactRatio the rate divided by the highest rate among groups meeting the minimum group size; empty when
 *        either is unavailable or the highest rate is 0
 * @param mostSelected whether this group has the highest rate (the comparator)
 * @param belowFourFifths whether the adverse impact ratio is below 4/5 (compared exactly on the counts)
 * @param status the status, not null
 * @param reason the reason, not null
 * @since 0.1.0
 */
public record StageRate<K>(K group, String stage, String previousStage, long selected, long considered,
        OptionalDouble rate, OptionalDouble adverseImpactRatio, boolean mostSelected, boolean belowFourFifths,
        MetricStatus status, String reason) implements MetricResult {

    /**
     * Checks the components.
     *
     * @param group the group, not null
     * @param stage the stage, not null
     * @param previousStage the previous stage, not null
     * @param selected the numerator
     * @param considered the denominator
     * @param rate the rate, not null
     * @param adverseImpactRatio the ratio, not null
     * @param mostSelected whether this is the comparator group
     * @param belowFourFifths the four-fifths flag
     * @param status the status, not null
     * @param reason the reason, not null
     * @since 0.1.0
     */
    public StageRate {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(previousStage, "previousStage");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(adverseImpactRatio, "adverseImpactRatio");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        Figures.requireFinite(status, "rate", rate);
        Figures.requireFinite(status, "adverseImpactRatio", adverseImpactRatio);
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
