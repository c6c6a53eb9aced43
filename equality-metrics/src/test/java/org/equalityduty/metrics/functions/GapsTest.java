package org.equalityduty.metrics.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.equalityduty.metrics.accumulators.Proportion;
import org.equalityduty.metrics.accumulators.Summary;
import org.equalityduty.metrics.internal.Intervals;
import org.equalityduty.metrics.options.Comparison;
import org.equalityduty.metrics.options.MetricOptions;
import org.equalityduty.metrics.options.Polarity;
import org.equalityduty.metrics.results.Ahead;
import org.equalityduty.metrics.results.GapResult;
import org.equalityduty.metrics.results.MetricStatus;
import org.junit.jupiter.api.Test;

class GapsTest {

    private static final MetricOptions ANY_SIZE = MetricOptions.defaults().withMinimumGroupSize(1);
    private static final Comparison BOYS = Comparison.namedGroup("boys");

    // ------------------------------------------------------------ Welch

    @Test
    void welchHandExampleWithIntegerDegreesOfFreedom() {
        // Hand calculation: focus 1..5 (mean 3, s² = 2.5), reference 3..7 (mean 5, s² = 2.5).
        // s²/n = 0.5 each, se = √1 = 1, ν = 1² / (0.25/4 + 0.25/4) = 8.
        // t(0.975, 8) = 2.306004 (printed t tables; also reference_values.py: 2.306004135204165).
        // d = 3 - 5 = -2; interval -2 ± 2.306004135 = (-4.306004135, 0.306004135).
        GapResult r = Gaps.meanGap(Summary.ofValues(1, 2, 3, 4, 5), Summary.ofValues(3, 4, 5, 6, 7), BOYS,
                MetricOptions.defaults());
        assertEquals(MetricStatus.OK, r.getStatus());
        assertEquals("OK", r.getReason());
        assertEquals(-2.0, r.getEstimate(), 1e-15);
        assertEquals(8.0, r.getDegreesOfFreedom().getAsDouble(), 1e-12);
        assertEquals(-4.306004135204165, r.getLower(), 1e-9);
        assertEquals(0.306004135204165, r.getUpper(), 1e-9);
        assertEquals(Ahead.REFERENCE, r.getAhead());
        assertFalse(r.intervalExcludesNoGap());
    }

    @Test
    void welchUnequalVariancesAgainstIndependentScript() {
        // Focus {2,4,4,4,5,5,7,9}: n 8, mean 5, M2 32, s² 32/7. Comparison {1,2,3}: n 3, mean 2, s² 1.
        // s²/n: 4/7 and 1/3; se² = 19/21; ν = (19/21)² / ((4/7)²/7 + (1/3)²/2) = 8.009508716...
        // t quantile and limits from src/test/python/reference_values.py (incomplete-beta t, not Commons):
        // welch A = (3.0, 8.009508716323296, 2.305527699390624, 0.8070057273163291, 5.192994272683671)
        GapResult r = Gaps.meanGap(Summary.ofValues(2, 4, 4, 4, 5, 5, 7, 9), Summary.ofValues(1, 2, 3), BOYS,
                ANY_SIZE);
        assertEquals(3.0, r.getEstimate(), 1e-15);
        assertEquals(8.009508716323296, r.getDegreesOfFreedom().getAsDouble(), 1e-12);
        assertEquals(0.8070057273163291, r.getLower(), 1e-9);
        assertEquals(5.192994272683671, r.getUpper(), 1e-9);
        assertEquals(Ahead.FOCUS, r.getAhead());
        assertTrue(r.intervalExcludesNoGap());
        assertEquals(8, r.getFocusN());
        assertEquals(3, r.getReferenceN());
        assertEquals(5.0, r.getFocusValue().getAsDouble());
        assertEquals(2.0, r.getReferenceValue().getAsDouble());
    }

    @Test
    void lowerIsBetterFlipsWhoIsAhead() {
        GapResult r = Gaps.meanGap(Summary.ofValues(2, 4, 4, 4, 5, 5, 7, 9), Summary.ofValues(1, 2, 3), BOYS,
                ANY_SIZE.withPolarity(Polarity.LOWER_IS_BETTER));
        assertEquals(Ahead.REFERENCE, r.getAhead());
    }

