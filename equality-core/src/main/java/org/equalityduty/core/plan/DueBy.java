package org.equalityduty.core.plan;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.equalityduty.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * A time frame stated as a due date.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
public abstract non-sealed class DueBy implements TimeFrame {

    DueBy() {
    }

    /**
     * Gets the due date.
     *
     * @return the date, not null
     * @since 0.1.0
     */
    @Value.Parameter
    public abstract LocalDate getDate();

    /**
     * Obtains an instance.
     *
     * @param date  the due date, not null
     * @return the time frame, not null
     * @since 0.1.0
     */
    public static DueBy of(LocalDate date) {
        return ImmutableDueBy.of(date);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.dueBy(this);
    }

    @Override
    public Optional<LocalDate> dueDate(LocalDate planStart) {
        return Optional.of(getDate());
    }

    @Override
    public Optional<Period> reviewInterval() {
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "by " + getDate();
    }
}
