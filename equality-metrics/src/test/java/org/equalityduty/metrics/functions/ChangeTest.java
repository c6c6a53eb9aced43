package org.equalityduty.metrics.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.equalityduty.metrics.results.AbsoluteChange;
import org.equalityduty.metrics.results.MetricStatus;
import org.equalityduty.metrics.results.RelativeChange;
import org.junit.jupiter.api.Test;

class ChangeTest {

    @Test
    void absoluteAndRelativeAreDistinct() {
        // A gap of 20 points narrowing to 18: 2 points, or 10 percent of the gap (docs/domain.md section 6).
        assertEquals(-2.0, Change.absolute(20, 18).points().getAsDouble(), 0);
        assertEquals(-10.0, Change.relative(20, 18).percent().getAsDouble(), 1e-13);
        // A negative starting value still reports a rise as positive: -4 -> -2 is +50%.
        assertEquals(50.0, Change.relative(-4, -2).percent().getAsDouble(), 0);
    }

    @Test
    void relativeChangeFromZeroIsUndefined() {
        RelativeChange r = Change.relative(0, 5);
        assertEquals(MetricStatus.UNDEFINED, r.status());
        assertEquals("the earlier value is 0, so a relative change is undefined; use the absolute change", r.reason());
        assertTrue(r.percent().isEmpty());
    }

    @Test
    void nonFiniteValuesAreRejected() {
        assertEquals("to must be finite: NaN",
                assertThrows(IllegalArgumentException.class, () -> Change.absolute(1, Double.NaN)).getMessage());
    }

    @Test
    void relativeChangeAcrossTheWholeDoubleRangeIsFinite() {
        // (MAX - (-MAX)) / MAX = 2, so +200%; to − from overflows, MAX/MAX + 1 does not.
        RelativeChange r = Change.relative(-Double.MAX_VALUE, Double.MAX_VALUE);
        assertEquals(MetricStatus.OK, r.getStatus());
        assertEquals(200.0, r.percent().getAsDouble(), 0);
        RelativeChange tiny = Change.relative(Double.MIN_VALUE, 1);
        assertEquals(MetricStatus.UNDEFINED, tiny.getStatus());
        assertEquals("the change from 4.9E-324 to 1.0 is too large a multiple of the earlier value to represent in "
                + "double precision", tiny.getReason());
    }

    @Test
    void absoluteChangeHasAStatus() {
        AbsoluteChange ok = Change.absolute(20, 18);
        assertEquals(MetricStatus.OK, ok.getStatus());
        assertEquals("OK", ok.getReason());
        AbsoluteChange overflow = Change.absolute(-Double.MAX_VALUE, Double.MAX_VALUE);
        assertEquals(MetricStatus.UNDEFINED, overflow.getStatus());
        assertTrue(overflow.points().isEmpty());
        assertEquals("the change from -1.7976931348623157E308 to 1.7976931348623157E308 is too large to represent in "
                + "double precision", overflow.getReason());
    }

    @Test
    void relativeChangeChecksBothValues() {
        assertEquals("from must be finite: NaN", assertThrows(IllegalArgumentException.class,
                () -> Change.relative(Double.NaN, 1)).getMessage());
        assertEquals("to must be finite: Infinity", assertThrows(IllegalArgumentException.class,
                () -> Change.relative(1, Double.POSITIVE_INFINITY)).getMessage());
    }

    @Test
    void aRelativeChangeWhoseHundredfoldDifferenceOverflowsIsDividedFirst() {
        // 1e300 to 1.7e308: 100 x 1.7e308 overflows; (1.7e308 - 1e300) / 1e300 x 100 = (1.7e8 - 1) x 100
        // = 16,999,999,900 percent (hand calculation).
        RelativeChange r = Change.relative(1e300, 1.7e308);
        assertEquals(MetricStatus.OK, r.status());
        assertEquals(16_999_999_900.0, r.percent().getAsDouble(), 1e-6 * 17e9);
    }
}
