package org.equalityduty.metrics.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.equalityduty.metrics.accumulators.GapIndex;
import org.equalityduty.metrics.options.MetricOptions;
import org.junit.jupiter.api.Test;

class GapIndexResultTest {

    /** GapIndexTest's hand example with a tie: index 25/3, mean percentile ranks 0.35 and 11.5/15. */
    private static GapIndexResult handExample() {
        return GapIndexResult.of(MetricStatus.OK, "OK", 2, 3, 25.0 / 3, 0.35, 11.5 / 15);
    }

    @Test
    void everyFigureMustBeFiniteUnderAStatusWithAFigure() {
        assertEquals("index must be finite under OK: NaN", assertThrows(IllegalArgumentException.class,
                () -> GapIndexResult.of(MetricStatus.OK, "OK", 2, 3, Double.NaN, 0.35, 0.75)).getMessage());
        assertEquals("meanPercentileRankDisadvantaged must be finite under OK: Infinity",
                assertThrows(IllegalArgumentException.class, () -> GapIndexResult.of(MetricStatus.OK, "OK", 2, 3, 1,
                        Double.POSITIVE_INFINITY, 0.75)).getMessage());
        assertEquals("meanPercentileRankOthers must be finite under BELOW_MINIMUM_GROUP_SIZE: -Infinity",
                assertThrows(IllegalArgumentException.class, () -> GapIndexResult.of(
                        MetricStatus.BELOW_MINIMUM_GROUP_SIZE, "small", 2, 3, 1, 0.35,
                        Double.NEGATIVE_INFINITY)).getMessage());
        assertEquals("counts must not be negative: disadvantaged -1, others 3",
                assertThrows(IllegalArgumentException.class, () -> GapIndexResult.of(MetricStatus.OK, "OK", -1, 3, 1,
                        0.35, 0.75)).getMessage());
        // Without a figure the figures are not read, so they are not checked.
        assertEquals(MetricStatus.EMPTY, GapIndexResult.of(MetricStatus.EMPTY, "no pupils", 0, 0, Double.NaN,
                Double.NaN, Double.NaN).getStatus());
    }

    @Test
    void noPercentileRankIsReadFromAResultWithoutAFigure() {
        GapIndexResult empty = GapIndex.ks2().add(200, false).result(MetricOptions.defaults());
        assertEquals("no gap index is available (EMPTY): no disadvantaged pupils",
                assertThrows(IllegalStateException.class, empty::getMeanPercentileRankDisadvantaged).getMessage());
        assertEquals("no gap index is available (EMPTY): no disadvantaged pupils",
                assertThrows(IllegalStateException.class, empty::getMeanPercentileRankOthers).getMessage());
        assertEquals(1, empty.getN());
    }

    @Test
    void equalityHashAndText() {
        GapIndexResult r = handExample();
        assertEquals(handExample(), r);
        assertEquals(handExample().hashCode(), r.hashCode());
        assertNotEquals(GapIndexResult.of(MetricStatus.OK, "OK", 2, 3, 8, 0.35, 11.5 / 15), r);
        assertNotEquals(GapIndexResult.of(MetricStatus.OK, "OK", 2, 3, 25.0 / 3, 0.3, 11.5 / 15), r);
        assertNotEquals(GapIndexResult.of(MetricStatus.OK, "OK", 2, 3, 25.0 / 3, 0.35, 0.7), r);
        assertNotEquals(GapIndexResult.of(MetricStatus.OK, "OK", 2, 4, 25.0 / 3, 0.35, 11.5 / 15), r);
        assertNotEquals(GapIndexResult.of(MetricStatus.OK, "OK", 2, 4, 25.0 / 3, 0.35, 11.5 / 15).hashCode(),
                r.hashCode());
        assertEquals("GapIndexResult[index=8.333333333333334, disadvantaged=2, others=3, OK: OK]", r.toString());
        assertEquals("GapIndexResult[disadvantaged=0, others=1, EMPTY: no disadvantaged pupils]",
                GapIndex.ks2().add(200, false).result(MetricOptions.defaults()).toString());
    }
}