    @Test
    void meanGapAgainstBenchmarkUsesOneSampleT() {
        // Focus {2,4,4,4,5,5,7,9}, benchmark 4.5: d = 0.5, se = √(32/7/8), df = 7,
        // t(0.975, 7) = 2.364624251592784 (reference_values.py); limits -1.2874879182362098, 2.28748791823621.
        GapResult r = Gaps.meanGap(Summary.ofValues(2, 4, 4, 4, 5, 5, 7, 9),
                Comparison.externalBenchmark("national", 4.5), ANY_SIZE);
        assertEquals(0.5, r.getEstimate(), 1e-15);
        assertEquals(7.0, r.getDegreesOfFreedom().getAsDouble());
        assertEquals(-1.2874879182362098, r.getLower(), 1e-9);
        assertEquals(2.28748791823621, r.getUpper(), 1e-9);
        assertEquals(0, r.getReferenceN());
        assertEquals(4.5, r.getReferenceValue().getAsDouble());
    }

    @Test
    void wholePopulationScalesTheRestInterval() {
        // focus - whole = (nRest / N)(focus - rest): here 3/11 of the Welch result for focus vs rest.
        Summary focus = Summary.ofValues(2, 4, 4, 4, 5, 5, 7, 9);
        Summary rest = Summary.ofValues(1, 2, 3);
        GapResult whole = Gaps.meanGap(focus, focus.merge(rest), Comparison.wholePopulation(), ANY_SIZE);
        GapResult vsRest = Gaps.meanGap(focus, rest, Comparison.restOfPopulation(), ANY_SIZE);
        double scale = 3.0 / 11;
        // whole mean = (40 + 6) / 11
        assertEquals(5 - 46.0 / 11, whole.getEstimate(), 1e-14);
        assertEquals(scale * vsRest.getEstimate(), whole.getEstimate(), 1e-14);
        assertEquals(scale * vsRest.getLower(), whole.getLower(), 1e-12);
        assertEquals(scale * vsRest.getUpper(), whole.getUpper(), 1e-12);
        assertEquals(11, whole.getReferenceN());
    }

    @Test
    void focusThatIsTheWholePopulationIsUndefined() {
        Summary s = Summary.ofValues(1, 2, 3);
        GapResult r = Gaps.meanGap(s, s, Comparison.wholePopulation(), ANY_SIZE);
        assertEquals(MetricStatus.UNDEFINED, r.getStatus());
        assertEquals("the focus group is the whole population, so there is no one to compare it with",
                r.getReason());
    }

    @Test
    void recordPathAndColumnPathAgreeWithSummaries() {
        record Pupil(boolean disadvantaged, double score) { }
        List<Pupil> pupils = List.of(new Pupil(true, 2), new Pupil(false, 1), new Pupil(true, 4),
                new Pupil(true, 4), new Pupil(false, 2), new Pupil(true, 4), new Pupil(true, 5),
                new Pupil(true, 5), new Pupil(false, 3), new Pupil(true, 7), new Pupil(true, 9));
        GapResult fromRecords = Gaps.meanGap(pupils, Pupil::disadvantaged, Pupil::score, ANY_SIZE);
        double[] scores = new double[pupils.size()];
        boolean[] flags = new boolean[pupils.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = pupils.get(i).score();
            flags[i] = pupils.get(i).disadvantaged();
        }
        GapResult fromColumns = Gaps.meanGap(scores, flags, ANY_SIZE);
        assertEquals(Comparison.restOfPopulation(), fromRecords.getReference());
        assertEquals(3.0, fromRecords.getEstimate(), 1e-14);
        assertEquals(0.8070057273163291, fromRecords.getLower(), 1e-9);
        assertEquals(fromRecords.getEstimate(), fromColumns.getEstimate(), 0);
        assertEquals(fromRecords.getLower(), fromColumns.getLower(), 0);
    }

