package org.equalityduty.core.plan;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.equalityduty.core.duty.Recurrence;
import org.equalityduty.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * Ongoing work, optionally with a review point. Plans often say only "Ongoing", which is not time-bound.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
public abstract non-sealed class Ongoing implements TimeFrame {

    Ongoing() {
    }

    /**
     * Gets how often the work is reviewed.
     *
     * @return the recurrence, empty if the plan sets no review point, not null
     * @since 0.1.0
     */
    public abstract Optional<Recurrence> getReviewEvery();

    /**
     * Creates a builder.
     *
     * @return a new builder, not null
     * @since 0.1.0
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link Ongoing} instances.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ImmutableOngoing.Builder {
        Builder() {
        }
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.ongoing(this);
    }

    @Override
    public Optional<LocalDate> dueDate(LocalDate planStart) {
        return Optional.empty();
    }

    @Override
    public Optional<Period> reviewInterval() {
        return getReviewEvery().map(Recurrence::getMaximumInterval);
    }

    @Override
    public String toString() {
        return getReviewEvery().map(r -> "ongoing, reviewed " + r.getCode()).orElse("ongoing");
    }
}
