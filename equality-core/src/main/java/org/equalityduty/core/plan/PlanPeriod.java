package org.equalityduty.core.plan;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import org.equalityduty.core.InvalidValueException;
import org.equalityduty.core.internal.Strings;
import org.equalityduty.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * The period a plan covers, from a start date to an end date, both inclusive.
 *
 * <p>Plans are often stated in years only ("2023-2026"); {@link #ofYears(int, int)} reads that as whole calendar
 * years, 1 January of the first to 31 December of the last, and {@link #of(PlanDate, PlanDate)} keeps bounds
 * stated less precisely than a day (academic years such as 2024/25, months, terms) with the days they resolve to:
 * the first day of the start, the last day of the end. The string form {@code 2023-01-01/2026-12-31}
 * is read back by {@link #parse(CharSequence)}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
public abstract class PlanPeriod {

    PlanPeriod() {
    }

    /**
     * Gets the first day of the period.
     *
     * @return the start date, not null
     * @since 0.1.0
     */
    @Value.Parameter
    public abstract LocalDate getStart();

    /**
     * Gets the last day of the period (inclusive).
     *
     * @return the end date, not null
     * @since 0.1.0
     */
    @Value.Parameter
    public abstract LocalDate getEnd();

    /**
     * Gets the start as the plan states it, when it states it less precisely than a day.
     *
     * @return the stated start, coarser than a day, whose first day is {@link #getStart()}; empty if the plan
     *         states a day, not null
     * @since 0.2.0
     */
    public abstract Optional<PlanDate> getStartAsStated();

    /**
     * Gets the end as the plan states it, when it states it less precisely than a day.
     *
     * @return the stated end, coarser than a day, whose last day is {@link #getEnd()}; empty if the plan states a
     *         day, not null
     * @since 0.2.0
     */
    public abstract Optional<PlanDate> getEndAsStated();

    /**
     * Obtains a period from its bounds as the plan states them, such as 2024/25 to 2027/28.
     *
     * @param start  the start as stated, not the end of the plan, not null
     * @param end  the end as stated, not the end of the plan, not null
     * @return the period from the first day of the start to the last day of the end, not null
     * @throws InvalidValueException if a bound is the end of the plan, or the end is before the start
     * @since 0.2.0
     */
    public static PlanPeriod of(PlanDate start, PlanDate end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (start.getPrecision() == PlanDate.Precision.END_OF_PLAN
                || end.getPrecision() == PlanDate.Precision.END_OF_PLAN) {
            throw new InvalidValueException("a period's start and end must be dates, not end_of_plan");
        }
        return ImmutablePlanPeriod.builder().start(start.first().orElseThrow()).end(end.last().orElseThrow())
                .startAsStated(start.isDay() ? Optional.empty() : Optional.of(start))
                .endAsStated(end.isDay() ? Optional.empty() : Optional.of(end))
                .build();
    }

    /**
     * Gets the start as the plan states it, whether a day or less precise.
     *
     * @return the stated start, not null
     * @since 0.2.0
     */
    public PlanDate startAsStated() {
        return getStartAsStated().orElseGet(() -> PlanDate.of(getStart()));
    }

    /**
     * Gets the end as the plan states it, whether a day or less precise.
     *
     * @return the stated end, not null
     * @since 0.2.0
     */
    public PlanDate endAsStated() {
        return getEndAsStated().orElseGet(() -> PlanDate.of(getEnd()));
    }

    /**
     * Obtains a period from its first and last day.
     *
     * @param start  the first day, not null
     * @param end  the last day, inclusive, not before start, not null
     * @return the period, not null
     * @throws InvalidValueException if end is before start
     * @since 0.1.0
     */
    public static PlanPeriod of(LocalDate start, LocalDate end) {
        return ImmutablePlanPeriod.of(start, end);
    }

    /**
     * Obtains a period of whole calendar years, as plans state them ("2023-2026").
     *
     * @param firstYear  the first year
     * @param lastYear  the last year, not before the first
     * @return the period from 1 January of the first year to 31 December of the last, not null
     * @throws InvalidValueException if the last year is before the first
     * @since 0.1.0
     */
    public static PlanPeriod ofYears(int firstYear, int lastYear) {
        return of(LocalDate.of(firstYear, 1, 1), LocalDate.of(lastYear, 12, 31));
    }

    /**
     * Obtains a period from its string form {@code start/end} in ISO-8601 dates.
     *
     * @param text  such as {@code 2023-01-01/2026-12-31}, not null
     * @return the period, not null
     * @throws InvalidValueException if the text cannot be parsed or end is before start
     * @since 0.1.0
     */
    public static PlanPeriod parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        int slash = s.indexOf('/');
        if (slash < 0) {
            throw new InvalidValueException("period '" + Strings.abbreviate(s) + "' must have the form start/end");
        }
        try {
            return of(LocalDate.parse(s.substring(0, slash)), LocalDate.parse(s.substring(slash + 1)));
        } catch (DateTimeParseException ex) {
            throw new InvalidValueException("period '" + Strings.abbreviate(s) + "' must use ISO-8601 dates (yyyy-mm-dd)");
        }
    }

    /**
     * Checks whether a date falls within the period, ends included.
     *
     * @param date  the date, not null
     * @return true if start &lt;= date &lt;= end
     * @since 0.1.0
     */
    public boolean contains(LocalDate date) {
        return !date.isBefore(getStart()) && !date.isAfter(getEnd());
    }

    /**
     * Gets the length of the period, counting the end day.
     *
     * @return the period from start to the day after end, not null
     * @since 0.1.0
     */
    public Period length() {
        return Period.between(getStart(), getEnd().plusDays(1));
    }

    @Value.Check
    void check() {
        if (getEnd().isBefore(getStart())) {
            throw new InvalidValueException("end " + getEnd() + " must not be before start " + getStart());
        }
        StatedDates.check("start", Optional.of(getStart()), getStartAsStated(), true);
        StatedDates.check("end", Optional.of(getEnd()), getEndAsStated(), false);
        if ((getStartAsStated().isPresent() && getStartAsStated().get().getPrecision() == PlanDate.Precision.END_OF_PLAN)
                || (getEndAsStated().isPresent()
                        && getEndAsStated().get().getPrecision() == PlanDate.Precision.END_OF_PLAN)) {
            throw new InvalidValueException("a period's start and end must be dates, not end_of_plan");
        }
    }

    /**
     * Gets the string form {@code start/end}.
     *
     * @return such as {@code 2023-01-01/2026-12-31}, not null
     * @since 0.1.0
     */
    @Override
    public String toString() {
        return getStart() + "/" + getEnd();
    }
}
