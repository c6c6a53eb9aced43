package org.equalityduty.paygap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.util.List;
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

    /**
     * Period pay is equal by its four inputs, compared as numbers (2000 and 2000.00 are the same pay), and differs when
     * any one of them differs, even where the hourly rate is the same: 2,000 over 30 days and 35 hours and 4,000 over
     * 60 days and 35 hours both give 2,000 x 7 / 1,050 = 13.333... an hour, but they are different pay periods.
     */
    @Test
    void periodPayIsEqualByItsInputs() {
        HourlyPay p = HourlyPay.fromPeriod(new BigDecimal("2000"), new BigDecimal("100"), 30, WeeklyHours.of("35"));
        HourlyPay same = HourlyPay.fromPeriod(new BigDecimal("2000.00"), new BigDecimal("100.0"), 30,
                WeeklyHours.of("35.0"));
        assertEquals(p, same);
        assertEquals(p.hashCode(), same.hashCode());
        assertNotEquals(p, HourlyPay.fromPeriod(new BigDecimal("2001"), new BigDecimal("100"), 30,
                WeeklyHours.of("35")));
        assertNotEquals(p, HourlyPay.fromPeriod(new BigDecimal("2000"), new BigDecimal("101"), 30,
                WeeklyHours.of("35")));
        assertNotEquals(p, HourlyPay.fromPeriod(new BigDecimal("2000"), new BigDecimal("100"), 31,
                WeeklyHours.of("35")));
        assertNotEquals(p, HourlyPay.fromPeriod(new BigDecimal("2000"), new BigDecimal("100"), 30,
                WeeklyHours.of("36")));
        HourlyPay doubled = HourlyPay.fromPeriod(new BigDecimal("4000"), new BigDecimal("200"), 60,
                WeeklyHours.of("35"));
        assertEquals(0, p.getHourlyRate().compareTo(doubled.getHourlyRate()));
        assertNotEquals(p, doubled);
        // A given rate of the same amount is another kind of hourly pay: 2,100 x 7 / (30 x 35) = 14 an hour.
        assertEquals(0, new BigDecimal("14").compareTo(p.getHourlyRate()));
        assertNotEquals(p, HourlyPay.rate("14"));
        assertNotEquals(HourlyPay.rate("14"), p);
        assertEquals("(2000 + 100) x 7 / 30 days / 35 hours a week", p.toString());
    }

    /** A period of one day is the shortest accepted: 140 x 7 / (1 x 35) = 28 an hour, by hand. */
    @Test
    void aOneDayPeriod() {
        HourlyPay p = HourlyPay.fromPeriod(new BigDecimal("140"), BigDecimal.ZERO, 1, WeeklyHours.of("35"));
        assertEquals(0, new BigDecimal("28").compareTo(p.getHourlyRate()));
    }

    /** Equality and hash codes of both kinds (hash codes of unequal values not all alike). */
    @Test
    void valueSemantics() {
        ValueSemantics.assertValueSemantics(HourlyPay.rate("12.5"), HourlyPay.rate("12.50"),
                List.of(HourlyPay.rate("12.51"), HourlyPay.rate("13")));
        ValueSemantics.assertValueSemantics(
                HourlyPay.fromPeriod(new BigDecimal("2000"), BigDecimal.ZERO, 30, WeeklyHours.of("35")),
                HourlyPay.fromPeriod(new BigDecimal("2000.0"), BigDecimal.ZERO, 30, WeeklyHours.of("35")),
                List.of(HourlyPay.fromPeriod(new BigDecimal("2001"), BigDecimal.ZERO, 30, WeeklyHours.of("35")),
                        HourlyPay.fromPeriod(new BigDecimal("2000"), BigDecimal.ONE, 30, WeeklyHours.of("35")),
                        HourlyPay.fromPeriod(new BigDecimal("2000"), BigDecimal.ZERO, 31, WeeklyHours.of("35")),
                        HourlyPay.fromPeriod(new BigDecimal("2000"), BigDecimal.ZERO, 30, WeeklyHours.of("36"))));
    }
}
