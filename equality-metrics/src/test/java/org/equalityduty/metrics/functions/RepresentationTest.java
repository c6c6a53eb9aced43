package org.equalityduty.metrics.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.equalityduty.metrics.accumulators.CategoryCounts;
import org.equalityduty.metrics.internal.Intervals;
import org.equalityduty.metrics.internal.Quantiles;
import org.equalityduty.metrics.options.MetricOptions;
import org.equalityduty.metrics.results.BenchmarkComparison;
import org.equalityduty.metrics.results.DiversityResult;
import org.equalityduty.metrics.results.MetricResult;
import org.equalityduty.metrics.results.MetricStatus;
import org.equalityduty.metrics.results.ShareResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class RepresentationTest {

    private static final MetricOptions ANY_SIZE = MetricOptions.defaults().withMinimumGroupSize(1);
    /** The default options: a minimum group size of 5, as the messages below say. */
    private static final MetricOptions FIVE = MetricOptions.defaults();
    private static final List<String> ABC_REFUSED = List.of("A", "B", "C", "REFU");

    /** Counts over the categories, with {@code people[i]} people (each of weight 1) in category {@code i}. */
    private static CategoryCounts<String> counts(List<String> categories, int... people) {
        assertEquals(categories.size(), people.length, "one count per category");
        CategoryCounts<String> counts = CategoryCounts.over(categories);
        for (int i = 0; i < people.length; i++) {
            for (int k = 0; k < people[i]; k++) {
                counts.add(categories.get(i));
            }
        }
        return counts;
    }

    /** Asserts a result's status and its reason, word for word. */
    private static void assertResult(MetricStatus status, String reason, MetricResult result) {
        assertEquals(status, result.getStatus());
        assertEquals(reason, result.getReason());
    }

    /** The message of the IllegalArgumentException that the call must throw. */
    private static String rejection(Executable call) {
        return assertThrows(IllegalArgumentException.class, call).getMessage();
    }

    @Test
    void wilsonIntervalsMatchNewcombe1998TableI() {
        // Newcombe (1998) Statistics in Medicine 17:857-872, Table I, method 3 (Wilson score), 95%.
        assertWilson(81, 263, 0.2553, 0.3662);
        assertWilson(15, 148, 0.0624, 0.1605);
        assertWilson(0, 20, 0.0000, 0.1611);
        assertWilson(1, 29, 0.0061, 0.1718);
    }

    private static void assertWilson(long x, long n, double lower, double upper) {
        ShareResult r = Representation.share(x, n, ANY_SIZE);
        assertEquals((double) x / n, r.share(), 0);
        assertEquals(lower, r.lower(), 5e-5);
        assertEquals(upper, r.upper(), 5e-5);
        assertEquals(MetricStatus.OK, r.status());
    }

    @Test
    void smallCountsAndEmptyPopulationsAreReported() {
        assertResult(MetricStatus.BELOW_MINIMUM_GROUP_SIZE,
                "group has 2 members, fewer than the minimum group size of 5", Representation.share(2, 40, FIVE));
        assertResult(MetricStatus.EMPTY, "population is empty", Representation.share(0, 0, FIVE));
        assertEquals(MetricStatus.OK, Representation.share(0, 40, FIVE).status());
    }

    @Test
    void headcountNeededToReachABenchmark() {
        // (2 + a) / (10 + a) >= 0.3: a >= (3 - 2) / 0.7 = 1.43, so 2 (a = 1 gives 3/11 = 0.2727; a = 2 gives 4/12).
        assertEquals(2, Representation.additionalMembersNeeded(2, 10, 0.3).getAsLong());
        // 1/10 already equals 0.1 exactly when 0.1 is read as the decimal it prints as.
        assertEquals(0, Representation.additionalMembersNeeded(1, 10, 0.1).getAsLong());
        // a / (3 + a) >= 0.5: a = 3.
        assertEquals(3, Representation.additionalMembersNeeded(0, 3, 0.5).getAsLong());
        assertTrue(Representation.additionalMembersNeeded(3, 4, 1.0).isEmpty());
        assertEquals(0, Representation.additionalMembersNeeded(4, 4, 1.0).getAsLong());
    }

    @Test
    void comparisonWithBenchmark() {
        BenchmarkComparison c = Representation.compareToBenchmark(2, 10, 0.3, ANY_SIZE);
        assertEquals(-10.0, c.percentagePointGap().getAsDouble(), 1e-12);
        assertEquals(2.0 / 3, c.ratio().getAsDouble(), 1e-15);
        assertEquals(2, c.additionalMembersNeeded().getAsLong());
        assertEquals(MetricStatus.OK, c.status());
        BenchmarkComparison zero = Representation.compareToBenchmark(2, 10, 0, ANY_SIZE);
        assertTrue(zero.ratio().isEmpty());
        assertEquals("OK; benchmark is 0, so the ratio is undefined", zero.reason());
        BenchmarkComparison empty = Representation.compareToBenchmark(0, 0, 0.3, ANY_SIZE);
        assertEquals(MetricStatus.EMPTY, empty.status());
        assertTrue(empty.percentagePointGap().isEmpty());
    }

    @Test
    void disclosureRateCountsRefusedAndNotObtainedAsNotDisclosed() {
        // WBRI 3, BAFR 1, AIND 1, REFU 1, NOBT 2: 8 people, 5 disclosed.
        CategoryCounts<String> counts = counts(List.of("WBRI", "BAFR", "AIND", "REFU", "NOBT"), 3, 1, 1, 1, 2);
        ShareResult r = Representation.disclosureRate(counts, Set.of("REFU", "NOBT"), ANY_SIZE);
        assertEquals(5.0 / 8, r.share(), 0);
        assertEquals(5.0, r.numerator(), 0);
        assertEquals(8.0, r.denominator(), 0);
    }

    @Test
    void blauIndexHandExample() {
        // Included counts {2, 2, 0}: n = 4, Σp² = 0.25 + 0.25 = 0.5, index = 0.5. REFU (5) excluded.
        DiversityResult d = Representation.diversityIndex(counts(ABC_REFUSED, 2, 2, 0, 5), Set.of("REFU"), ANY_SIZE);
        assertEquals(0.5, d.index(), 0);
        assertEquals(4, d.n());
        assertEquals(3, d.categories());
        assertResult(MetricStatus.EMPTY, "no one is counted",
                Representation.diversityIndex(CategoryCounts.over(List.of("A")), Set.of(), ANY_SIZE));
    }

    @Test
    void weightedShareUsesFte() {
        // FTE: women 1.0 + 0.5, men 1.0 + 1.0 + 0.5: share 1.5 / 4.0 = 0.375.
        // Kish n_eff = 4² / (1 + 0.25 + 1 + 1 + 0.25) = 16 / 3.5.
        CategoryCounts<String> fte = CategoryCounts.over(List.of("F", "M"));
        fte.add("F", 1.0).add("F", 0.5).add("M", 1.0).add("M", 1.0).add("M", 0.5);
        ShareResult r = Representation.weightedShare(fte, "F", ANY_SIZE);
        assertEquals(0.375, r.share(), 0);
        assertTrue(r.weighted());
        double[] w = Intervals.wilson(0.375, 16 / 3.5, Quantiles.normal(MetricOptions.DEFAULT_CONFIDENCE_LEVEL), false, false);
        assertEquals(w[0], r.lower(), 0);
        assertEquals(5, r.headcount());
    }

    @Test
    void badArgumentsAreRejectedByName() {
        assertEquals("numerator must be between 0 and denominator (3): 4",
                rejection(() -> Representation.share(4, 3, ANY_SIZE)));
        assertEquals("benchmark must be in [0, 1]: 1.2",
                rejection(() -> Representation.additionalMembersNeeded(1, 3, 1.2)));
        assertEquals("key is not a declared category [A]: Z", rejection(
                () -> Representation.disclosureRate(CategoryCounts.over(List.of("A")), Set.of("Z"), ANY_SIZE)));
    }

    // ---- regressions: extreme inputs give a status and a reason, never a non-finite figure under OK

    @Test
    void weightedShareRejectsANaNOrNegativeSumOfSquaredWeights() {
        assertEquals("totalSquaredWeight must not be negative: NaN",
                rejection(() -> Representation.weightedShare(1, 2, 1, 2, Double.NaN, ANY_SIZE)));
        assertEquals("totalSquaredWeight must not be negative: -1.0",
                rejection(() -> Representation.weightedShare(1, 2, 1, 2, -1, ANY_SIZE)));
    }

    @Test
    void weightedShareWithAnInfiniteTotalIsUndefined() {
        assertResult(MetricStatus.UNDEFINED, "the total weight (2.0) or the sum of squared weights (Infinity) "
                + "overflows a double; the weighted share cannot be computed",
                Representation.weightedShare(5, 10, 1, 2, Double.POSITIVE_INFINITY, ANY_SIZE));
        assertResult(MetricStatus.UNDEFINED, "the total weight (Infinity) or the sum of squared weights (Infinity) "
                + "overflows a double; the weighted share cannot be computed", Representation.weightedShare(5, 10,
                        Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, ANY_SIZE));
        // Ten people of weight 1e308 each: the sums in CategoryCounts overflow, and the share says so.
        CategoryCounts<String> huge = CategoryCounts.over(List.of("F", "M"));
        for (int i = 0; i < 5; i++) {
            huge.add("F", 1e308).add("M", 1e308);
        }
        assertEquals(MetricStatus.UNDEFINED, Representation.weightedShare(huge, "F", ANY_SIZE).getStatus());
    }

    @Test
    void benchmarkRatioOverDoubleMinValueIsEmptyWithAReason() {
        BenchmarkComparison c = Representation.compareToBenchmark(5, 10, Double.MIN_VALUE, ANY_SIZE);
        assertResult(MetricStatus.OK,
                "OK; the ratio to a benchmark of 4.9E-324 is too large to represent in double precision", c);
        assertTrue(c.ratio().isEmpty());
        assertEquals(50.0, c.percentagePointGap().getAsDouble(), 0);
    }

    @Test
    void additionalMembersNearLongMaxValueAreEmptyNotAnArithmeticException() {
        // 0.9 × (2^63 - 1) / 0.1 = 9 × 9223372036854775807 = 83010348331692982263 (exact), beyond a long.
        assertEquals(OptionalLong.empty(), Representation.additionalMembersNeeded(0, Long.MAX_VALUE, 0.9));
        BenchmarkComparison c = Representation.compareToBenchmark(0, Long.MAX_VALUE, 0.9, ANY_SIZE);
        assertResult(MetricStatus.OK,
                "OK; the number of additional members needed, 83010348331692982263, exceeds the largest long", c);
        assertEquals(OptionalLong.empty(), c.additionalMembersNeeded());
        // 0.5 × (2^63 - 1) / 0.5 = 2^63 - 1 still fits.
        assertEquals(OptionalLong.of(Long.MAX_VALUE), Representation.additionalMembersNeeded(0, Long.MAX_VALUE, 0.5));
    }

    @Test
    void weightedShareRejectsASumOfSquaresNoSetOfWeightsGives() {
        // Found by FiniteFigureProperties: Σw² = 1e300 with Σw = 2 gave n_eff = 4e-300 and a NaN Wilson limit.
        assertEquals("totalSquaredWeight 1.0E300 exceeds the square of totalWeight 2.0, which no set of non-negative "
                + "weights gives", rejection(() -> Representation.weightedShare(1, 2, 1, 2, 1e300, ANY_SIZE)));
    }

    // ---- suppression at the minimum group sizes schools publish with (5 and 10), not 1

    private static CategoryCounts<String> people(int a, int b, int c, int refused) {
        return counts(ABC_REFUSED, a, b, c, refused);
    }

    @Test
    void diversityIndexOfFewerPeopleThanTheMinimumIsFlagged() {
        // 2, 1, 1: 1 - (4 + 1 + 1) / 16 = 10/16 = 0.625 (hand calculation), on 4 people, below 5.
        DiversityResult four = Representation.diversityIndex(people(2, 1, 1, 0), Set.of("REFU"), FIVE);
        assertResult(MetricStatus.BELOW_MINIMUM_GROUP_SIZE, "4 people counted, fewer than the minimum group size of 5",
                four);
        assertEquals(0.625, four.index(), 0);
        // 2, 2, 1: 1 - 9/25 = 0.64 on exactly 5 people: OK at the boundary.
        DiversityResult exactlyFive = Representation.diversityIndex(people(2, 2, 1, 0), Set.of("REFU"), FIVE);
        assertResult(MetricStatus.OK, "OK", exactlyFive);
        assertEquals(0.64, exactlyFive.index(), 1e-15);
    }

    @Test
    void diversityIndexCountsOnlyTheIncludedPeopleAgainstTheMinimum() {
        MetricOptions ten = MetricOptions.defaults().withMinimumGroupSize(10);
        // 12 people, 3 refused and left out: 9 counted, below 10, although the dimension has 12 people.
        DiversityResult nine = Representation.diversityIndex(people(4, 3, 2, 3), Set.of("REFU"), ten);
        assertResult(MetricStatus.BELOW_MINIMUM_GROUP_SIZE, "9 people counted, fewer than the minimum group size of 10",
                nine);
        assertEquals(9, nine.n());
        // 4, 3, 3 = 10 counted: 1 - (16 + 9 + 9) / 100 = 0.66, OK.
        DiversityResult tenPeople = Representation.diversityIndex(people(4, 3, 3, 3), Set.of("REFU"), ten);
        assertEquals(MetricStatus.OK, tenPeople.getStatus());
        assertEquals(0.66, tenPeople.index(), 1e-15);
        // The same 12 people with nobody left out: 12 counted, OK.
        assertEquals(MetricStatus.OK, Representation.diversityIndex(people(4, 3, 2, 3), Set.of(), ten).getStatus());
    }

    @Test
    void sizeRulesAtTheMinimum() {
        // Minimum 5: a population of exactly 5 with a group of exactly 5 is shown; a group of 0 is shown (a count
        // of 0 is not suppressed); a population of 3 or a group of 2 is suppressed, each with its reason.
        assertResult(MetricStatus.OK, "OK", Representation.share(5, 5, FIVE));
        assertResult(MetricStatus.OK, "OK", Representation.share(0, 10, FIVE));
        assertResult(MetricStatus.BELOW_MINIMUM_GROUP_SIZE,
                "population has 3 members, fewer than the minimum group size of 5", Representation.share(1, 3, FIVE));
        assertResult(MetricStatus.BELOW_MINIMUM_GROUP_SIZE,
                "group has 2 members, fewer than the minimum group size of 5", Representation.share(2, 10, FIVE));
    }

    @Test
    void benchmarksOfZeroAndOneAreAccepted() {
        // 3 of 10 against 0: 30 points above, no ratio, no one needed.
        BenchmarkComparison zero = Representation.compareToBenchmark(3, 10, 0, ANY_SIZE);
        assertEquals(30.0, zero.percentagePointGap().getAsDouble(), 1e-13);
        assertTrue(zero.ratio().isEmpty());
        assertEquals(OptionalLong.of(0), zero.additionalMembersNeeded());
        assertEquals("OK; benchmark is 0, so the ratio is undefined", zero.reason());
        // Against 1 (100%): 70 points below, ratio 0.3, and 100% cannot be reached while others remain.
        BenchmarkComparison one = Representation.compareToBenchmark(3, 10, 1, ANY_SIZE);
        assertEquals(-70.0, one.percentagePointGap().getAsDouble(), 1e-13);
        assertEquals(0.3, one.ratio().getAsDouble(), 1e-15);
        assertTrue(one.additionalMembersNeeded().isEmpty());
        assertEquals("OK; a benchmark of 100% cannot be reached while others remain", one.reason());
        assertEquals("benchmark must be in [0, 1]: 1.01",
                rejection(() -> Representation.compareToBenchmark(3, 10, 1.01, ANY_SIZE)));
    }

    @Test
    void anEffectiveSampleSizeWhoseSquareOverflowsIsTakenAsASquaredRatio() {
        // Σw = 1e200 and Σw² = 1e300: (Σw)² overflows, so n_eff = (Σw / √Σw²)² = (1e200 / 1e150)² = 1e100, and the
        // Wilson interval about 0.5 has a half-width of about 1.96 × √(0.25 / 1e100) = 1e-50: the single point 0.5.
        ShareResult r = Representation.weightedShare(5, 10, 5e199, 1e200, 1e300, ANY_SIZE);
        assertEquals(MetricStatus.OK, r.status());
        assertEquals(0.5, r.share(), 1e-15);
        assertEquals(0.5, r.lower(), 1e-15);
        assertEquals(0.5, r.upper(), 1e-15);
    }
}
