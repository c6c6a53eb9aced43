package org.equalityduty.metrics.accumulators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.equalityduty.metrics.functions.Gaps;
import org.equalityduty.metrics.options.Comparison;
import org.equalityduty.metrics.options.MetricOptions;
import org.equalityduty.metrics.results.GapResult;
import org.equalityduty.metrics.results.MetricStatus;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class CategorySummariesTest extends AccumulatorContract<CategorySummaries<String>, CategorySummariesTest.Scored> {

    enum Sen { E, K, N }

    record Pupil(Sen sen, boolean disadvantaged, String sex, double score) { }

    private static final List<Pupil> PUPILS = List.of(new Pupil(Sen.K, true, "M", 2), new Pupil(Sen.N, false, "F", 1),
            new Pupil(Sen.N, true, "M", 4), new Pupil(Sen.K, true, "F", 4), new Pupil(Sen.N, false, "M", 2),
            new Pupil(Sen.N, true, "F", 4), new Pupil(Sen.N, true, "M", 5), new Pupil(Sen.K, true, "F", 5),
            new Pupil(Sen.N, false, "F", 3), new Pupil(Sen.N, true, "M", 7), new Pupil(Sen.N, true, "M", 9));

    @Test
    void everyDeclaredCategoryIsReportedEvenWhenEmpty() {
        CategorySummaries<Sen> bySen = CategorySummaries.over(Sen.class).addAll(PUPILS, Pupil::sen, Pupil::score);
        assertEquals(List.of(Sen.E, Sen.K, Sen.N), List.copyOf(bySen.asMap().keySet()));
        assertTrue(bySen.get(Sen.E).isEmpty());
        assertEquals(3, bySen.get(Sen.K).getN());
        assertEquals(11, bySen.total().getN());
        GapResult gap = bySen.meanGap(Sen.E, Sen.N, MetricOptions.defaults());
        assertEquals(MetricStatus.EMPTY, gap.getStatus());
        assertEquals("focus group is empty", gap.getReason());
    }

    @Test
    void oneVsRestMatchesGaps() {
        CategorySummaries<Boolean> byDisadvantage = CategorySummaries.over(List.of(true, false))
                .addAll(PUPILS, Pupil::disadvantaged, Pupil::score);
        GapResult viaGroups = byDisadvantage.meanGapToRest(true, MetricOptions.defaults().withMinimumGroupSize(1));
        GapResult direct = Gaps.meanGap(PUPILS, Pupil::disadvantaged, Pupil::score,
                MetricOptions.defaults().withMinimumGroupSize(1));
        assertEquals(direct.getEstimate(), viaGroups.getEstimate(), 1e-14);
        assertEquals(3.0, viaGroups.getEstimate(), 1e-14);
    }

    @Test
    void intersectionsDeclareEveryCell() {
        List<Intersection<Boolean, String>> cells = Intersection.all(List.of(true, false), List.of("M", "F"));
        CategorySummaries<Intersection<Boolean, String>> g = CategorySummaries.over(cells)
                .addAll(PUPILS, p -> Intersection.of(p.disadvantaged(), p.sex()), Pupil::score);
        // Disadvantaged boys: 2, 4, 5, 7, 9 -> mean 27/5.
        assertEquals(5.4, g.get(Intersection.of(true, "M")).getMean(), 1e-14);
        assertEquals(1, g.get(Intersection.of(false, "M")).getN());
        assertEquals(4, g.asMap().size());
    }

    @Test
    void badInputIsRejectedNotDropped() {
        CategorySummaries<String> g = CategorySummaries.over(List.of("A", "B"));
        assertEquals("key is not a declared category [A, B]: C",
                assertThrows(IllegalArgumentException.class, () -> g.add("C", 1)).getMessage());
        assertEquals("value for A must be finite: NaN",
                assertThrows(IllegalArgumentException.class, () -> g.add("A", Double.NaN)).getMessage());
        assertEquals("categories must not repeat: A",
                assertThrows(IllegalArgumentException.class, () -> CategorySummaries.over(List.of("A", "A")))
                        .getMessage());
        assertEquals("categories differ: [A, B] and [B, A]", assertThrows(IllegalArgumentException.class,
                () -> g.combine(CategorySummaries.over(List.of("B", "A")))).getMessage());
    }

    // ---- the accumulator contract: scores in three categories; counts exactly, moments to 1e-9 relative

    /** One scored person in a category. */
    record Scored(String category, double score) {
    }

    private static final List<String> THREE = List.of("A", "B", "C");

    @Override
    CategorySummaries<String> empty() {
        return CategorySummaries.over(THREE);
    }

    @Override
    CategorySummaries<String> add(CategorySummaries<String> accumulator, Scored observation) {
        return accumulator.add(observation.category(), observation.score());
    }

    @Override
    Gen<Scored> observations() {
        return integers().between(0, 2).zip(doubles().between(-1000, 1000), (c, x) -> new Scored(THREE.get(c), x));
    }

    @Override
    void assertSameFigures(CategorySummaries<String> expected, CategorySummaries<String> actual) {
        assertEquals(expected.getCategories(), actual.getCategories());
        for (String k : THREE) {
            Summary e = expected.get(k);
            Summary a = actual.get(k);
            assertEquals(e.getN(), a.getN(), k);
            if (!e.isEmpty()) {
                assertEquals(e.getMean(), a.getMean(), 1e-9 * (1 + Math.abs(e.getMean())), k);
                assertEquals(e.getSumOfSquaredDeviations(), a.getSumOfSquaredDeviations(),
                        1e-9 * (1 + e.getSumOfSquaredDeviations()), k);
            }
        }
    }

    @Override
    void assertEmpty(CategorySummaries<String> empty) {
        for (String k : THREE) {
            assertTrue(empty.get(k).isEmpty(), k);
        }
        GapResult gap = empty.meanGapToRest("A", MetricOptions.defaults());
        assertEquals(MetricStatus.EMPTY, gap.getStatus());
        assertEquals("focus group is empty", gap.getReason());
    }

    @Override
    void assertSingle(CategorySummaries<String> single, Scored observation) {
        for (String k : THREE) {
            Summary s = single.get(k);
            if (k.equals(observation.category())) {
                assertEquals(1, s.getN());
                assertEquals(observation.score(), s.getMean(), 0);
            } else {
                assertTrue(s.isEmpty(), k);
            }
        }
        assertEquals(1, single.total().getN());
    }

    @Test
    void meansNearTheEndsOfTheDoubleRangeGiveUndefinedNotInfinity() {
        CategorySummaries<String> s = CategorySummaries.over(List.of("F", "M"));
        for (int i = 0; i < 5; i++) {
            s.add("F", 1e308).add("M", -1e308);
        }
        String reason = "the difference of means cannot be represented in double precision (estimate Infinity, "
                + "limits Infinity and Infinity)";
        assertEquals(reason, s.meanGap("F", "M", MetricOptions.defaults()).getReason());
        assertEquals(reason, s.meanGapToRest("F", MetricOptions.defaults()).getReason());
        assertEquals(MetricStatus.UNDEFINED, s.meanGapToRest("F", MetricOptions.defaults()).getStatus());
    }

    @Test
    void aRestWhoseSpreadOverflowsGivesUndefinedAndRestOfSaysWhy() {
        CategorySummaries<String> s = CategorySummaries.over(List.of("F", "M", "X"));
        for (int i = 0; i < 5; i++) {
            s.add("F", 1).add("M", -1e308).add("X", 1e308);
        }
        GapResult gap = s.meanGapToRest("F", MetricOptions.defaults());
        assertEquals(MetricStatus.UNDEFINED, gap.getStatus());
        assertEquals("rest of population's scores are too far apart for their sum of squared deviations to be "
                + "represented in double precision", gap.getReason());
        assertEquals("the merged sum of squared deviations overflows a double: means -1.0E308 (n = 5) and 1.0E308 "
                + "(n = 5)", assertThrows(ArithmeticException.class, () -> s.restOf("F")).getMessage());
    }

    /** A {1, 2, 3}, B {4, 6}, C {8, 10, 12}: exact in Welford's update (hand calculation). */
    private static CategorySummaries<String> abc() {
        CategorySummaries<String> s = CategorySummaries.over(THREE);
        for (double x : new double[] {1, 2, 3}) {
            s.add("A", x);
        }
        s.add("B", 4).add("B", 6);
        for (double x : new double[] {8, 10, 12}) {
            s.add("C", x);
        }
        return s;
    }

    @Test
    void theRestOfACategoryMergesEveryOtherCategory() {
        // Rest of A: {4, 6, 8, 10, 12}, mean 8, M2 = 16 + 4 + 0 + 4 + 16 = 40 (hand calculation).
        CategorySummaries<String> s = abc();
        assertEquals(THREE, s.getCategories());
        Summary restOfA = s.restOf("A");
        assertEquals(5, restOfA.getN());
        assertEquals(8, restOfA.getMean(), 1e-14);
        assertEquals(40, restOfA.getSumOfSquaredDeviations(), 1e-13);
        // Rest of B: {1, 2, 3, 8, 10, 12}, mean 6, M2 = 25 + 16 + 9 + 4 + 16 + 36 = 106.
        Summary restOfB = s.restOf("B");
        assertEquals(6, restOfB.getN());
        assertEquals(6, restOfB.getMean(), 1e-14);
        assertEquals(106, restOfB.getSumOfSquaredDeviations(), 1e-13);
        assertEquals("CategorySummaries{A=Summary[n=3, mean=2.0, m2=2.0], B=Summary[n=2, mean=5.0, m2=2.0], "
                + "C=Summary[n=3, mean=10.0, m2=8.0]}", s.toString());
    }

    @Test
    void oneVsRestOverThreeCategoriesIsWelchAgainstTheMergedRest() {
        // A {1, 2, 3} against the rest {4, 6, 8, 10, 12}: d = 2 - 8 = -6; vF = 1/3, vR = 10/5 = 2, se = √(7/3);
        // Welch df = (7/3)² / ((1/3)²/2 + 2²/4) = 98/19; t(0.975, 98/19) = 2.5470926424151084 (SciPy 1.17
        // stats.t.ppf), so the interval is -6 ± 3.890748 = (-9.890748278644107, -2.1092517213558923).
        GapResult gap = abc().meanGapToRest("A", MetricOptions.defaults().withMinimumGroupSize(2));
        assertEquals(MetricStatus.OK, gap.getStatus());
        assertEquals(-6, gap.getEstimate(), 1e-14);
        assertEquals(98.0 / 19, gap.getDegreesOfFreedom().getAsDouble(), 1e-13);
        assertEquals(-9.890748278644107, gap.getLower(), 1e-12);
        assertEquals(-2.1092517213558923, gap.getUpper(), 1e-12);
        assertEquals(5, gap.getReferenceN());
        // The same gap between two named categories: B {4, 6} against C {8, 10, 12}, as Gaps computes it.
        GapResult named = abc().meanGap("B", "C", MetricOptions.defaults().withMinimumGroupSize(2));
        GapResult expected = Gaps.meanGap(Summary.ofValues(4, 6), Summary.ofValues(8, 10, 12),
                Comparison.namedGroup("C"), MetricOptions.defaults().withMinimumGroupSize(2));
        assertEquals(expected.getLower(), named.getLower(), 1e-12);
        assertEquals(expected.getUpper(), named.getUpper(), 1e-12);
    }
}
