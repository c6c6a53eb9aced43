package org.equalityduty.core.plan;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.equalityduty.core.duty.Recurrence;
import org.equalityduty.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * Work that recurs, such as termly or annually.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
public abstract non-sealed class Recurring implements TimeFrame {

    Recurring() {
    }

    /**
     * Gets how often the work happens.
     *
     * @return the recurrence, not null
     * @since 0.1.0
     */
    @Value.Parameter
    public abstract Recurrence getEvery();

    /**
     * Obtains an instance.
     *
     * @param every  the recurrence, not null
     * @return the time frame, not null
     * @since 0.1.0
     */
    public static Recurring of(Recurrence every) {
        return ImmutableRecurring.of(every);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.recurring(this);
    }

    @Override
    public Optional<LocalDate> dueDate(LocalDate planStart) {
        return Optional.empty();
    }

    @Override
    public Optional<Period> reviewInterval() {
        return Optional.of(getEvery().getMaximumInterval());
    }

    @Override
    public String toString() {
        return getEvery().getCode();
    }
}
