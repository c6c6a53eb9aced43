package org.equalityduty.metrics.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