    @Test
    void emptyAndSingletonGroupsReportStatusAndReason() {
        GapResult empty = Gaps.meanGap(Summary.empty(), Summary.ofValues(1, 2), BOYS, ANY_SIZE);
        assertEquals(MetricStatus.EMPTY, empty.getStatus());
        assertEquals("focus group is empty", empty.getReason());
        IllegalStateException e = assertThrows(IllegalStateException.class, empty::getEstimate);
        assertEquals("no MEAN_DIFFERENCE is available (EMPTY): focus group is empty", e.getMessage());

        GapResult emptyRef = Gaps.meanGap(Summary.ofValues(1, 2), Summary.empty(), Comparison.restOfPopulation(),
                ANY_SIZE);
        assertEquals(MetricStatus.EMPTY, emptyRef.getStatus());
        assertEquals("rest of population is empty", emptyRef.getReason());

        GapResult single = Gaps.meanGap(Summary.ofValues(7), Summary.ofValues(1, 2), BOYS, ANY_SIZE);
        assertEquals(MetricStatus.UNDEFINED, single.getStatus());
        assertEquals("focus group has 1 member; the Welch interval needs at least 2 in each group",
                single.getReason());
    }

    @Test
    void smallGroupsAreComputedButFlagged() {
        GapResult r = Gaps.meanGap(Summary.ofValues(1, 2, 3, 4, 5), Summary.ofValues(3, 4, 5, 6, 7), BOYS,
                MetricOptions.defaults().withMinimumGroupSize(10));
        assertEquals(MetricStatus.BELOW_MINIMUM_GROUP_SIZE, r.getStatus());
        assertEquals("focus group has 5 members, fewer than the minimum group size of 10", r.getReason());
        assertEquals(-2.0, r.getEstimate(), 1e-15);
    }

    @Test
    void allEqualScoresGiveADegenerateInterval() {
        GapResult r = Gaps.meanGap(Summary.ofValues(4, 4, 4), Summary.ofValues(4, 4), BOYS, ANY_SIZE);
        assertEquals(MetricStatus.OK, r.getStatus());
        assertEquals("both groups have zero variance: the interval is the single point 0.0", r.getReason());
        assertEquals(0.0, r.getEstimate());
        assertEquals(0.0, r.getLower());
        assertEquals(0.0, r.getUpper());
        assertEquals(Ahead.NEITHER, r.getAhead());
        assertTrue(r.getDegreesOfFreedom().isEmpty());
    }

    // ------------------------------------------------------ proportions

    @Test
    void newcombeMethod10MatchesPublishedTableII() {
        // Newcombe (1998) Statistics in Medicine 17:873-890, Table II, method 10 (hybrid score), 95% limits.
        assertNewcombe(56, 70, 48, 80, 0.0524, 0.3339);
        assertNewcombe(9, 10, 3, 10, 0.1705, 0.8090);
        assertNewcombe(5, 56, 0, 29, -0.0381, 0.1926);
        assertNewcombe(0, 10, 0, 20, -0.1611, 0.2775);
        assertNewcombe(0, 10, 0, 10, -0.2775, 0.2775);
        assertNewcombe(10, 10, 0, 20, 0.6791, 1.0000);
    }

    private static void assertNewcombe(long x1, long n1, long x2, long n2, double lower, double upper) {
        GapResult r = Gaps.proportionGap(Proportion.of(x1, n1), Proportion.of(x2, n2), BOYS, ANY_SIZE);
        assertEquals((double) x1 / n1 - (double) x2 / n2, r.getEstimate(), 1e-15);
        assertEquals(lower, r.getLower(), 5e-5, "lower for " + x1 + "/" + n1 + " - " + x2 + "/" + n2);
        assertEquals(upper, r.getUpper(), 5e-5, "upper for " + x1 + "/" + n1 + " - " + x2 + "/" + n2);
        assertEquals(x1, r.getFocusNumerator().getAsLong());
        assertEquals(x2, r.getReferenceNumerator().getAsLong());
    }

    @Test
    void newcombeFullPrecisionAgainstIndependentScript() {
        // Python 3 stdlib, Wilson limits from statistics.NormalDist().inv_cdf(0.975), method 10 formula as in Intervals:
        // (56, 70, 48, 80) -> (0.05243147240236498, 0.3338726540369059)
        GapResult r = Gaps.proportionGap(Proportion.of(56, 70), Proportion.of(48, 80), BOYS, ANY_SIZE);
        assertEquals(0.05243147240236498, r.getLower(), 1e-12);
        assertEquals(0.3338726540369059, r.getUpper(), 1e-12);
    }

