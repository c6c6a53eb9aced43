package org.equalityduty.metrics.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import org.equalityduty.metrics.accumulators.CategoryCounts;
import org.equalityduty.metrics.accumulators.GapIndex;
import org.equalityduty.metrics.accumulators.Proportion;
import org.equalityduty.metrics.accumulators.Selection;
import org.equalityduty.metrics.accumulators.Summary;
import org.equalityduty.metrics.functions.Change;
import org.equalityduty.metrics.functions.Gaps;
import org.equalityduty.metrics.functions.Representation;
import org.equalityduty.metrics.options.Comparison;
import org.equalityduty.metrics.options.MetricOptions;
import org.junit.jupiter.api.Test;

/**
 * The one convention for a missing figure, result type by result type: with no figure, a {@code double} getter throws
 * {@link IllegalStateException} naming the figure, the status and the reason, and the optional form is empty; with a
 * figure, both give it.
 */
class MetricResultTest {

    private static final MetricOptions OPTIONS = MetricOptions.defaults();

    private static void assertNoFigure(MetricResult r, MetricStatus status, String reason) {
        assertEquals(status, r.getStatus());
        assertEquals(reason, r.getReason());
        assertFalse(r.hasValue());
    }

    @Test
    void gapResult() {
        GapResult empty = Gaps.meanGap(Summary.empty(), Summary.ofValues(1, 2), Comparison.restOfPopulation(), OPTIONS);
        assertNoFigure(empty, MetricStatus.EMPTY, "focus group is empty");
        assertEquals("no MEAN_DIFFERENCE is available (EMPTY): focus group is empty",
                assertThrows(IllegalStateException.class, empty::getEstimate).getMessage());
        assertEquals(OptionalDouble.empty(), empty.optionalEstimate());
        assertEquals(OptionalDouble.empty(), empty.optionalLower());
        assertEquals(OptionalDouble.empty(), empty.optionalUpper());
        // {1, 3} against {2, 4}: difference of means -1 (a hand calculation).
        GapResult gap = Gaps.meanGap(Summary.ofValues(1, 3), Summary.ofValues(2, 4), Comparison.restOfPopulation(),
                OPTIONS.withMinimumGroupSize(2));
        assertTrue(gap.hasValue());
        assertEquals(OptionalDouble.of(-1), gap.optionalEstimate());
        assertEquals(OptionalDouble.of(gap.getLower()), gap.optionalLower());
        assertEquals(OptionalDouble.of(gap.getUpper()), gap.optionalUpper());
    }

    @Test
    void gapIndexResult() {
        GapIndexResult empty = GapIndex.ks2().add(200, true).result(OPTIONS);
        assertNoFigure(empty, MetricStatus.EMPTY, "no other pupils");
        assertEquals("no gap index is available (EMPTY): no other pupils",
                assertThrows(IllegalStateException.class, empty::getIndex).getMessage());
        assertEquals(OptionalDouble.empty(), empty.optionalIndex());
        // One disadvantaged pupil below one other: complete separation, index exactly 10 (GapIndex's definition).
        GapIndexResult separated = GapIndex.ks2().add(170, true).add(230, false).result(OPTIONS);
        assertEquals(OptionalDouble.of(10), separated.optionalIndex());
    }

    @Test
    void shareResultNoLongerReturnsZeroForAnEmptyPopulation() {
        ShareResult empty = Representation.share(0, 0, OPTIONS);
        assertNoFigure(empty, MetricStatus.EMPTY, "population is empty");
        assertEquals("no share is available (EMPTY): population is empty",
                assertThrows(IllegalStateException.class, empty::share).getMessage());
        assertEquals("no share is available (EMPTY): population is empty",
                assertThrows(IllegalStateException.class, empty::lower).getMessage());
        assertEquals("no share is available (EMPTY): population is empty",
                assertThrows(IllegalStateException.class, empty::upper).getMessage());
        assertEquals(OptionalDouble.empty(), empty.optionalShare());
        assertEquals(OptionalDouble.empty(), empty.optionalLower());
        assertEquals(OptionalDouble.empty(), empty.optionalUpper());
        ShareResult half = Representation.share(5, 10, OPTIONS);
        assertEquals(OptionalDouble.of(0.5), half.optionalShare());
        assertEquals(OptionalDouble.of(half.lower()), half.optionalLower());
        assertEquals(OptionalDouble.of(half.upper()), half.optionalUpper());
        assertEquals(half.status(), half.getStatus());
        assertEquals(half.reason(), half.getReason());
    }

    @Test
    void shareResultRejectsANonFiniteFigureUnderAStatusWithOne() {
        assertEquals("share must be finite under OK: NaN", assertThrows(IllegalArgumentException.class,
                () -> new ShareResult(1, 2, 2, Double.NaN, 0, 1, false, MetricStatus.OK, "OK")).getMessage());
        assertEquals("upper must be finite under BELOW_MINIMUM_GROUP_SIZE: Infinity",
                assertThrows(IllegalArgumentException.class, () -> new ShareResult(1, 2, 2, 0.5, 0,
                        Double.POSITIVE_INFINITY, false, MetricStatus.BELOW_MINIMUM_GROUP_SIZE, "small")).getMessage());
    }

