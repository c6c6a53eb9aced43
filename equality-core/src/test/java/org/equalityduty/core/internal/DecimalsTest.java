package org.equalityduty.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import org.equalityduty.core.InvalidValueException;
import org.equalityduty.core.observation.Observation;
import org.equalityduty.core.observation.ObservationStatus;
import org.equalityduty.core.plan.Baseline;
import org.equalityduty.core.plan.Benchmark;
import org.equalityduty.core.plan.Target;
import org.equalityduty.core.plan.TargetKind;
import org.equalityduty.core.plan.TimeFrame;
import org.equalityduty.core.plan.WithinDuration;
import org.junit.jupiter.api.Test;

/**
 * Values that arithmetic or formatting could not handle are refused where they are made. The inputs are those of the
 * hostile-input review (issue 18): exponents at and beyond int range, which the JSON reader already refuses.
 */
class DecimalsTest {

    @Test
    void hugeExponentsAreRefusedByEveryPlanValue() {
        BigDecimal huge = new BigDecimal("1e2147483647");
        assertEquals("value is too large: at most 30 digits before the decimal point, not 1E+2147483647",
                assertThrows(InvalidValueException.class, () -> Target.of(TargetKind.LEVEL, huge)).getMessage());
        assertEquals("value is too large: at most 30 digits before the decimal point, not 1E+2147483647",
                assertThrows(InvalidValueException.class, () -> Baseline.of(huge)).getMessage());
        assertEquals("value is too large: at most 30 digits before the decimal point, not -5E+2147483647",
                assertThrows(InvalidValueException.class,
                        () -> Benchmark.builder().label("national").value(new BigDecimal("-5e2147483647")).build())
                        .getMessage());
        assertEquals("value has more than 20 decimal places: 1E-2147483647",
                assertThrows(InvalidValueException.class, () -> Baseline.of(new BigDecimal("1e-2147483647")))
                        .getMessage());
    }

    @Test
    void theLimitsThemselvesAreAllowed() {
        BigDecimal thirtyDigits = new BigDecimal("9".repeat(30) + "." + "9".repeat(20));
        assertEquals(thirtyDigits, Baseline.of(thirtyDigits).getValue());
        assertEquals("value is too large: at most 30 digits before the decimal point, not "
                + "1000000000000000000000000000000",
                assertThrows(InvalidValueException.class, () -> Baseline.of(new BigDecimal("1e30").setScale(0)))
                        .getMessage());
    }

    @Test
    void observedFiguresHaveWiderBounds() {
        Observation wide = Observation.builder().date(LocalDate.of(2026, 7, 31)).status(ObservationStatus.AVAILABLE)
                .value(new BigDecimal("1e45").setScale(0)).build();
        assertEquals(46, wide.getValue().orElseThrow().precision());
        assertEquals("upper is too large: at most 50 digits before the decimal point, not 1E+2147483647",
                assertThrows(InvalidValueException.class, () -> Observation.builder()
                        .date(LocalDate.of(2026, 7, 31)).status(ObservationStatus.AVAILABLE)
                        .value(BigDecimal.ONE).lower(BigDecimal.ZERO).upper(new BigDecimal("1e2147483647")).build())
                        .getMessage());
    }

    @Test
    void durationsThatCannotBeWrittenBackAreRefused() {
        assertEquals("duration must have at most 9999 years, months and days, not P10000D",
                assertThrows(InvalidValueException.class, () -> TimeFrame.within(Period.ofDays(10_000)))
                        .getMessage());
        assertEquals(Period.ofDays(9999), WithinDuration.of(Period.ofDays(9999)).getDuration());
    }
}
