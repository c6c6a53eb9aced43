package org.equalityduty.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** B8's statistics, against values worked by hand (type 7 quantiles, as R's {@code quantile} default). */
class B8StartupTest {
    @Test
    void quantilesInterpolateBetweenOrderStatistics() {
        double[] t = {40, 10, 30, 20};   // sorted 10 20 30 40
        assertEquals(10, B8Startup.quantile(t, 0), 1e-12);
        assertEquals(17.5, B8Startup.quantile(t, 0.25), 1e-12);  // h = 0.75: 10 + 0.75 * 10
        assertEquals(25, B8Startup.quantile(t, 0.5), 1e-12);
        assertEquals(32.5, B8Startup.quantile(t, 0.75), 1e-12);
        assertEquals(40, B8Startup.quantile(t, 1), 1e-12);
        assertEquals(40, t[0], "the input is not sorted in place");
        assertEquals(7, B8Startup.quantile(new double[] {7}, 0.5), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> B8Startup.quantile(new double[0], 0.5));
    }
}
