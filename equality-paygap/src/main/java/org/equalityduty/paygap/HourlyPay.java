package org.equalityduty.paygap;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * How a full-pay relevant employee's hourly rate of pay is known: either given as a rate, or derived from the pay
 * of the relevant pay period (SI 2017/172 reg 6; SI 2017/353 Sch 1 para 6).
 *
 * <p>This is a closed family: {@link Rate} and {@link PeriodPay}. Both are immutable and thread-safe.
 *
 * @since 0.2.0
 */
public sealed interface HourlyPay permits HourlyPay.Rate, HourlyPay.PeriodPay {

    /**
     * Gets the hourly rate of pay.
     *
     * @return the hourly rate, greater than 0, not null
     * @since 0.2.0
     */
    BigDecimal getHourlyRate();

    /**
     * Obtains a given hourly rate.
     *
     * @param rate  the hourly rate, greater than 0, not null
     * @return the hourly pay, not null
     * @throws org.equalityduty.core.InvalidValueException if the rate is 0 or less
     * @since 0.2.0
     */
    static HourlyPay rate(BigDecimal rate) {
        return new Rate(Checks.positive(rate, "hourlyPay"));
    }

    /**
     * Obtains a given hourly rate from its decimal text.
     *
     * @param rate  the hourly rate, for example {@code "12.45"}, not null
     * @return the hourly pay, not null
     * @throws org.equalityduty.core.InvalidValueException if the text is not a number greater than 0
     * @since 0.2.0
     */
    static HourlyPay rate(String rate) {
        return rate(Decimals.parse(rate, "hourlyPay"));
    }

    /**
     * Obtains the hourly pay derived from the relevant pay period: (ordinary pay + bonus pay in the period) x 7 /
     * days in the period / weekly working hours (reg 6(1)).
     *
     * @param ordinaryPay  the ordinary pay for the period, before deductions, greater than 0, not null
     * @param bonusInPeriod  the bonus pay falling in the period, already pro-rated to it where paid for a longer
     *        period (reg 6(1)(b)), 0 or more, not null
     * @param periodDays  the length of the pay period in days, greater than 0
     * @param weeklyHours  the weekly working hours, not null
     * @return the hourly pay, not null
     * @throws org.equalityduty.core.InvalidValueException if the pay is 0 or less, the bonus negative or the period
     *         has no days
     * @since 0.2.0
     */
    static HourlyPay fromPeriod(BigDecimal ordinaryPay, BigDecimal bonusInPeriod, int periodDays,
            WeeklyHours weeklyHours) {
        return new PeriodPay(ordinaryPay, bonusInPeriod, periodDays, weeklyHours);
    }

    /**
     * A given hourly rate.
     *
     * @since 0.2.0
     */
    final class Rate implements HourlyPay {
        private final BigDecimal rate;

        private Rate(BigDecimal rate) {
            this.rate = rate;
        }

        @Override
        public BigDecimal getHourlyRate() {
            return rate;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Rate other && rate.compareTo(other.rate) == 0;
        }

        @Override
        public int hashCode() {
            return rate.stripTrailingZeros().hashCode();
        }

        @Override
        public String toString() {
            return rate.toPlainString() + " an hour";
        }
    }

    /**
     * Pay for the relevant pay period, with the period's length and the weekly hours.
     *
     * @since 0.2.0
     */
    final class PeriodPay implements HourlyPay {
        private static final BigDecimal SEVEN = BigDecimal.valueOf(7);
        private final BigDecimal ordinaryPay;
        private final BigDecimal bonusInPeriod;
        private final int periodDays;
        private final WeeklyHours weeklyHours;
        private final BigDecimal hourlyRate;

        private PeriodPay(BigDecimal ordinaryPay, BigDecimal bonusInPeriod, int periodDays, WeeklyHours weeklyHours) {
            this.ordinaryPay = Checks.positive(ordinaryPay, "ordinaryPay");
            this.bonusInPeriod = Checks.notNegative(bonusInPeriod, "bonusInPeriod");
            if (periodDays <= 0) {
                throw Checks.invalid("periodDays", periodDays, "at least 1 (the days in the pay period)");
            }
            this.periodDays = periodDays;
            this.weeklyHours = Checks.notNull(weeklyHours, "weeklyHours");
            // (A + B) x 7 / days / hours: exact numerator, one division of the product of the divisors.
            BigDecimal weekly = ordinaryPay.add(bonusInPeriod).multiply(SEVEN);
            this.hourlyRate = weekly.divide(BigDecimal.valueOf(periodDays).multiply(weeklyHours.getHours()),
                    MathContext.DECIMAL128);
        }

        /**
         * Gets the ordinary pay for the period.
         *
         * @return the ordinary pay, not null
         * @since 0.2.0
         */
        public BigDecimal getOrdinaryPay() {
            return ordinaryPay;
        }

        /**
         * Gets the bonus pay falling in the period.
         *
         * @return the bonus pay in the period, 0 or more, not null
         * @since 0.2.0
         */
        public BigDecimal getBonusInPeriod() {
            return bonusInPeriod;
        }

        /**
         * Gets the length of the pay period.
         *
         * @return the days, at least 1
         * @since 0.2.0
         */
        public int getPeriodDays() {
            return periodDays;
        }

        /**
         * Gets the weekly working hours.
         *
         * @return the weekly hours, not null
         * @since 0.2.0
         */
        public WeeklyHours getWeeklyHours() {
            return weeklyHours;
        }

        /**
         * Gets the hourly rate: (ordinary pay + bonus in period) x 7 / (days x weekly hours), to 34 significant
         * digits.
         *
         * @return the hourly rate, greater than 0, not null
         */
        @Override
        public BigDecimal getHourlyRate() {
            return hourlyRate;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof PeriodPay p && ordinaryPay.compareTo(p.ordinaryPay) == 0
                    && bonusInPeriod.compareTo(p.bonusInPeriod) == 0 && periodDays == p.periodDays
                    && weeklyHours.equals(p.weeklyHours);
        }

        @Override
        public int hashCode() {
            return Objects.hash(ordinaryPay.stripTrailingZeros(), bonusInPeriod.stripTrailingZeros(), periodDays,
                    weeklyHours);
        }

        @Override
        public String toString() {
            return "(" + ordinaryPay.toPlainString() + " + " + bonusInPeriod.toPlainString() + ") x 7 / "
                    + periodDays + " days / " + weeklyHours;
        }
    }
}
