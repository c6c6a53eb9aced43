package org.equalityduty.metrics.accumulators;

import static org.equalityduty.metrics.accumulators.GapAssertions.assertSameGap;
import static org.equalityduty.metrics.accumulators.GapAssertions.scale;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.SplittableRandom;
import org.equalityduty.metrics.functions.Gaps;
import org.equalityduty.metrics.options.Comparison;
import org.equalityduty.metrics.options.MetricOptions;
import org.equalityduty.metrics.results.GapResult;
import org.equalityduty.metrics.results.MetricStatus;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class PerSchoolGapsTest extends AccumulatorContract<PerSchoolGaps, PerSchoolGapsTest.Row> {

    private static final MetricOptions ANY_SIZE = MetricOptions.defaults().withMinimumGroupSize(1);

    /** Group 0: focus 1..5, rest 3..7 (the Welch hand example of GapsTest); group 1 empty; group 2 focus only. */
    private static PerSchoolGaps handExample() {
        int[] group = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2};
        double[] score = {1, 3, 2, 4, 3, 5, 4, 6, 5, 7, 10, 12};
        boolean[] focus = {true, false, true, false, true, false, true, false, true, false, true, true};
        boolean[] met = new boolean[score.length];
        for (int i = 0; i < score.length; i++) {
            met[i] = score[i] >= 3;
        }
        return PerSchoolGaps.of(group, 3, score, met, focus);
    }

    @Test
    void welchHandExampleInOneGroup() {
        // Hand calculation (as GapsTest.welchHandExampleWithIntegerDegreesOfFreedom): d = 3 - 5 = -2, se = 1, ν = 8,
        // t(0.975, 8) = 2.306004135204165 (printed t tables; reference_values.py).
        GapResult r = handExample().meanGap(0, MetricOptions.defaults());
        assertEquals(MetricStatus.OK, r.getStatus());
        assertEquals(Comparison.restOfPopulation(), r.getReference());
        assertEquals(-2.0, r.getEstimate(), 1e-15);
        assertEquals(8.0, r.getDegreesOfFreedom().getAsDouble(), 1e-12);
        assertEquals(-4.306004135204165, r.getLower(), 1e-12);
        assertEquals(0.306004135204165, r.getUpper(), 1e-12);
        assertEquals(5, r.getFocusN());
        assertEquals(5, r.getReferenceN());
    }

    @Test
    void proportionHandExampleInOneGroup() {
        // Focus 1..5: 3 of 5 at least 3; rest 3..7: 5 of 5. d = 0.6 - 1 = -0.4, Newcombe limits as Gaps computes them.
        PerSchoolGaps gaps = handExample();
        GapResult r = gaps.proportionGap(0, MetricOptions.defaults());
        GapResult expected = Gaps.proportionGap(Proportion.of(3, 5), Proportion.of(5, 5), Comparison.restOfPopulation(),
                MetricOptions.defaults());
        assertEquals(-0.4, r.getEstimate(), 1e-15);
        assertEquals(expected.getLower(), r.getLower(), 0);
        assertEquals(expected.getUpper(), r.getUpper(), 0);
        assertEquals(Proportion.of(3, 5), gaps.getFocusProportion(0));
        assertEquals(Proportion.of(5, 5), gaps.getRestProportion(0));
    }

    @Test
    void emptyAndOneSidedGroupsAreReportedNotDropped() {
        PerSchoolGaps gaps = handExample();
        List<GapResult> means = gaps.meanGaps(ANY_SIZE);
        List<GapResult> shares = gaps.proportionGaps(ANY_SIZE);
        assertEquals(3, means.size());
        assertEquals(MetricStatus.EMPTY, means.get(1).getStatus());
        assertEquals("focus group is empty", means.get(1).getReason());
        assertEquals(MetricStatus.EMPTY, shares.get(1).getStatus());
        assertEquals(MetricStatus.EMPTY, means.get(2).getStatus());
        assertEquals("rest of population is empty", means.get(2).getReason());
        assertEquals(Summary.empty(), gaps.getRestSummary(2));
        assertEquals(Summary.ofValues(10, 12), gaps.getFocusSummary(2));
    }

    @Test
    void belowMinimumGroupSizeAsInGaps() {
        GapResult r = handExample().meanGap(0, MetricOptions.defaults().withMinimumGroupSize(6));
        assertEquals(MetricStatus.BELOW_MINIMUM_GROUP_SIZE, r.getStatus());
        assertEquals("focus group has 5 members, fewer than the minimum group size of 6", r.getReason());
    }

    @Test
    void manyBlocksInOneCellMatchGapsByEveryPath() {
        // 10,000 KS2-like pupils in one group: more than two blocks of 4096 per cell, by every input path.
        int n = 10_000;
        SplittableRandom random = new SplittableRandom(7);
        int[] group = new int[n];
        double[] score = new double[n];
        boolean[] met = new boolean[n];
        boolean[] focus = new boolean[n];
        for (int i = 0; i < n; i++) {
            group[i] = 1;
            focus[i] = random.nextDouble() < 0.25;
            score[i] = Math.max(80, Math.min(120, Math.round((focus[i] ? 101 : 105) + 7 * random.nextGaussian())));
            met[i] = score[i] >= 100;
        }
        GapResult mean = Gaps.meanGap(score, focus, ANY_SIZE);
        GapResult share = Gaps.proportionGap(met, focus, ANY_SIZE);
        PerSchoolGaps one = PerSchoolGaps.ofGroups(2);
        for (int i = 0; i < n; i++) {
            one.add(1, focus[i], score[i], met[i]);
        }
        for (PerSchoolGaps gaps : List.of(PerSchoolGaps.of(group, 2, score, met, focus),
                PerSchoolGaps.ofGroups(2).addGroup(1, score, met, focus), one)) {
            assertSameGap(mean, gaps.meanGap(1, ANY_SIZE), scale(mean));
            assertSameGap(share, gaps.proportionGap(1, ANY_SIZE), 1);
            assertEquals(MetricStatus.EMPTY, gaps.meanGap(0, ANY_SIZE).getStatus());
        }
    }

    @Test
    void addGroupWithAFocusMajorityMatchesGapsOverManyBlocks() {
        // 10,000 pupils, 70% in focus: after the first block the focus cell is the larger one, so addGroup sums the
        // rest directly and the focus cell by difference; the first block is summed the other way round.
        int n = 10_000;
        SplittableRandom random = new SplittableRandom(11);
        double[] score = new double[n];
        boolean[] met = new boolean[n];
        boolean[] focus = new boolean[n];
        for (int i = 0; i < n; i++) {
            focus[i] = random.nextDouble() < 0.7;
            score[i] = Math.max(80, Math.min(120, Math.round((focus[i] ? 101 : 105) + 7 * random.nextGaussian())));
            met[i] = score[i] >= 100;
        }
        PerSchoolGaps gaps = PerSchoolGaps.ofGroups(1).addGroup(0, score, met, focus);
        GapResult mean = Gaps.meanGap(score, focus, ANY_SIZE);
        assertSameGap(mean, gaps.meanGap(0, ANY_SIZE), scale(mean));
        assertSameGap(Gaps.proportionGap(met, focus, ANY_SIZE), gaps.proportionGap(0, ANY_SIZE), 1);
        assertEquals(Proportion.of(count(met, focus, true), count(focus, focus, true)), gaps.getFocusProportion(0));
        assertEquals(Proportion.of(count(met, focus, false), n - count(focus, focus, true)),
                gaps.getRestProportion(0));
    }

    @Test
    void addGroupSumsACellDirectlyWhenItsSumByDifferenceWouldLoseIt() {
        // The focus cell's squared deviations (about 1e12 each) dwarf the rest's (below 4e-3): a rest sum of squares
        // taken as all minus focus would lose the rest's squares entirely in rounding (the ulp of 1e13 is 2e-3), so
        // addGroup must sum the cells directly. Reference: Summary.ofValues on each cell's own values (Welford).
        int n = 100;
        double[] score = new double[n];
        boolean[] focus = new boolean[n];
        double[] focusValues = new double[40];
        double[] restValues = new double[60];
        int f = 0;
        int r = 0;
        for (int i = 0; i < n; i++) {
            focus[i] = i % 5 < 2;
            if (focus[i]) {
                score[i] = (f % 2 == 0 ? 1 : -1) * (1e6 + 1e4 * f);
                focusValues[f++] = score[i];
            } else {
                score[i] = 1 + 1e-3 * r;
                restValues[r++] = score[i];
            }
        }
        PerSchoolGaps gaps = PerSchoolGaps.ofGroups(1).addGroup(0, score, new boolean[n], focus);
        Summary rest = Summary.ofValues(restValues);
        Summary inFocus = Summary.ofValues(focusValues);
        assertEquals(rest.getMean(), gaps.getRestSummary(0).getMean(), 1e-12 * rest.getMean());
        assertEquals(rest.getVariance(), gaps.getRestSummary(0).getVariance(), 1e-12 * rest.getVariance());
        assertEquals(inFocus.getMean(), gaps.getFocusSummary(0).getMean(), 1e-12 * 1e6);
        assertEquals(inFocus.getVariance(), gaps.getFocusSummary(0).getVariance(), 1e-12 * inFocus.getVariance());
        // The same data in a second block of the same group, now with the cells' means as shifts.
        gaps.addGroup(0, score, new boolean[n], focus);
        assertEquals(rest.getVariance() * 59 / 119 * 2, gaps.getRestSummary(0).getVariance(),
                1e-12 * rest.getVariance());
    }

    private static int count(boolean[] values, boolean[] focus, boolean inFocus) {
        int c = 0;
        for (int i = 0; i < values.length; i++) {
            c += values[i] && focus[i] == inFocus ? 1 : 0;
        }
        return c;
    }

    @Test
    void hugeFiniteScoresAreAddedOneByOneNotRejected() {
        // Squares overflow a shifted sum; the block is then added with Welford's update, as Gaps.meanGap does. The
        // focus cell {1e200, 1e200} has M2 = 0; the rest {3e200, 2e200} has M2 = (1e200)² / 2 = 5e399, beyond the
        // double range, so its summary cannot be represented and the gap says so (it used to hold M2 = Infinity).
        double[] score = {1e200, 1e200, 3e200, 2e200};
        boolean[] focus = {true, true, false, false};
        boolean[] met = {false, true, false, false};
        PerSchoolGaps gaps = PerSchoolGaps.ofGroups(1).addGroup(0, score, met, focus);
        assertEquals(Summary.ofValues(1e200, 1e200), gaps.getFocusSummary(0));
        assertEquals(Proportion.of(1, 2), gaps.getFocusProportion(0));
        assertEquals(Proportion.of(0, 2), gaps.getRestProportion(0));
        assertEquals("the scores of the rest of group 0 are too far apart for their sum of squared deviations to be "
                + "represented in double precision",
                assertThrows(ArithmeticException.class, () -> gaps.getRestSummary(0)).getMessage());
        GapResult gap = gaps.meanGap(0, ANY_SIZE);
        assertEquals(MetricStatus.UNDEFINED, gap.getStatus());
        assertEquals("rest of population's scores are too far apart for their sum of squared deviations to be "
                + "represented in double precision", gap.getReason());
        assertEquals(MetricStatus.OK, gaps.proportionGap(0, ANY_SIZE).getStatus());
    }

    @Test
    void combineEqualsOnePass() {
        PerSchoolGaps whole = handExample();
        PerSchoolGaps first = PerSchoolGaps.ofGroups(3).add(0, true, 1, false).add(0, false, 3, true);
        PerSchoolGaps second = PerSchoolGaps.of(new int[] {0, 0, 0, 0, 0, 0, 0, 0, 2, 2},
                3, new double[] {2, 4, 3, 5, 4, 6, 5, 7, 10, 12},
                new boolean[] {false, true, true, true, true, true, true, true, true, true},
                new boolean[] {true, false, true, false, true, false, true, false, true, true});
        PerSchoolGaps combined = first.combine(second);
        for (int g = 0; g < 3; g++) {
            assertEquals(whole.getFocusSummary(g).getN(), combined.getFocusSummary(g).getN());
            assertEquals(whole.getFocusProportion(g), combined.getFocusProportion(g));
            assertEquals(whole.getRestProportion(g), combined.getRestProportion(g));
            GapResult expected = whole.meanGap(g, ANY_SIZE);
            assertSameGap(expected, combined.meanGap(g, ANY_SIZE), expected.hasValue() ? scale(expected) : 1);
        }
    }

    // ------------------------------------------------------------ bad input

    @Test
    void groupCountMustBePositive() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PerSchoolGaps.ofGroups(0));
        assertEquals("groupCount must be between 1 and 100000000: 0", e.getMessage());
    }

    @Test
    void groupOutOfRangeIsRejectedWithItsPosition() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PerSchoolGaps.of(
                new int[] {0, 2}, 2, new double[] {1, 2}, new boolean[2], new boolean[2]));
        assertEquals("groupCodes[1] must be in [0, 2): 2", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> PerSchoolGaps.ofGroups(2).add(-1, true, 1, true));
        assertEquals("group must be in [0, 2): -1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> PerSchoolGaps.ofGroups(2).addGroup(2, new double[0], new boolean[0], new boolean[0]));
        assertEquals("group must be in [0, 2): 2", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> PerSchoolGaps.ofGroups(2).meanGap(5, ANY_SIZE));
        assertEquals("group must be in [0, 2): 5", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> PerSchoolGaps.ofGroups(2).addAll(List.of("a", "b"),
                s -> s.equals("a") ? 0 : 7, s -> true, s -> 1.0, s -> true));
        assertEquals("group of record 1 must be in [0, 2): 7", e.getMessage());
    }

    @Test
    void scoresMustBeFinite() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PerSchoolGaps.of(
                new int[] {0, 0}, 1, new double[] {1, Double.NaN}, new boolean[2], new boolean[2]));
        assertEquals("scores[1] must be finite: NaN", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> PerSchoolGaps.ofGroups(1)
                .addGroup(0, new double[] {1, 2, Double.POSITIVE_INFINITY}, new boolean[3], new boolean[3]));
        assertEquals("scores[2] must be finite: Infinity", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> PerSchoolGaps.ofGroups(1).add(0, false, Double.NEGATIVE_INFINITY, true));
        assertEquals("score for group 0 must be finite: -Infinity", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> PerSchoolGaps.ofGroups(1).addAll(List.of(1.0, Double.NaN),
                x -> 0, x -> true, x -> x, x -> true));
        assertEquals("score of record 1 must be finite: NaN", e.getMessage());
    }

    @Test
    void columnsMustHaveTheSameLength() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PerSchoolGaps.of(
                new int[] {0, 0}, 1, new double[] {1}, new boolean[2], new boolean[2]));
        assertEquals("columns must have the same length: 2 and 1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> PerSchoolGaps.ofGroups(1).addGroup(0, new double[2], new boolean[2], new boolean[3]));
        assertEquals("columns must have the same length: 2 and 3", e.getMessage());
    }

    @Test
    void combineNeedsTheSameGroupCount() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PerSchoolGaps.ofGroups(2).combine(PerSchoolGaps.ofGroups(3)));
        assertEquals("group counts differ: 2 and 3", e.getMessage());
    }

    @Test
    void nullArgumentsAreNamed() {
        PerSchoolGaps gaps = PerSchoolGaps.ofGroups(1);
        assertEquals("groupCodes", assertThrows(NullPointerException.class,
                () -> gaps.addAll(null, new double[0], new boolean[0], new boolean[0])).getMessage());
        assertEquals("scores", assertThrows(NullPointerException.class,
                () -> gaps.addGroup(0, null, new boolean[0], new boolean[0])).getMessage());
        assertEquals("records", assertThrows(NullPointerException.class,
                () -> gaps.addAll(null, x -> 0, x -> true, x -> 1.0, x -> true)).getMessage());
        assertEquals("options", assertThrows(NullPointerException.class, () -> gaps.meanGaps(null)).getMessage());
        assertEquals("other", assertThrows(NullPointerException.class, () -> gaps.combine(null)).getMessage());
    }

    // ---- the accumulator contract: pupils of four schools; counts exactly, moments to 1e-9 relative

    /** One pupil: school code, focus membership, score and outcome. */
    record Row(int school, boolean focus, double score, boolean met) {
    }

    private static final int SCHOOLS = 4;

    @Override
    PerSchoolGaps empty() {
        return PerSchoolGaps.ofGroups(SCHOOLS);
    }

    @Override
    PerSchoolGaps add(PerSchoolGaps accumulator, Row observation) {
        return accumulator.add(observation.school(), observation.focus(), observation.score(), observation.met());
    }

    @Override
    Gen<Row> observations() {
        return integers().between(0, SCHOOLS - 1).zip(booleans().all(), doubles().between(80, 120),
                (g, f, x) -> new Row(g, f, x, x >= 100));
    }

    @Override
    void assertSameFigures(PerSchoolGaps expected, PerSchoolGaps actual) {
        for (int g = 0; g < SCHOOLS; g++) {
            assertEquals(expected.getFocusProportion(g), actual.getFocusProportion(g));
            assertEquals(expected.getRestProportion(g), actual.getRestProportion(g));
            for (boolean focus : new boolean[] {true, false}) {
                Summary e = focus ? expected.getFocusSummary(g) : expected.getRestSummary(g);
                Summary a = focus ? actual.getFocusSummary(g) : actual.getRestSummary(g);
                assertEquals(e.getN(), a.getN());
                if (!e.isEmpty()) {
                    assertEquals(e.getMean(), a.getMean(), 1e-9 * (1 + Math.abs(e.getMean())));
                    assertEquals(e.getSumOfSquaredDeviations(), a.getSumOfSquaredDeviations(),
                            1e-9 * (1 + e.getSumOfSquaredDeviations()));
                }
            }
        }
    }

    @Override
    void assertEmpty(PerSchoolGaps empty) {
        for (int g = 0; g < SCHOOLS; g++) {
            assertTrue(empty.getFocusSummary(g).isEmpty());
            assertTrue(empty.getRestSummary(g).isEmpty());
            assertEquals("focus group is empty", empty.meanGap(g, ANY_SIZE).getReason());
        }
    }

    @Override
    void assertSingle(PerSchoolGaps single, Row observation) {
        int g = observation.school();
        Summary s = observation.focus() ? single.getFocusSummary(g) : single.getRestSummary(g);
        assertEquals(1, s.getN());
        assertEquals(observation.score(), s.getMean(), 0);
        Proportion p = observation.focus() ? single.getFocusProportion(g) : single.getRestProportion(g);
        assertEquals(Proportion.of(observation.met() ? 1 : 0, 1), p);
    }

    @Test
    void meansNearTheEndsOfTheDoubleRangeGiveUndefinedNotInfinity() {
        PerSchoolGaps g = PerSchoolGaps.ofGroups(1);
        for (int i = 0; i < 5; i++) {
            g.add(0, true, 1e308, true).add(0, false, -1e308, false);
        }
        GapResult gap = g.meanGap(0, MetricOptions.defaults());
        assertEquals(MetricStatus.UNDEFINED, gap.getStatus());
        assertEquals("the difference of means cannot be represented in double precision (estimate Infinity, limits "
                + "Infinity and Infinity)", gap.getReason());
        assertEquals(gap, g.meanGaps(MetricOptions.defaults()).get(0));
    }

    @Test
    void blockCountsStayExactWhenEveryOrNoValueHasTheOutcome() {
        // A block keeps its count and outcome count in one double (count + hits / 8192): at the block's limit of 4096
        // values, all of them with the outcome, the fraction is largest (exactly 1/2). Three full blocks and one
        // more value per cell, counted by hand: 3 x 4096 + 1 = 12,289 members, all or none with the outcome.
        int n = 3 * PerSchoolGaps.BLOCK + 1;
        PerSchoolGaps gaps = PerSchoolGaps.ofGroups(2);
        for (int i = 0; i < n; i++) {
            gaps.add(1, true, 100 + i % 2, true).add(1, false, 90, false).add(0, true, 7, i < PerSchoolGaps.BLOCK);
        }
        assertEquals(Proportion.of(n, n), gaps.getFocusProportion(1));
        assertEquals(Proportion.of(0, n), gaps.getRestProportion(1));
        assertEquals(Proportion.of(PerSchoolGaps.BLOCK, n), gaps.getFocusProportion(0));
        assertEquals(Proportion.of(0, 0), gaps.getRestProportion(0));
        // Scores 100, 101, 100, ...: 6,145 of 100 and 6,144 of 101, so the mean is 100 + 6144/12289.
        assertEquals(n, gaps.getFocusSummary(1).getN());
        assertEquals(100 + 6144.0 / n, gaps.getFocusSummary(1).getMean(), 1e-12);
        assertEquals(Summary.ofValues(90, 90).getVariance(), gaps.getRestSummary(1).getVariance(), 0);
        assertEquals(90, gaps.getRestSummary(1).getMean(), 0);
    }
}
