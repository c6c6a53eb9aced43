package org.equalityduty.core.assessment.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Period;
import org.junit.jupiter.api.Test;

/** Numbers and periods as messages write them, worked by hand. */
class ReportsTest {
    @Test
    void numbersArePlainWithoutTrailingZeros() {
        assertEquals("20", Reports.number(new BigDecimal("20.00")));
        assertEquals("100", Reports.number(new BigDecimal("1E+2")));
        assertEquals("0.5", Reports.number(new BigDecimal("0.50")));
        assertEquals("-5", Reports.number(new BigDecimal("-5")));
    }

    @Test
    void periodsNameEachNonZeroUnit() {
        assertEquals("4 years", Reports.period(Period.ofYears(4)));
        assertEquals("1 year 1 month 1 day", Reports.period(Period.of(1, 1, 1)));
        assertEquals("2 years 3 days", Reports.period(Period.of(2, 0, 3)));
        assertEquals("12 months", Reports.period(Period.ofMonths(12)));
        assertEquals("10 days", Reports.period(Period.ofDays(10)));
        assertEquals("0 days", Reports.period(Period.ZERO));
    }
}