    @Test
    void proportionGapRecordAndColumnPaths() {
        record Pupil(boolean disadvantaged, boolean metExpected) { }
        List<Pupil> pupils = List.of(new Pupil(true, true), new Pupil(true, false), new Pupil(false, true),
                new Pupil(false, true), new Pupil(false, false));
        GapResult r = Gaps.proportionGap(pupils, Pupil::disadvantaged, Pupil::metExpected, ANY_SIZE);
        GapResult c = Gaps.proportionGap(new boolean[] {true, false, true, true, false},
                new boolean[] {true, true, false, false, false}, ANY_SIZE);
        GapResult s = Gaps.proportionGap(Proportion.of(1, 2), Proportion.of(2, 3), Comparison.restOfPopulation(),
                ANY_SIZE);
        assertEquals(s, r);
        assertEquals(s, c);
        assertEquals(0.5 - 2.0 / 3, r.getEstimate(), 1e-15);
    }

    @Test
    void proportionGapAgainstBenchmarkShiftsWilson() {
        // Wilson 81/263 = (0.2553, 0.3662), Newcombe (1998) Table I; benchmark 0.30.
        GapResult r = Gaps.proportionGap(Proportion.of(81, 263), Comparison.externalBenchmark("national", 0.30),
                ANY_SIZE);
        assertEquals(81.0 / 263 - 0.30, r.getEstimate(), 1e-15);
        assertEquals(0.2552885198782743 - 0.30, r.getLower(), 1e-12);
        assertEquals(0.3662095769828001 - 0.30, r.getUpper(), 1e-12);
    }

    @Test
    void wholePopulationProportionGapIsScaledRestGap() {
        Proportion focus = Proportion.of(56, 70);
        Proportion rest = Proportion.of(48, 80);
        GapResult r = Gaps.proportionGap(focus, focus.merge(rest), Comparison.wholePopulation(), ANY_SIZE);
        // 56/70 - 104/150, and 80/150 of the Newcombe limits above
        assertEquals(0.8 - 104.0 / 150, r.getEstimate(), 1e-15);
        assertEquals(80.0 / 150 * 0.05243147240236498, r.getLower(), 1e-12);
        assertEquals(80.0 / 150 * 0.3338726540369059, r.getUpper(), 1e-12);
    }

    @Test
    void emptyProportionIsReported() {
        GapResult r = Gaps.proportionGap(Proportion.empty(), Proportion.of(1, 2), BOYS, ANY_SIZE);
        assertEquals(MetricStatus.EMPTY, r.getStatus());
        assertEquals("focus group is empty", r.getReason());
        assertTrue(r.getFocusValue().isEmpty());
    }

    // ------------------------------------------------------------- ratio

    @Test
    void katzRatioHandCalculation() {
        // 56/70 over 48/80: r = 0.8 / 0.6 = 4/3; se(ln r) = √(1/56 - 1/70 + 1/48 - 1/80) = √(1/280 + 1/120) = √(1/84).
        // z = 1.959963984540054; limits = exp(ln(4/3) ± z/√84):
        // Python: exp(log(4/3) - 1.959963984540054/sqrt(84)) = 1.0772891717839097,
        //         exp(log(4/3) + 1.959963984540054/sqrt(84)) = 1.6503471848064427
        GapResult r = Gaps.proportionRatio(Proportion.of(56, 70), Proportion.of(48, 80), BOYS, ANY_SIZE);
        assertEquals(4.0 / 3, r.getEstimate(), 1e-15);
        assertEquals(Math.exp(Math.log(4.0 / 3) - 1.959963984540054 / Math.sqrt(84)), r.getLower(), 1e-12);
        assertEquals(Math.exp(Math.log(4.0 / 3) + 1.959963984540054 / Math.sqrt(84)), r.getUpper(), 1e-12);
        assertEquals(Ahead.FOCUS, r.getAhead());
    }

    @Test
    void ratioWithNoEventsIsUndefined() {
        GapResult noRef = Gaps.proportionRatio(Proportion.of(3, 10), Proportion.of(0, 10), BOYS, ANY_SIZE);
        assertEquals(MetricStatus.UNDEFINED, noRef.getStatus());
        assertEquals("reference group has no events (0 of 10); the ratio is undefined", noRef.getReason());
        GapResult noFocus = Gaps.proportionRatio(Proportion.of(0, 10), Proportion.of(3, 10), BOYS, ANY_SIZE);
        assertEquals(MetricStatus.UNDEFINED, noFocus.getStatus());
        assertEquals("focus group has no events (0 of 10); the Katz log interval needs at least one event in each "
                + "group", noFocus.getReason());
    }

