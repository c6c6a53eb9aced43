package org.equalityduty.metrics.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.equalityduty.metrics.accumulators.Proportion;
import org.equalityduty.metrics.functions.Gaps;
import org.equalityduty.metrics.options.Comparison;
import org.equalityduty.metrics.options.MetricOptions;
import org.junit.jupiter.api.Test;

class GapResultTest {

    private static final MetricOptions ANY_SIZE = MetricOptions.defaults().withMinimumGroupSize(1);

    @Test
    void unavailableResultsNeverLeakAFigure() {
        GapResult r = Gaps.proportionRatio(Proportion.of(0, 10), Proportion.of(3, 10), Comparison.namedGroup("b"),
                ANY_SIZE);
        assertFalse(r.hasValue());
        String expected = "no PROPORTION_RATIO is available (UNDEFINED): focus group has no events (0 of 10); "
                + "the Katz log interval needs at least one event in each group";
        assertEquals(expected, assertThrows(IllegalStateException.class, r::getLower).getMessage());
        assertEquals(expected, assertThrows(IllegalStateException.class, r::getAhead).getMessage());
        assertEquals(10, r.getFocusN());
        assertEquals(0, r.getFocusNumerator().getAsLong());
    }

    @Test
    void ratioOfOneMeansNeitherIsAhead() {
        GapResult r = Gaps.proportionRatio(Proportion.of(3, 10), Proportion.of(6, 20), Comparison.namedGroup("b"),
                ANY_SIZE);
        assertEquals(1.0, r.getEstimate(), 0);
        assertEquals(Ahead.NEITHER, r.getAhead());
        assertEquals(GapMeasure.PROPORTION_RATIO, r.getMeasure());
        assertEquals(0.95, r.getConfidenceLevel(), 0);
    }

    @Test
    void theIntervalExcludesNoGapOnlyWhenZeroLiesOutsideIt() {
        // 0 of 10 against a benchmark of 0: Wilson's lower limit for 0 successes is exactly 0, so the interval of the
        // difference starts at exactly 0 and does not exclude it.
        GapResult fromZero = Gaps.proportionGap(Proportion.of(0, 10), Comparison.externalBenchmark("none", 0),
                ANY_SIZE);
        assertEquals(0.0, fromZero.getLower(), 0);
        assertFalse(fromZero.intervalExcludesNoGap());
        // 10 of 10 against 1: Wilson's upper limit for n successes of n is exactly 1, so the interval ends at 0.
        GapResult toZero = Gaps.proportionGap(Proportion.of(10, 10), Comparison.externalBenchmark("all", 1), ANY_SIZE);
        assertEquals(0.0, toZero.getUpper(), 0);
        assertFalse(toZero.intervalExcludesNoGap());
        // 10 of 10 against 0.2: Wilson's lower limit 10 / (10 + z²) = 0.7225 is above 0.2, so 0 is excluded.
        assertTrue(Gaps.proportionGap(Proportion.of(10, 10), Comparison.externalBenchmark("a fifth", 0.2), ANY_SIZE)
                .intervalExcludesNoGap());
        GapResult none = Gaps.proportionRatio(Proportion.of(0, 10), Proportion.of(3, 10), Comparison.namedGroup("b"),
                ANY_SIZE);
        assertEquals("no PROPORTION_RATIO is available (UNDEFINED): focus group has no events (0 of 10); the Katz log "
                + "interval needs at least one event in each group",
                assertThrows(IllegalStateException.class, none::intervalExcludesNoGap).getMessage());
    }

    @Test
    void aFigureThatCannotBeRepresentedIsUndefinedAndNamesTheMeasure() {
        GapResult g = GapResult.builder(GapMeasure.HEDGES_G, Comparison.namedGroup("b"), ANY_SIZE).sizes(5, 5)
                .available(Double.POSITIVE_INFINITY, 0, 1, "OK");
        assertEquals(MetricStatus.UNDEFINED, g.getStatus());
        assertEquals("the standardised mean difference cannot be represented in double precision (estimate "
                + "Infinity, limits 0.0 and 1.0)", g.getReason());
        GapResult p = GapResult.builder(GapMeasure.PROPORTION_DIFFERENCE, Comparison.namedGroup("b"), ANY_SIZE)
                .sizes(5, 5).available(0.2, Double.NaN, 0.5, "OK");
        assertEquals("the difference of proportions cannot be represented in double precision (estimate 0.2, limits "
                + "NaN and 0.5)", p.getReason());
    }

    @Test
    void equalityHashAndText() {
        GapResult.Builder b = GapResult.builder(GapMeasure.MEAN_DIFFERENCE, Comparison.namedGroup("b"), ANY_SIZE)
                .sizes(5, 5);
        GapResult r = b.available(-2, -4, 0.5, "OK");
        assertEquals(b.available(-2, -4, 0.5, "OK"), r);
        assertEquals(b.available(-2, -4, 0.5, "OK").hashCode(), r.hashCode());
        assertNotEquals(b.available(-1, -4, 0.5, "OK"), r);
        assertNotEquals(b.available(-1, -4, 0.5, "OK").hashCode(), r.hashCode());
        assertEquals("GapResult[MEAN_DIFFERENCE vs NAMED_GROUP[b]: -2.0 (-4.0, 0.5) OK: OK]", r.toString());
        assertEquals("GapResult[MEAN_DIFFERENCE vs NAMED_GROUP[b]: EMPTY: focus group is empty]",
                b.unavailable(MetricStatus.EMPTY, "focus group is empty").toString());
    }
}
