package org.equalityduty.paygap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeeklyHoursTest {
    @Test
    void valueSemantics() {
        assertEquals(WeeklyHours.of("37.5"), WeeklyHours.of(new BigDecimal("37.50")));
        assertEquals(WeeklyHours.of("37.5").hashCode(), WeeklyHours.of("37.50").hashCode());
        assertNotEquals(WeeklyHours.of("37.5"), WeeklyHours.of("37"));
        assertEquals("37.5 hours a week", WeeklyHours.of("37.5").toString());
    }

    /** Twelve weeks of 37.5 average to 37.5 exactly. */
    @Test
    void averageOfEqualWeeks() {
        assertEquals(WeeklyHours.of("37.5"), WeeklyHours.averageOf(Collections.nCopies(12, new BigDecimal("37.5"))));
    }

    @Test
    void hashCodesOfUnequalHoursDiffer() {
        ValueSemantics.assertValueSemantics(WeeklyHours.of("37.5"), WeeklyHours.of("37.50"),
                List.of(WeeklyHours.of("37"), WeeklyHours.of("35"), WeeklyHours.of("16.25")));
    }
}