    @Test
    void ratioAgainstWholePopulationMapsTheRestInterval() {
        Proportion focus = Proportion.of(56, 70);
        Proportion rest = Proportion.of(48, 80);
        GapResult vsRest = Gaps.proportionRatio(focus, rest, Comparison.restOfPopulation(), ANY_SIZE);
        GapResult vsWhole = Gaps.proportionRatio(focus, focus.merge(rest), Comparison.wholePopulation(), ANY_SIZE);
        double wF = 70.0 / 150;
        double wR = 80.0 / 150;
        assertEquals(0.8 / (104.0 / 150), vsWhole.getEstimate(), 1e-15);
        assertEquals(1 / (wF + wR / vsRest.getEstimate()), vsWhole.getEstimate(), 1e-14);
        assertEquals(1 / (wF + wR / vsRest.getLower()), vsWhole.getLower(), 1e-14);
        assertEquals(1 / (wF + wR / vsRest.getUpper()), vsWhole.getUpper(), 1e-14);
    }

    @Test
    void ratioAgainstBenchmark() {
        GapResult r = Gaps.proportionRatio(Proportion.of(81, 263), Comparison.externalBenchmark("national", 0.25),
                ANY_SIZE);
        assertEquals(81.0 / 263 / 0.25, r.getEstimate(), 1e-15);
        assertEquals(0.2552885198782743 / 0.25, r.getLower(), 1e-12);
        GapResult zero = Gaps.proportionRatio(Proportion.of(81, 263), Comparison.externalBenchmark("national", 0),
                ANY_SIZE);
        assertEquals(MetricStatus.UNDEFINED, zero.getStatus());
        assertEquals("benchmark is 0; the ratio is undefined", zero.getReason());
    }

    // ---------------------------------------------------------- Hedges g

    @Test
    void hedgesGAgainstIndependentScript() {
        // Focus {2,4,4,4,5,5,7,9}, reference {1,2,3}: pooled s = √((32 + 2) / 9), d = 3 / s,
        // J = 1 - 3/(4·9 - 1) = 32/35, g = J d. reference_values.py:
        // hedges A = (1.4111883577440727, 0.06229759394701162, 2.7600791215411338)
        GapResult r = Gaps.hedgesG(Summary.ofValues(2, 4, 4, 4, 5, 5, 7, 9), Summary.ofValues(1, 2, 3), BOYS,
                ANY_SIZE);
        assertEquals(32.0 / 35 * 3 / Math.sqrt(34.0 / 9), r.getEstimate(), 1e-14);
        assertEquals(1.4111883577440727, r.getEstimate(), 1e-12);
        assertEquals(0.06229759394701162, r.getLower(), 1e-9);
        assertEquals(2.7600791215411338, r.getUpper(), 1e-9);
    }

    @Test
    void hedgesGWithZeroSpreadIsUndefined() {
        GapResult r = Gaps.hedgesG(Summary.ofValues(4, 4), Summary.ofValues(5, 5), BOYS, ANY_SIZE);
        assertEquals(MetricStatus.UNDEFINED, r.getStatus());
        assertEquals("both groups have zero variance; the standardised difference is undefined", r.getReason());
    }

    // ------------------------------------------------------- bad input

    @Test
    void badArgumentsAreRejectedByName() {
        Summary s = Summary.ofValues(1, 2);
        assertEquals("focus", assertThrows(NullPointerException.class,
                () -> Gaps.meanGap(null, s, BOYS, ANY_SIZE)).getMessage());
        assertEquals("meanGap with a reference summary needs a group reference; use the benchmark overload for "
                        + "EXTERNAL_BENCHMARK[national=1.0]",
                assertThrows(IllegalArgumentException.class,
                        () -> Gaps.meanGap(s, s, Comparison.externalBenchmark("national", 1), ANY_SIZE)).getMessage());
        assertEquals("meanGap without a reference summary needs an EXTERNAL_BENCHMARK: NAMED_GROUP[boys]",
                assertThrows(IllegalArgumentException.class, () -> Gaps.meanGap(s, BOYS, ANY_SIZE)).getMessage());
        assertEquals("hedgesG compares two independent groups; kind must be NAMED_GROUP or REST_OF_POPULATION: "
                        + "WHOLE_POPULATION",
                assertThrows(IllegalArgumentException.class,
                        () -> Gaps.hedgesG(s, s, Comparison.wholePopulation(), ANY_SIZE)).getMessage());
        assertEquals("columns must have the same length: 2 and 1", assertThrows(IllegalArgumentException.class,
                () -> Gaps.meanGap(new double[] {1, 2}, new boolean[] {true}, ANY_SIZE)).getMessage());
        assertEquals("values[1] must be finite: NaN", assertThrows(IllegalArgumentException.class,
                () -> Gaps.meanGap(new double[] {1, Double.NaN}, new boolean[] {true, false}, ANY_SIZE))
                .getMessage());
        assertEquals("benchmark proportion must be in [0, 1]: 1.5", assertThrows(IllegalArgumentException.class,
                () -> Gaps.proportionGap(Proportion.of(1, 2), Comparison.externalBenchmark("x", 1.5), ANY_SIZE))
                .getMessage());
        assertEquals("reference (whole population, n = 2) must contain the focus group (n = 3)",
                assertThrows(IllegalArgumentException.class, () -> Gaps.meanGap(Summary.ofValues(1, 2, 3), s,
                        Comparison.wholePopulation(), ANY_SIZE)).getMessage());
    }

