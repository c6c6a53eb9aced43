package org.equalityduty.core.plan;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.equalityduty.core.InvalidValueException;
import org.equalityduty.core.internal.Periods;
import org.equalityduty.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * A time frame stated as a duration from the start of the plan, such as "3 months".
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
public abstract non-sealed class WithinDuration implements TimeFrame {

    WithinDuration() {
    }

    /**
     * Gets the duration from the start of the plan.
     *
     * @return the positive duration, not null
     * @since 0.1.0
     */
    @Value.Parameter
    public abstract Period getDuration();

    /**
     * Obtains an instance.
     *
     * @param duration  the positive duration, not null
     * @return the time frame, not null
     * @throws InvalidValueException if the duration is not positive
     * @since 0.1.0
     */
    public static WithinDuration of(Period duration) {
        return ImmutableWithinDuration.of(duration);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.within(this);
    }

    @Override
    public Optional<LocalDate> dueDate(LocalDate planStart) {
        return Optional.of(planStart.plus(getDuration()));
    }

    @Override
    public Optional<Period> reviewInterval() {
        return Optional.empty();
    }

    @Value.Check
    void check() {
        Periods.requirePositive("duration", getDuration());
    }

    @Override
    public String toString() {
        return "within " + getDuration();
    }
}
