package org.equalityduty.metrics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.equalityduty.metrics.accumulators.PerSchoolGaps;
import org.junit.jupiter.api.Test;

/** The Newton t quantile used by {@link PerSchoolGaps} finds the same root as Commons Statistics' solver. */
class QuantilesTest {

    @Test
    void normalQuantileAtTheDefaultLevel() {
        // Φ⁻¹(0.975) = 1.959963984540054 (Python statistics.NormalDist().inv_cdf(0.975)); moved from MetricOptionsTest
        // when MetricOptions.z() became Quantiles.normal(level).
        assertEquals(1.959963984540054, Quantiles.normal(0.95), 1e-12);
    }

    @Test
    void newtonTQuantileAgreesWithTheBrentSolver() {
        double[] dfs = {0.5, 1, 2, 2.9, 3, 3.5, 4, 7.3, 8, 10, 30, 100.7, 1e3, 12_345.6, 1e5, 1e7, 1e12};
        double[] levels = {0.5, 0.8, 0.9, 0.95, 0.99, 0.999};
        for (double level : levels) {
            double z = Quantiles.normal(level);
            for (double df : dfs) {
                double expected = Quantiles.t(df, level);
                double actual = Quantiles.tByNewton(df, z, (1 - level) / 2, level);
                assertEquals(expected, actual, 1e-13 * expected, "df " + df + ", level " + level);
            }
        }
    }

    @Test
    void newtonTQuantileMatchesThePrintedTable() {
        // t(0.975, 8) = 2.306004135204165 (printed tables; src/test/python/reference_values.py, as in GapsTest).
        assertEquals(2.306004135204165, Quantiles.tByNewton(8, Quantiles.normal(0.95), 0.025, 0.95), 1e-13);
    }

    @Test
    void whereNewtonDoesNotConvergeInEightStepsTheSolverAnswers() {
        // Far in the tail with few degrees of freedom the Cornish-Fisher start is far from the root and Newton's
        // method has not converged after 8 steps, so the Brent solver gives the quantile. Reference values: SciPy
        // 1.17 stats.t.isf((1 - 0.999999999) / 2, 3) = 1301.637179562648 and
        // stats.t.isf((1 - 0.999999999999) / 2, 5) = 452.5412265910898.
        assertEquals(1301.637179562648, Quantiles.tByNewton(3, Quantiles.normal(0.999999999), (1 - 0.999999999) / 2,
                0.999999999), 1e-9 * 1301.6);
        assertEquals(452.5412265910898, Quantiles.tByNewton(5, Quantiles.normal(0.999999999999), (1 - 0.999999999999)
                / 2, 0.999999999999), 1e-9 * 452.5);
    }
}