    // ---- regressions: means near ±1e308 and tiny benchmarks give UNDEFINED with a reason, never Infinity under OK

    @Test
    void meanGapBetweenMeansNearTheEndsOfTheDoubleRangeIsUndefined() {
        GapResult g = Gaps.meanGap(Summary.of(10, 1e308, 1), Summary.of(10, -1e308, 1), Comparison.restOfPopulation(),
                MetricOptions.defaults());
        assertEquals(MetricStatus.UNDEFINED, g.getStatus());
        assertEquals("the difference of means cannot be represented in double precision (estimate Infinity, limits "
                + "Infinity and Infinity)", g.getReason());
        GapResult b = Gaps.meanGap(Summary.of(10, 1e308, 1), Comparison.externalBenchmark("b", -1e308),
                MetricOptions.defaults());
        assertEquals(MetricStatus.UNDEFINED, b.getStatus());
        assertEquals(g.getReason(), b.getReason());
    }

    @Test
    void hedgesGBetweenMeansNearTheEndsOfTheDoubleRangeIsUndefined() {
        GapResult g = Gaps.hedgesG(Summary.of(10, 1e308, 1), Summary.of(10, -1e308, 1), Comparison.restOfPopulation(),
                MetricOptions.defaults());
        assertEquals(MetricStatus.UNDEFINED, g.getStatus());
        assertEquals("the standardised mean difference cannot be represented in double precision (estimate Infinity, "
                + "limits NaN and Infinity)", g.getReason());
    }

    @Test
    void hedgesGWithHugeButFiniteSpreadsIsFinite() {
        // M2 of 1e308 in each group: M2F + M2R overflows, M2F / df + M2R / df does not. Pooled s = √(2e308 / 18),
        // so d = 10 / s and g = J d, both tiny but finite and positive (focus higher).
        Summary f = Summary.ofMoments(10, 10, 1e308);
        Summary r = Summary.ofMoments(10, 0, 1e308);
        GapResult g = Gaps.hedgesG(f, r, Comparison.restOfPopulation(), MetricOptions.defaults());
        assertEquals(MetricStatus.OK, g.getStatus());
        double sp = Math.sqrt(1e308 / 18 + 1e308 / 18);
        double j = 1 - 3 / (4 * 18.0 - 1);
        assertEquals(j * 10 / sp, g.getEstimate(), 1e-12 * (j * 10 / sp));
    }

    @Test
    void proportionRatioOverABenchmarkOfDoubleMinValueIsUndefined() {
        GapResult r = Gaps.proportionRatio(Proportion.of(5, 10), Comparison.externalBenchmark("tiny", Double.MIN_VALUE),
                MetricOptions.defaults());
        assertEquals(MetricStatus.UNDEFINED, r.getStatus());
        assertEquals("the ratio of proportions cannot be represented in double precision (estimate Infinity, limits "
                + "Infinity and Infinity)", r.getReason());
    }

    @Test
    void oneVsRestColumnsWhoseSpreadOverflowsAreUndefined() {
        GapResult g = Gaps.meanGap(new double[] {1, 2, Double.MAX_VALUE, -Double.MAX_VALUE},
                new boolean[] {true, true, false, false}, MetricOptions.defaults().withMinimumGroupSize(1));
        assertEquals(MetricStatus.UNDEFINED, g.getStatus());
        assertEquals("rest of population's scores are too far apart for their sum of squared deviations to be "
                + "represented in double precision", g.getReason());
    }

