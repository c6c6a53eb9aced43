package org.equalityduty.core.plan;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.equalityduty.core.InvalidValueException;
import org.equalityduty.core.internal.Strings;
import org.jspecify.annotations.Nullable;

/**
 * A date as a plan states it: a day, a month, a calendar year, an academic year, a term, or "the end of the plan".
 *
 * <p>Plans rarely give days ("by July 2025", "2025/26", "summer term 2024"). A stated date keeps the precision the
 * plan used, and says which days it can mean: {@link #first()} and {@link #last()}. A deadline "by July 2025" is met
 * by 31 July 2025, so the library resolves an end, a deadline or an "as of" date to the last day and a start to the
 * first day. {@link #endOfPlan()} has no days of its own; it resolves to the plan period's end.
 *
 * <p>The string form, read back by {@link #parse(CharSequence)}, is the wire form of format version 2:
 * {@code 2025-07-18}, {@code 2025-07}, {@code 2025}, {@code 2025/26}, {@code autumn 2025}, {@code spring 2026},
 * {@code summer 2026}, {@code end_of_plan}. Years run from 1000 to 9999.
 *
 * <p>An academic year runs from 1 September to 31 August (docs/domain.md, section 3). Term dates are set locally;
 * a term here spans the days it can fall on in England: autumn 1 September to 31 December, spring 1 January to
 * 30 April and summer 1 April to 31 July (spring ends and summer starts at Easter, between 22 March and 25 April).
 * A term is named with the calendar year it falls in: {@code spring 2026} is in academic year 2025/26.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class PlanDate {
    /**
     * The text of end of plan.
     *
     * @since 0.2.0
     */
    public static final String END_OF_PLAN = "end_of_plan";

    private static final Pattern DAY = Pattern.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})");
    private static final Pattern MONTH = Pattern.compile("([0-9]{4})-([0-9]{2})");
    private static final Pattern YEAR = Pattern.compile("([0-9]{4})");
    private static final Pattern ACADEMIC_YEAR = Pattern.compile("([0-9]{4})/([0-9]{2})");
    private static final Pattern TERM = Pattern.compile("(autumn|spring|summer) ([0-9]{4})");
    private static final int MIN_YEAR = 1000;
    private static final int MAX_YEAR = 9999;

    private final Precision precision;
    private final @Nullable LocalDate first;
    private final @Nullable LocalDate last;
    private final String text;

    /**
     * How precisely a date is stated.
     *
     * <p>This enum is immutable and thread-safe.
     *
     * @since 0.2.0
     */
    public enum Precision {
        /**
         * A day, such as 2025-07-18.
         *
         * @since 0.2.0
         */
        DAY,
        /**
         * A month, such as July 2025.
         *
         * @since 0.2.0
         */
        MONTH,
        /**
         * A calendar year, 1 January to 31 December.
         *
         * @since 0.2.0
         */
        YEAR,
        /**
         * An academic year, 1 September to 31 August, such as 2025/26.
         *
         * @since 0.2.0
         */
        ACADEMIC_YEAR,
        /**
         * A school term: autumn, spring or summer.
         *
         * @since 0.2.0
         */
        TERM,
        /**
         * The end of the plan's period, whatever it is.
         *
         * @since 0.2.0
         */
        END_OF_PLAN
    }

    /**
     * A school term.
     *
     * <p>This enum is immutable and thread-safe.
     *
     * @since 0.2.0
     */
    public enum Term {
        /**
         * The autumn term, September to December.
         *
         * @since 0.2.0
         */
        AUTUMN,
        /**
         * The spring term, January to Easter (at the latest, April).
         *
         * @since 0.2.0
         */
        SPRING,
        /**
         * The summer term, Easter (at the earliest, April) to July.
         *
         * @since 0.2.0
         */
        SUMMER
    }

    private PlanDate(Precision precision, @Nullable LocalDate first, @Nullable LocalDate last, String text) {
        this.precision = precision;
        this.first = first;
        this.last = last;
        this.text = text;
    }

    /**
     * Obtains a date stated as a day.
     *
     * @param day  the day, not null
     * @return the date, not null
     * @throws InvalidValueException if the year is outside 1000 to 9999
     * @since 0.2.0
     */
    public static PlanDate of(LocalDate day) {
        Objects.requireNonNull(day, "day");
        checkYear(day.getYear());
        return new PlanDate(Precision.DAY, day, day, day.toString());
    }

    /**
     * Obtains a date stated as a month, such as "July 2025".
     *
     * @param month  the month, not null
     * @return the date, not null
     * @throws InvalidValueException if the year is outside 1000 to 9999
     * @since 0.2.0
     */
    public static PlanDate month(YearMonth month) {
        Objects.requireNonNull(month, "month");
        checkYear(month.getYear());
        return new PlanDate(Precision.MONTH, month.atDay(1), month.atEndOfMonth(), month.toString());
    }

    /**
     * Obtains a date stated as a calendar year.
     *
     * @param year  the year, 1000 to 9999
     * @return the date, not null
     * @throws InvalidValueException if the year is outside 1000 to 9999
     * @since 0.2.0
     */
    public static PlanDate year(int year) {
        checkYear(year);
        return new PlanDate(Precision.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                Integer.toString(year));
    }

    /**
     * Obtains an academic year, from 1 September of its first year to 31 August of the next.
     *
     * @param firstYear  the calendar year it starts in: 2025 for 2025/26; 1000 to 9998
     * @return the date, not null
     * @throws InvalidValueException if the year is out of range
     * @since 0.2.0
     */
    public static PlanDate academicYear(int firstYear) {
        checkYear(firstYear);
        checkYear(firstYear + 1);
        String second = String.format(java.util.Locale.ROOT, "%02d", (firstYear + 1) % 100);
        return new PlanDate(Precision.ACADEMIC_YEAR, LocalDate.of(firstYear, 9, 1), LocalDate.of(firstYear + 1, 8, 31),
                firstYear + "/" + second);
    }

    /**
     * Obtains a term, named with the calendar year it falls in.
     *
     * @param term  the term, not null
     * @param year  the calendar year: {@code spring 2026} is in academic year 2025/26; 1000 to 9999
     * @return the date, not null
     * @throws InvalidValueException if the year is out of range
     * @since 0.2.0
     */
    public static PlanDate term(Term term, int year) {
        Objects.requireNonNull(term, "term");
        checkYear(year);
        LocalDate from;
        LocalDate to;
        switch (term) {
            case AUTUMN:
                from = LocalDate.of(year, Month.SEPTEMBER, 1);
                to = LocalDate.of(year, Month.DECEMBER, 31);
                break;
            case SPRING:
                from = LocalDate.of(year, Month.JANUARY, 1);
                to = LocalDate.of(year, Month.APRIL, 30);
                break;
            default:
                from = LocalDate.of(year, Month.APRIL, 1);
                to = LocalDate.of(year, Month.JULY, 31);
                break;
        }
        return new PlanDate(Precision.TERM, from, to, term.name().toLowerCase(java.util.Locale.ROOT) + " " + year);
    }

    /**
     * Obtains "the end of the plan": the last day of the plan's period, whatever it is.
     *
     * @return the date, not null
     * @since 0.2.0
     */
    public static PlanDate endOfPlan() {
        return new PlanDate(Precision.END_OF_PLAN, null, null, END_OF_PLAN);
    }

    /**
     * Obtains a stated date from its string form.
     *
     * @param text  such as {@code 2025-07}, {@code 2025/26} or {@code summer 2026}, not null
     * @return the date, not null
     * @throws InvalidValueException if the text is not a stated date
     * @since 0.2.0
     */
    public static PlanDate parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        if (s.equals(END_OF_PLAN)) {
            return endOfPlan();
        }
        try {
            Matcher m = DAY.matcher(s);
            if (m.matches()) {
                return of(LocalDate.parse(s));
            }
            m = MONTH.matcher(s);
            if (m.matches()) {
                return month(YearMonth.parse(s));
            }
            m = YEAR.matcher(s);
            if (m.matches()) {
                return year(Integer.parseInt(s));
            }
            m = ACADEMIC_YEAR.matcher(s);
            if (m.matches()) {
                int firstYear = Integer.parseInt(m.group(1));
                if (Integer.parseInt(m.group(2)) != (firstYear + 1) % 100) {
                    throw new InvalidValueException("academic year '" + s + "' must end in the year after it starts, as "
                            + firstYear + "/" + String.format(java.util.Locale.ROOT, "%02d", (firstYear + 1) % 100)
                            + " does");
                }
                return academicYear(firstYear);
            }
            m = TERM.matcher(s);
            if (m.matches()) {
                return term(Term.valueOf(m.group(1).toUpperCase(java.util.Locale.ROOT)), Integer.parseInt(m.group(2)));
            }
        } catch (DateTimeParseException ex) {
            throw new InvalidValueException("'" + s + "' is not a date in the calendar");
        }
        throw new InvalidValueException("'" + Strings.abbreviate(s) + "' must be a date as a plan states it: "
                + "2025-07-18, 2025-07, 2025, 2025/26, autumn 2025, spring 2026, summer 2026 or end_of_plan");
    }

    private static void checkYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new InvalidValueException("year " + year + " must be from " + MIN_YEAR + " to " + MAX_YEAR);
        }
    }

    /**
     * Gets how precisely the date is stated.
     *
     * @return the precision, not null
     * @since 0.2.0
     */
    public Precision getPrecision() {
        return precision;
    }

    /**
     * Checks whether the date is a day.
     *
     * @return true for {@link Precision#DAY}
     * @since 0.2.0
     */
    public boolean isDay() {
        return precision == Precision.DAY;
    }

    /**
     * Gets the first day the date can mean.
     *
     * @return the day, empty for the end of the plan, not null
     * @since 0.2.0
     */
    public Optional<LocalDate> first() {
        return Optional.ofNullable(first);
    }

    /**
     * Gets the last day the date can mean: the day by which something stated "by" this date is due.
     *
     * @return the day, empty for the end of the plan, not null
     * @since 0.2.0
     */
    public Optional<LocalDate> last() {
        return Optional.ofNullable(last);
    }

    /**
     * Resolves the date as an end, a deadline or an "as of" date: its last day, or for the end of the plan the
     * period's end.
     *
     * @param periodEnd  the last day of the plan's period, empty if the plan states none, not null
     * @return the day, empty for the end of a plan that states no end, not null
     * @since 0.2.0
     */
    public Optional<LocalDate> resolveLast(Optional<LocalDate> periodEnd) {
        Objects.requireNonNull(periodEnd, "periodEnd");
        return precision == Precision.END_OF_PLAN ? periodEnd : last();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof PlanDate d && d.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /**
     * Gets the string form, the wire form of format version 2.
     *
     * @return such as {@code 2025/26} or {@code summer 2026}, not null
     * @since 0.2.0
     */
    @Override
    public String toString() {
        return text;
    }
}
