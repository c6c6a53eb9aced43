package org.equalityduty.metrics.measures;

import java.util.Objects;
import java.util.OptionalLong;
import org.equalityduty.core.observation.Observation;
import org.equalityduty.metrics.results.MetricResult;
import org.equalityduty.metrics.results.MetricStatus;

/**
 * The result of evaluating a measure: the core {@link Observation} to record or publish, and the detail behind it (the
 * metric status and reason, and the sizes of the focus and reference groups).
 *
 * <p>The observation is safe to publish: when the metric status is {@link MetricStatus#BELOW_MINIMUM_GROUP_SIZE} it
 * carries no value and no sample size. The sizes here are for the caller's own use and must not be published
 * unchecked.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Evaluation implements MetricResult {

    private final Observation observation;
    private final MetricStatus status;
    private final String reason;
    private final long focusN;
    private final OptionalLong referenceN;

    Evaluation(Observation observation, MetricStatus status, String reason, long focusN, OptionalLong referenceN) {
        this.observation = Objects.requireNonNull(observation, "observation");
        this.status = Objects.requireNonNull(status, "status");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.focusN = focusN;
        this.referenceN = Objects.requireNonNull(referenceN, "referenceN");
    }

    /**
     * Gets the observation.
     *
     * @return the observation, not null
     * @since 0.1.0
     */
    public Observation getObservation() {
        return observation;
    }

    /**
     * Gets the metric status.
     *
     * @return the status, not null
     * @since 0.1.0
     */
    @Override
    public MetricStatus getStatus() {
        return status;
    }

    /**
     * Gets the reason for the metric status in plain English ("OK" when there is nothing to say).
     *
     * @return the reason, not null
     * @since 0.1.0
     */
    @Override
    public String getReason() {
        return reason;
    }

    /**
     * Gets the number of people in the group the value is about: the focus group (or, with no focus group, the
     * population) restricted to those with the data the measure needs; the disadvantaged pupils for a gap index; the
     * people counted for a count or a disclosure rate.
     *
     * @return the count, not negative
     * @since 0.1.0
     */
    public long getFocusN() {
        return focusN;
    }

    /**
     * Gets the number of people the focus group is compared with or is a share of: the reference group of a gap (the
     * whole population for {@code WHOLE_POPULATION}), the other pupils of a gap index, or the population of a
     * representation share.
     *
     * @return the count, empty when there is no such group (a rate, a count, a benchmark comparison), not null
     * @since 0.1.0
     */
    public OptionalLong getReferenceN() {
        return referenceN;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Evaluation e && observation.equals(e.observation) && status == e.status
                && reason.equals(e.reason) && focusN == e.focusN && referenceN.equals(e.referenceN);
    }

    @Override
    public int hashCode() {
        return Objects.hash(observation, status, reason, focusN, referenceN);
    }

    @Override
    public String toString() {
        return "Evaluation[" + observation + ", status=" + status + ", reason=" + reason + ", focusN=" + focusN
                + (referenceN.isPresent() ? ", referenceN=" + referenceN.getAsLong() : "") + "]";
    }
}