    @Test
    void aMeanGapToABenchmarkNeedsTwoMembersAndNoMore() {
        // {1, 3} against 0: d = 2, s = √2, se = 1, t(0.975, 1) = 12.706204736174694 (SciPy 1.17 stats.t.ppf).
        GapResult r = Gaps.meanGap(Summary.ofValues(1, 3), Comparison.externalBenchmark("zero", 0), ANY_SIZE);
        assertEquals(MetricStatus.OK, r.getStatus());
        assertEquals(2, r.getEstimate(), 1e-15);
        assertEquals(2 - 12.706204736174694, r.getLower(), 1e-9);
        assertEquals(2 + 12.706204736174694, r.getUpper(), 1e-9);
    }

    @Test
    void aSingleMemberOnOneSideIsNamed() {
        assertEquals("rest of population has 1 member; the Welch interval needs at least 2 in each group",
                Gaps.meanGap(Summary.ofValues(1, 3), Summary.ofValues(5), Comparison.restOfPopulation(), ANY_SIZE)
                        .getReason());
        assertEquals("reference group has 1 member; the Welch interval needs at least 2 in each group",
                Gaps.meanGap(Summary.ofValues(1, 3), Summary.ofValues(5), BOYS, ANY_SIZE).getReason());
        assertEquals("focus group has 1 member; the Welch interval needs at least 2 in each group",
                Gaps.meanGap(Summary.ofValues(5), Summary.ofValues(1, 3), BOYS, ANY_SIZE).getReason());
        assertEquals("reference group has 1 member; Hedges' g needs at least 2 in each group",
                Gaps.hedgesG(Summary.ofValues(1, 3), Summary.ofValues(5), BOYS, ANY_SIZE).getReason());
        assertEquals("focus group has 1 member; Hedges' g needs at least 2 in each group",
                Gaps.hedgesG(Summary.ofValues(5), Summary.ofValues(1, 3), BOYS, ANY_SIZE).getReason());
    }

    @Test
    void welchDegreesOfFreedomSurviveUnderflowingSquares() {
        // vF = 6e-200 / 2 / 3 = 1e-200 and vR = 4e-199 / 4 / 5 = 2e-200: their squares underflow to 0, so the ratio is
        // taken with the variances scaled by the larger. Hand calculation: ν = 3² / (1²/2 + 2²/4) = 6, and with the
        // variances swapped (focus 1.2e-199 / 2 / 3 = 2e-200, rest 2e-199 / 4 / 5 = 1e-200) ν = 3² / (2²/2 + 1²/4) = 4.
        // t(0.975, 6) = 2.4469118511449786 and t(0.975, 4) = 2.7764451051977934 (SciPy 1.17); se = √(3e-200).
        GapResult a = Gaps.meanGap(Summary.ofMoments(3, 0, 6e-200), Summary.ofMoments(5, 0, 4e-199),
                Comparison.restOfPopulation(), ANY_SIZE);
        assertEquals(6, a.getDegreesOfFreedom().getAsDouble(), 1e-12);
        assertEquals(4.2381756478255163e-100, a.getUpper(), 1e-12 * 4.24e-100);
        GapResult b = Gaps.meanGap(Summary.ofMoments(3, 0, 1.2e-199), Summary.ofMoments(5, 0, 2e-199),
                Comparison.restOfPopulation(), ANY_SIZE);
        assertEquals(4, b.getDegreesOfFreedom().getAsDouble(), 1e-12);
        assertEquals(4.808943986628494e-100, b.getUpper(), 1e-12 * 4.81e-100);
    }

