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
     * Gets the due date as the plan states it, when it states it less precisely than a day; {@link #getDate()} then
     * holds the day it resolves to.
     *
     * @return the stated date, coarser than a day, empty if the plan states a day, not null
     * @since 0.2.0
     */
    public abstract Optional<PlanDate> getDateAsStated();

    /**
     * Gets the due date as the plan states it, whether a day or less precise.
     *
     * @return the stated date, not null
     * @since 0.2.0
     */
    public PlanDate dateAsStated() {
        return getDateAsStated().orElseGet(() -> PlanDate.of(getDate()));
    }

    /**
     * Obtains a time frame due by a stated date, resolved to a day: the date's last day, or for the end of the plan
     * the period's end.
     *
     * @param stated  the date as the plan states it, not null
     * @param resolved  the day it resolves to, not null
     * @return the time frame, not null
     * @throws org.equalityduty.core.InvalidValueException if the day is not the stated date's last day
     * @since 0.2.0
     */
    public static DueBy of(PlanDate stated, LocalDate resolved) {
        DueBy due = ImmutableDueBy.of(resolved);
        return stated.isDay() ? check(due, stated)
                : ImmutableDueBy.builder().date(resolved).dateAsStated(stated).build();
    }

    private static DueBy check(DueBy due, PlanDate stated) {
        if (!stated.first().orElseThrow().equals(due.getDate())) {
            throw new org.equalityduty.core.InvalidValueException("date must be " + stated + ", not " + due.getDate());
        }
        return due;
    }

    @Value.Check
    void checkStated() {
        StatedDates.check("date", Optional.of(getDate()), getDateAsStated(), false);
    }

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
        return "by " + getDateAsStated().map(d -> d + " (" + getDate() + ")").orElse(getDate().toString());
    }
}
