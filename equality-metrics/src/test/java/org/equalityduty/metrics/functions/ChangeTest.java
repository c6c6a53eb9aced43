package org.equalityduty.metrics.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.equalityduty.metrics.results.MetricStatus;
import org.equalityduty.metrics.results.RelativeChange;
import org.junit.jupiter.api.Test;

class ChangeTest {

    @Test
    void absoluteAndRelativeAreDistinct() {
        // A gap of 20 points narrowing to 18: 2 points, or 10 percent of the gap (DOMAIN.md section 6).
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
}