    @Test
    void theOneVsRestPathsCountTheFocusGroupsOutcomes() {
        // Focus: 3 of 4 with the outcome; rest: 1 of 4. d = 0.75 - 0.25 = 0.5.
        record Pupil(boolean focus, boolean met) {
        }
        List<Pupil> pupils = List.of(new Pupil(true, true), new Pupil(true, true), new Pupil(true, false),
                new Pupil(true, true), new Pupil(false, false), new Pupil(false, true), new Pupil(false, false),
                new Pupil(false, false));
        GapResult r = Gaps.proportionGap(pupils, Pupil::focus, Pupil::met, ANY_SIZE);
        assertEquals(0.5, r.getEstimate(), 1e-15);
        assertEquals(3, r.getFocusNumerator().getAsLong());
        assertEquals(1, r.getReferenceNumerator().getAsLong());
        assertEquals("columns must have the same length: 2 and 3", assertThrows(IllegalArgumentException.class,
                () -> Gaps.proportionGap(new boolean[2], new boolean[3], ANY_SIZE)).getMessage());
        assertEquals("outcome of record 2 must be finite: NaN", assertThrows(IllegalArgumentException.class,
                () -> Gaps.meanGap(List.of(1.0, 2.0, Double.NaN), x -> x > 1, x -> x, ANY_SIZE)).getMessage());
    }

    @Test
    void aBenchmarkIsNotAReferenceSummaryNorTheOtherWayRound() {
        Comparison national = Comparison.externalBenchmark("national", 0.5);
        assertEquals("proportionGap with a reference summary needs a group reference; use the benchmark overload for "
                + "EXTERNAL_BENCHMARK[national=0.5]", assertThrows(IllegalArgumentException.class,
                        () -> Gaps.proportionGap(Proportion.of(1, 2), Proportion.of(1, 2), national, ANY_SIZE))
                .getMessage());
        assertEquals("proportionRatio with a reference summary needs a group reference; use the benchmark overload "
                + "for EXTERNAL_BENCHMARK[national=0.5]", assertThrows(IllegalArgumentException.class,
                        () -> Gaps.proportionRatio(Proportion.of(1, 2), Proportion.of(1, 2), national, ANY_SIZE))
                .getMessage());
        assertEquals("proportionGap without a reference summary needs an EXTERNAL_BENCHMARK: NAMED_GROUP[boys]",
                assertThrows(IllegalArgumentException.class, () -> Gaps.proportionGap(Proportion.of(1, 2), BOYS,
                        ANY_SIZE)).getMessage());
        assertEquals("benchmark proportion must be in [0, 1]: 1.5", assertThrows(IllegalArgumentException.class,
                () -> Gaps.proportionRatio(Proportion.of(1, 2), Comparison.externalBenchmark("x", 1.5), ANY_SIZE))
                .getMessage());
    }

    @Test
    void aFocusGroupAsLargeAsTheWholePopulationIsUndefinedNotRejected() {
        GapResult all = Gaps.proportionGap(Proportion.of(3, 10), Proportion.of(3, 10), Comparison.wholePopulation(),
                ANY_SIZE);
        assertEquals(MetricStatus.UNDEFINED, all.getStatus());
        assertEquals("the focus group is the whole population, so there is no one to compare it with", all.getReason());
        // Every event in the focus group: 3 of 5 against 3 of 10; d = 0.6 - 0.3 = 0.3.
        GapResult allEvents = Gaps.proportionGap(Proportion.of(3, 5), Proportion.of(3, 10),
                Comparison.wholePopulation(), ANY_SIZE);
        assertEquals(0.3, allEvents.getEstimate(), 1e-15);
    }

    @Test
    void hedgesGOfMeansWhoseDifferenceOverflowsIsComputedFromTheScaledMeans() {
        // Means 1e308 and -1e308 (difference beyond the double range), M2 = 1e308 each: the pooled variance
        // (M2F + M2R) / 2 is taken as M2F / 2 + M2R / 2 = 1e308, s = 1e154, d = 1e154 + 1e154 = 2e154,
        // J = 1 - 3 / 7, g = J d; Var(d) overflows, so the figure is undefined and the reason gives g.
        GapResult g = Gaps.hedgesG(Summary.ofMoments(2, 1e308, 1e308), Summary.ofMoments(2, -1e308, 1e308), BOYS,
                ANY_SIZE);
        assertEquals(MetricStatus.UNDEFINED, g.getStatus());
        String reason = g.getReason();
        String prefix = "the standardised mean difference cannot be represented in double precision (estimate ";
        assertTrue(reason.startsWith(prefix), reason);
        assertTrue(reason.endsWith(", limits -Infinity and Infinity)"), reason);
        double estimate = Double.parseDouble(reason.substring(prefix.length(), reason.indexOf(',')));
        assertEquals((1 - 3.0 / 7) * 2e154, estimate, 1e-12 * 2e154);
    }
}
