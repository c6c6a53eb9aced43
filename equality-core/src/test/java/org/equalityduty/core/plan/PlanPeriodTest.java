package org.equalityduty.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import org.equalityduty.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class PlanPeriodTest {

    @Test
    void yearsAreWholeCalendarYears() {
        PlanPeriod p = PlanPeriod.ofYears(2023, 2026);
        assertEquals(LocalDate.of(2023, 1, 1), p.getStart());
        assertEquals(LocalDate.of(2026, 12, 31), p.getEnd());
        assertEquals(Period.ofYears(4), p.length());
        assertTrue(p.contains(LocalDate.of(2026, 12, 31)));
        assertFalse(p.contains(LocalDate.of(2027, 1, 1)));
    }

    @Test
    void stringFormRoundTrips() {
        PlanPeriod p = PlanPeriod.ofYears(2022, 2027);
        assertEquals("2022-01-01/2027-12-31", p.toString());
        assertEquals(p, PlanPeriod.parse(p.toString()));
    }

    @Test
    void badInputIsRejectedWithItsReason() {
        assertEquals("end 2022-12-31 must not be before start 2023-01-01", assertThrows(InvalidValueException.class,
                () -> PlanPeriod.of(LocalDate.of(2023, 1, 1), LocalDate.of(2022, 12, 31))).getMessage());
        assertEquals("period '2023' must have the form start/end",
                assertThrows(InvalidValueException.class, () -> PlanPeriod.parse("2023")).getMessage());
        assertEquals("period '2023-13-01/2024-01-01' must use ISO-8601 dates (yyyy-mm-dd)",
                assertThrows(InvalidValueException.class, () -> PlanPeriod.parse("2023-13-01/2024-01-01")).getMessage());
        assertEquals("start", assertThrows(NullPointerException.class, () -> PlanPeriod.of(null, LocalDate.MAX))
                .getMessage());
        assertEquals("end", assertThrows(NullPointerException.class, () -> PlanPeriod.of(LocalDate.MIN, null))
                .getMessage());
    }
}
