package org.equalityduty.paygap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Reg 6: (ordinary pay + bonus in the period) x 7 / days / weekly hours; checked by hand. */
class HourlyPayTest {
    @Test
    void fromThePeriod() {
        // Weekly paid: 700 for a 7-day period, 35 hours: 700 x 7 / 7 / 35 = 20.
        HourlyPay weekly = HourlyPay.fromPeriod(new BigDecimal("700"), BigDecimal.ZERO, 7, WeeklyHours.of("35"));
        assertEquals(0, new BigDecimal("20").compareTo(weekly.getHourlyRate()));
        // Monthly: 2,000 + 100 bonus for 31 days, 37 hours: 14,700 / 1,147 = 12.81604184829991281604184829991282
        // (to 34 significant digits).
        HourlyPay monthly = HourlyPay.fromPeriod(new BigDecimal("2000"), new BigDecimal("100"), 31,
                WeeklyHours.of("37"));
        assertEquals("12.81604184829991281604184829991282", monthly.getHourlyRate().toPlainString());
        HourlyPay.PeriodPay p = assertInstanceOf(HourlyPay.PeriodPay.class, monthly);
        assertEquals(31, p.getPeriodDays());
        assertEquals(new BigDecimal("100"), p.getBonusInPeriod());
        assertEquals(new BigDecimal("2000"), p.getOrdinaryPay());
        assertEquals(WeeklyHours.of("37"), p.getWeeklyHours());
    }

    @Test
    void givenRate() {
        assertEquals(HourlyPay.rate("12.5"), HourlyPay.rate(new BigDecimal("12.50")));
        assertEquals("12.5 an hour", HourlyPay.rate("12.5").toString());
        assertEquals(HourlyPay.rate("12.5").hashCode(), HourlyPay.rate("12.500").hashCode());
    }
}
