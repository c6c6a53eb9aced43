package org.equalityduty.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The ratio's propagated interval and its verdicts, against hand calculations. */
class RatioTest {

    @Test
    void halfWidthIsPropagatedFromBothSides() {
        // 10 ± 1 over 4 ± 0.3: 2.5 x sqrt(0.1^2 + 0.075^2) = 2.5 x 0.125 = 0.3125 (by hand).
        Ratio r = Ratio.of(10, 1, 4, 0.3);
        assertEquals(2.5, r.value(), 1e-12);
        assertEquals(0.3125, r.halfWidth(), 1e-12);
        assertEquals("2.50 ± 0.31", r.show());
    }

    @Test
    void verdictsSayWhenTheIntervalReachesTheTarget() {
        assertEquals("met", Ratio.of(10, 1, 4, 0.3).verdict(3, true));
        assertEquals("met; interval wider than the distance to the target", Ratio.of(10, 1, 4, 0.3).verdict(2.6, true));
        assertEquals("**not met**", Ratio.of(10, 1, 4, 0.3).verdict(2, true));
        assertEquals("**not met**; interval wider than the distance to the target",
                Ratio.of(10, 1, 4, 0.3).verdict(2.7, false));
        assertEquals("met", Ratio.of(100, 1, 5, 0.1).verdict(10, false));
        assertEquals("not run", Ratio.of(Double.NaN, Double.NaN, 4, 0.3).verdict(3, true));
        // JMH gives no error for a single sample: the verdict cannot exclude the target.
        assertEquals("met; interval wider than the distance to the target",
                Ratio.of(10, Double.NaN, 4, 0.3).verdict(3, true));
        assertEquals("2.50 ± ?", Ratio.of(10, Double.NaN, 4, 0.3).show());
    }
}
