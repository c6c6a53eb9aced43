package org.equalityduty.paygap;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;

/**
 * An employee's weekly working hours in the relevant pay period (SI 2017/172 reg 7; SI 2017/353 Sch 1 para 7):
 * the normal weekly hours under the contract, or, where the hours vary, the average over the 12 complete weeks
 * ending with the last complete week of the pay period.
 *
 * <p>Weeks in which no ordinary pay was payable are not counted: the regulations replace them with earlier weeks,
 * so the 12 weeks given to {@link #averageOf(List)} are the ones that count, each with hours greater than 0.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class WeeklyHours {
    /**
     * The number of weeks averaged where hours vary.
     *
     * @since 0.2.0
     */
    public static final int WEEKS_AVERAGED = 12;

    private final BigDecimal hours;

    private WeeklyHours(BigDecimal hours) {
        this.hours = hours;
    }

    /**
     * Obtains contracted weekly hours.
     *
     * @param hours  the hours a week, greater than 0, not null
     * @return the weekly hours, not null
     * @throws org.equalityduty.core.InvalidValueException if the hours are 0 or less
     * @since 0.2.0
     */
    public static WeeklyHours of(BigDecimal hours) {
        return new WeeklyHours(Checks.positive(hours, "weeklyHours"));
    }

    /**
     * Obtains contracted weekly hours from their decimal text.
     *
     * @param hours  the hours a week as a decimal string, for example {@code "37.5"}, not null
     * @return the weekly hours, not null
     * @throws org.equalityduty.core.InvalidValueException if the text is not a number greater than 0
     * @since 0.2.0
     */
    public static WeeklyHours of(String hours) {
        return of(Decimals.parse(hours, "weeklyHours"));
    }

    /**
     * Obtains the average weekly hours over 12 weeks, for an employee whose hours vary (reg 7(2)).
     *
     * <p>The average is the sum divided by 12, kept to 34 significant digits ({@link MathContext#DECIMAL128}).
     *
     * @param weeks  the hours worked in each of the 12 weeks, each greater than 0, not null
     * @return the average weekly hours, not null
     * @throws org.equalityduty.core.InvalidValueException if there are not 12 weeks or a week's hours are 0 or less
     * @since 0.2.0
     */
    public static WeeklyHours averageOf(List<BigDecimal> weeks) {
        Checks.notNull(weeks, "weeks");
        if (weeks.size() != WEEKS_AVERAGED) {
            throw Checks.invalid("weeks", weeks.size() + " weeks", "the hours of 12 weeks (reg 7(2))");
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < weeks.size(); i++) {
            BigDecimal w = weeks.get(i);
            if (w == null || w.signum() <= 0) {
                throw Checks.invalid("weeks[" + i + "]", w == null ? "null" : w.toPlainString(),
                        "greater than 0 (a week with no ordinary pay is replaced by an earlier week)");
            }
            sum = sum.add(w);
        }
        return new WeeklyHours(sum.divide(BigDecimal.valueOf(WEEKS_AVERAGED), MathContext.DECIMAL128));
    }

    /**
     * Gets the weekly hours.
     *
     * @return the hours a week, greater than 0, not null
     * @since 0.2.0
     */
    public BigDecimal getHours() {
        return hours;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WeeklyHours other && hours.compareTo(other.hours) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(hours.stripTrailingZeros());
    }

    @Override
    public String toString() {
        return hours.toPlainString() + " hours a week";
    }
}