    @Test
    void diversityResultNoLongerReturnsZeroWhenNoOneIsCounted() {
        DiversityResult empty = Representation.diversityIndex(CategoryCounts.over(List.of("a", "b")), Set.of(),
                OPTIONS);
        assertNoFigure(empty, MetricStatus.EMPTY, "no one is counted");
        assertEquals("no diversity index is available (EMPTY): no one is counted",
                assertThrows(IllegalStateException.class, empty::index).getMessage());
        assertEquals(OptionalDouble.empty(), empty.optionalIndex());
        assertEquals("index must be finite under OK: NaN", assertThrows(IllegalArgumentException.class,
                () -> new DiversityResult(Double.NaN, 10, 2, MetricStatus.OK, "OK")).getMessage());
    }

    @Test
    void benchmarkComparisonAndStageRateCarryOptionalFigures() {
        BenchmarkComparison none = Representation.compareToBenchmark(0, 0, 0.5, OPTIONS);
        assertNoFigure(none, MetricStatus.EMPTY, "population is empty");
        assertEquals(OptionalDouble.empty(), none.percentagePointGap());
        assertEquals(OptionalLong.empty(), none.additionalMembersNeeded());
        assertEquals("ratio must be finite under OK: Infinity", assertThrows(IllegalArgumentException.class,
                () -> new BenchmarkComparison(Representation.share(5, 10, OPTIONS), 0.5, OptionalDouble.of(0),
                        OptionalDouble.of(Double.POSITIVE_INFINITY), OptionalLong.of(0), MetricStatus.OK, "OK"))
                .getMessage());
        StageRate<String> rate = Selection.over(List.of("F"), List.of("applied", "appointed")).rates(OPTIONS).get(0);
        assertNoFigure(rate, MetricStatus.EMPTY, "no one from F reached applied");
        assertEquals(OptionalDouble.empty(), rate.rate());
    }

    @Test
    void changesCarryAStatus() {
        AbsoluteChange absolute = Change.absolute(20, 18);
        assertEquals(MetricStatus.OK, absolute.getStatus());
        assertEquals(OptionalDouble.of(-2), absolute.points());
        RelativeChange relative = Change.relative(0, 5);
        assertNoFigure(relative, MetricStatus.UNDEFINED,
                "the earlier value is 0, so a relative change is undefined; use the absolute change");
        assertEquals("points must be present exactly when UNDEFINED has a figure: OptionalDouble[1.0]",
                assertThrows(IllegalArgumentException.class, () -> new AbsoluteChange(1, 2, OptionalDouble.of(1),
                        MetricStatus.UNDEFINED, "x")).getMessage());
        assertEquals("percent must be finite under OK: NaN", assertThrows(IllegalArgumentException.class,
                () -> new RelativeChange(1, 2, OptionalDouble.of(Double.NaN), MetricStatus.OK, "OK")).getMessage());
    }

    @Test
    void proportionStaysTheAccumulatorAndThrowsTheSameWay() {
        assertEquals("the proportion 0/0 is undefined",
                assertThrows(IllegalStateException.class, () -> Proportion.empty().getValue()).getMessage());
    }

    @Test
    void everyResultTypeRejectsANonFiniteFigureUnderAStatusWithOne() {
        assertEquals("lower must be finite under OK: NaN", assertThrows(IllegalArgumentException.class,
                () -> new ShareResult(1, 2, 2, 0.5, Double.NaN, 1, false, MetricStatus.OK, "OK")).getMessage());
        assertEquals("percentagePointGap must be finite under OK: NaN", assertThrows(IllegalArgumentException.class,
                () -> new BenchmarkComparison(Representation.share(5, 10, OPTIONS), 0.5, OptionalDouble.of(Double.NaN),
                        OptionalDouble.of(1), OptionalLong.of(0), MetricStatus.OK, "OK")).getMessage());
        assertEquals("points must be finite under OK: Infinity", assertThrows(IllegalArgumentException.class,
                () -> new AbsoluteChange(1, 2, OptionalDouble.of(Double.POSITIVE_INFINITY), MetricStatus.OK, "OK"))
                .getMessage());
        assertEquals("rate must be finite under OK: NaN", assertThrows(IllegalArgumentException.class,
                () -> new StageRate<>("F", "appointed", "applied", 1, 2, OptionalDouble.of(Double.NaN),
                        OptionalDouble.of(1), true, false, MetricStatus.OK, "OK")).getMessage());
        assertEquals("adverseImpactRatio must be finite under OK: Infinity", assertThrows(
                IllegalArgumentException.class, () -> new StageRate<>("F", "appointed", "applied", 1, 2,
                        OptionalDouble.of(0.5), OptionalDouble.of(Double.POSITIVE_INFINITY), false, false,
                        MetricStatus.OK, "OK")).getMessage());
    }
}
