package org.equalityduty.core.plan;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.equalityduty.core.InvalidValueException;
import org.equalityduty.core.duty.Recurrence;

/**
 * When an action is to be done: within a duration of the plan's start ("3 months"), by a date, ongoing
 * (optionally with a review point), or recurring (termly, annually).
 *
 * <p>This is a closed family; {@link #accept(Visitor)} dispatches on its four kinds.
 *
 * <p>Implementations are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface TimeFrame permits WithinDuration, DueBy, Ongoing, Recurring {

    /**
     * Dispatches on the kind of time frame.
     *
     * @param <R> the result type
     * @param visitor  the visitor, not null
     * @return the visitor's result
     * @since 0.1.0
     */
    <R> R accept(Visitor<R> visitor);

    /**
     * Handles each kind of {@link TimeFrame}.
     *
     * @param <R> the result type
     * @since 0.1.0
     */
    interface Visitor<R> {
        /**
         * Handles a duration from the plan's start.
         *
         * @param timeFrame  the time frame, not null
         * @return the result
         * @since 0.1.0
         */
        R within(WithinDuration timeFrame);

        /**
         * Handles a due date.
         *
         * @param timeFrame  the time frame, not null
         * @return the result
         * @since 0.1.0
         */
        R dueBy(DueBy timeFrame);

        /**
         * Handles ongoing work.
         *
         * @param timeFrame  the time frame, not null
         * @return the result
         * @since 0.1.0
         */
        R ongoing(Ongoing timeFrame);

        /**
         * Handles recurring work.
         *
         * @param timeFrame  the time frame, not null
         * @return the result
         * @since 0.1.0
         */
        R recurring(Recurring timeFrame);
    }

    /**
     * Resolves the date by which the work is due.
     *
     * @param planStart  the first day of the plan period, not null
     * @return the due date, empty for ongoing and recurring work, not null
     * @since 0.1.0
     */
    Optional<LocalDate> dueDate(LocalDate planStart);

    /**
     * Gets the interval at which the work is reviewed or repeated.
     *
     * @return the interval, empty if the time frame sets none, not null
     * @since 0.1.0
     */
    Optional<Period> reviewInterval();

    /**
     * Obtains a time frame of a duration from the plan's start, such as "3 months".
     *
     * @param duration  the positive duration, not null
     * @return the time frame, not null
     * @throws InvalidValueException if the duration is not positive
     * @since 0.1.0
     */
    static WithinDuration within(Period duration) {
        return WithinDuration.of(duration);
    }

    /**
     * Obtains a time frame with a due date.
     *
     * @param date  the due date, not null
     * @return the time frame, not null
     * @since 0.1.0
     */
    static DueBy dueBy(LocalDate date) {
        return DueBy.of(date);
    }

    /**
     * Obtains an ongoing time frame with no review point, as plans often say ("Ongoing").
     *
     * @return the time frame, not null
     * @since 0.1.0
     */
    static Ongoing ongoing() {
        return Ongoing.builder().build();
    }

    /**
     * Obtains an ongoing time frame reviewed at the given recurrence.
     *
     * @param reviewEvery  how often the work is reviewed, not null
     * @return the time frame, not null
     * @since 0.1.0
     */
    static Ongoing ongoing(Recurrence reviewEvery) {
        return Ongoing.builder().reviewEvery(reviewEvery).build();
    }

    /**
     * Obtains a recurring time frame.
     *
     * @param every  how often the work happens, not null
     * @return the time frame, not null
     * @since 0.1.0
     */
    static Recurring recurring(Recurrence every) {
        return Recurring.of(every);
    }
}
