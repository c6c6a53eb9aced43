package org.equalityduty.metrics.accumulators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.equalityduty.metrics.options.MetricOptions;
import org.equalityduty.metrics.results.GapIndexResult;
import org.equalityduty.metrics.results.MetricStatus;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class GapIndexTest extends AccumulatorContract<GapIndex, GapIndexTest.Ranked> {

    @Test
    void addAllAddsNothingWhenAScoreIsOffTheGrid() {
        GapIndex histogram = GapIndex.ks2().add(200, true);
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> histogram.addAll(new double[] {200, 201, 200.5}, new boolean[] {true, false, false}));
        assertEquals("scores[2] is not on the grid from 160.0 in steps of 1.0 to 240.0: 200.5", ex.getMessage());
        // Only the pupil added before the failed call is counted.
        assertEquals(1, histogram.getDisadvantagedCount(200));
        assertEquals(0, histogram.getOtherCount(201));
    }

    @Test
    void intFastPathAddsNothingWhenAScoreIsOffTheGrid() {
        GapIndex histogram = GapIndex.ks2().add(200, true);
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> histogram.addAll(new int[] {200, 201, 241}, new boolean[] {true, false, false}));
        assertEquals("scores[2] is not on the grid from 160.0 in steps of 1.0 to 240.0: 241.0", ex.getMessage());
        assertEquals(1, histogram.getDisadvantagedCount(200));
        assertEquals(0, histogram.getOtherCount(201));
        assertEquals("scores[0] is not on the grid from 160.0 in steps of 1.0 to 240.0: 159.0",
                assertThrows(IllegalArgumentException.class,
                        () -> histogram.addAll(new int[] {159}, new boolean[] {false})).getMessage());
        assertEquals(1, histogram.result(ANY_SIZE).getN());
    }

    @Test
    void intFastPathRejectsScoresWhoseDistanceFromTheMinimumOverflowsAnInt() {
        // MIN_VALUE - (MAX_VALUE - 10) wraps around to 11 in int arithmetic: still off a grid of 11 points.
        GapIndex top = GapIndex.onGrid(Integer.MAX_VALUE - 10, Integer.MAX_VALUE, 1);
        assertEquals("scores[1] is not on the grid from 2.147483637E9 in steps of 1.0 to 2.147483647E9:"
                + " -2.147483648E9", assertThrows(IllegalArgumentException.class,
                        () -> top.addAll(new int[] {Integer.MAX_VALUE, Integer.MIN_VALUE}, new boolean[] {false,
                            true})).getMessage());
        assertEquals(0, top.getOtherCount(Integer.MAX_VALUE));
        top.addAll(new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE - 10}, new boolean[] {false, true});
        assertEquals(1, top.getOtherCount(Integer.MAX_VALUE));
        assertEquals(1, top.getDisadvantagedCount(Integer.MAX_VALUE - 10));
        // MAX_VALUE - (-5) wraps around to a negative int.
        assertEquals("scores[0] is not on the grid from -5.0 in steps of 1.0 to 5.0: 2.147483647E9",
                assertThrows(IllegalArgumentException.class, () -> GapIndex.onGrid(-5, 5, 1)
                        .addAll(new int[] {Integer.MAX_VALUE}, new boolean[] {true})).getMessage());
    }

    @Test
    void intPathOnAGridOfStepTwoChecksTheRemainderAndBothEnds() {
        GapIndex evens = GapIndex.onGrid(0, 10, 2);
        assertEquals("scores[2] is not on the grid from 0.0 in steps of 2.0 to 10.0: 5.0",
                assertThrows(IllegalArgumentException.class, () -> evens.addAll(new int[] {4, 6, 5},
                        new boolean[] {true, false, true})).getMessage());
        assertEquals("scores[1] is not on the grid from 0.0 in steps of 2.0 to 10.0: 12.0",
                assertThrows(IllegalArgumentException.class, () -> evens.addAll(new int[] {10, 12},
                        new boolean[] {true, false})).getMessage());
        assertEquals("scores[0] is not on the grid from 0.0 in steps of 2.0 to 10.0: -2.0",
                assertThrows(IllegalArgumentException.class, () -> evens.addAll(new int[] {-2},
                        new boolean[] {true})).getMessage());
        assertEquals(0, evens.result(ANY_SIZE).getN());
        evens.addAll(new int[] {0, 4, 4, 10}, new boolean[] {true, true, false, false});
        assertEquals(1, evens.getDisadvantagedCount(0));
        assertEquals(1, evens.getDisadvantagedCount(4));
        assertEquals(1, evens.getOtherCount(4));
        assertEquals(1, evens.getOtherCount(10));
        assertEquals(0, evens.getOtherCount(0));
    }

    @Test
    void doublePathAcceptsScoresWithinTheGridToleranceAndRejectsTheRest() {
        // 200 + 1e-10 is 40.0000000001 steps from 160: within 1e-9 x 40 steps of bin 40, so it counts as 200.
        GapIndex histogram = GapIndex.ks2().addAll(new double[] {200 + 1e-10, 200 - 1e-10, 240},
                new boolean[] {true, false, true});
        assertEquals(1, histogram.getDisadvantagedCount(200));
        assertEquals(1, histogram.getOtherCount(200));
        assertEquals(1, histogram.getDisadvantagedCount(240));
        assertEquals("scores[0] is not on the grid from 160.0 in steps of 1.0 to 240.0: 200.0001",
                assertThrows(IllegalArgumentException.class, () -> histogram.addAll(new double[] {200.0001},
                        new boolean[] {true})).getMessage());
        assertEquals("scores[1] is not on the grid from 160.0 in steps of 1.0 to 240.0: Infinity",
                assertThrows(IllegalArgumentException.class, () -> histogram.addAll(new double[] {200,
                    Double.POSITIVE_INFINITY}, new boolean[] {true, true})).getMessage());
        assertEquals("scores[0] is not on the grid from 160.0 in steps of 1.0 to 240.0: 1.0E12",
                assertThrows(IllegalArgumentException.class, () -> histogram.addAll(new double[] {1e12},
                        new boolean[] {true})).getMessage());
        assertEquals("scores[0] is not on the grid from 160.0 in steps of 1.0 to 240.0: 240.5",
                assertThrows(IllegalArgumentException.class, () -> histogram.addAll(new double[] {240.5},
                        new boolean[] {true})).getMessage());
        assertEquals(3, histogram.result(ANY_SIZE).getN());
        // -0.0 is the grid's first point 0; KS4's half grades are exact positions too.
        assertEquals(1, GapIndex.onGrid(0, 10, 1).addAll(new double[] {-0.0}, new boolean[] {false})
                .getOtherCount(0));
        assertEquals(1, GapIndex.ks4().addAll(new double[] {8.5}, new boolean[] {true}).getDisadvantagedCount(8.5));
    }

    private static final MetricOptions ANY_SIZE = MetricOptions.defaults().withMinimumGroupSize(1);

    @Test
    void handExampleWithATie() {
        // Hand calculation. Disadvantaged {1, 2}, others {2, 3, 4}; N = 5.
        // Ranks: 1 -> 1; the two 2s share (2 + 3) / 2 = 2.5; 3 -> 4; 4 -> 5.
        // Disadvantaged: ranks 1, 2.5, mean 1.75, mean PR 1.75 / 5 = 0.35.
        // Others: ranks 2.5, 4, 5, mean 11.5 / 3, mean PR 11.5 / 15 = 0.766666...
        // index = 20 (11.5/15 - 0.35) = 20 × 0.416666... = 25/3 = 8.333333...
        GapIndex h = GapIndex.onGrid(0, 10, 1)
                .add(1, true).add(2, true).add(2, false).add(3, false).add(4, false);
        GapIndexResult r = h.result(ANY_SIZE);
        assertEquals(MetricStatus.OK, r.getStatus());
        assertEquals("OK", r.getReason());
        assertEquals(25.0 / 3, r.getIndex(), 0);
        assertEquals(0.35, r.getMeanPercentileRankDisadvantaged(), 1e-16);
        assertEquals(11.5 / 15, r.getMeanPercentileRankOthers(), 1e-16);
        assertEquals(2, r.getDisadvantagedCount());
        assertEquals(3, r.getOtherCount());
        assertEquals(5, r.getN());
        assertEquals(r, GapIndex.sortBased(new double[] {1, 2, 2, 3, 4}, new boolean[] {true, true, false, false,
            false}, ANY_SIZE));
    }

    @Test
    void handExampleOnTheKs2Grid() {
        // Disadvantaged {200, 210}, others {200, 220}. Ranks: the two 200s share 1.5; 210 -> 3; 220 -> 4.
        // Mean PR disadvantaged (1.5 + 3) / 2 / 4 = 0.5625; others (1.5 + 4) / 2 / 4 = 0.6875.
        // index = 20 × 0.125 = 2.5.
        record Pupil(int readingPlusMaths, boolean disadvantaged) { }
        List<Pupil> cohort = List.of(new Pupil(200, true), new Pupil(210, true), new Pupil(200, false),
                new Pupil(220, false));
        GapIndexResult r = GapIndex.ks2().addAll(cohort, Pupil::readingPlusMaths, Pupil::disadvantaged)
                .result(ANY_SIZE);
        assertEquals(2.5, r.getIndex(), 0);
        assertEquals(0.5625, r.getMeanPercentileRankDisadvantaged(), 0);
        assertEquals(0.6875, r.getMeanPercentileRankOthers(), 0);
    }

    @Test
    void ks4HalfGrades() {
        // Hand calculation. Disadvantaged {3.5, 4}, others {4, 6.5}. Ranks: 3.5 -> 1; the two 4s share 2.5; 6.5 -> 4.
        // Mean PR disadvantaged (1 + 2.5) / 2 / 4 = 0.4375; others (2.5 + 4) / 2 / 4 = 0.8125; index 20 × 0.375 = 7.5.
        GapIndexResult r = GapIndex.ks4().addAll(new double[] {3.5, 4, 4, 6.5},
                new boolean[] {true, true, false, false}).result(ANY_SIZE);
        assertEquals(7.5, r.getIndex(), 0);
        assertEquals(0.4375, r.getMeanPercentileRankDisadvantaged(), 0);
    }

    @Test
    void completeSeparationGivesTen() {
        GapIndexResult r = GapIndex.sortBased(new double[] {1, 2, 3, 10, 11}, new boolean[] {true, true, true, false,
            false}, ANY_SIZE);
        assertEquals(10.0, r.getIndex(), 0);
    }

    @Test
    void tiesEverywhereGiveZero() {
        GapIndexResult r = GapIndex.ks2().add(200, true).add(200, false).add(200, false).result(ANY_SIZE);
        assertEquals(0.0, r.getIndex(), 0);
        // All three share rank (1 + 2 + 3) / 3 = 2, percentile rank 2 / 3 for everyone.
        assertEquals(2.0 / 3, r.getMeanPercentileRankDisadvantaged(), 1e-16);
        assertEquals(2.0 / 3, r.getMeanPercentileRankOthers(), 1e-16);
    }

    @Test
    void emptyGroupsAreReported() {
        GapIndexResult none = GapIndex.ks2().result(ANY_SIZE);
        assertEquals(MetricStatus.EMPTY, none.getStatus());
        assertEquals("no pupils", none.getReason());
        assertEquals("no gap index is available (EMPTY): no pupils",
                assertThrows(IllegalStateException.class, none::getIndex).getMessage());
        GapIndexResult noDisadvantaged = GapIndex.ks2().add(200, false).result(ANY_SIZE);
        assertEquals(MetricStatus.EMPTY, noDisadvantaged.getStatus());
        assertEquals("no disadvantaged pupils", noDisadvantaged.getReason());
        GapIndexResult noOthers = GapIndex.sortBased(new double[] {1}, new boolean[] {true}, ANY_SIZE);
        assertEquals(MetricStatus.EMPTY, noOthers.getStatus());
        assertEquals("no other pupils", noOthers.getReason());
    }

    @Test
    void singlePupilInAGroupIsBelowMinimum() {
        GapIndexResult r = GapIndex.ks2().add(200, true).add(210, false).add(220, false)
                .result(MetricOptions.defaults());
        assertEquals(MetricStatus.BELOW_MINIMUM_GROUP_SIZE, r.getStatus());
        assertEquals("1 disadvantaged pupils, fewer than the minimum group size of 5", r.getReason());
        assertEquals(10.0, r.getIndex(), 0);
    }

    @Test
    void schoolsCombineIntoTheTrust() {
        GapIndex a = GapIndex.onGrid(0, 10, 1).add(1, true).add(2, false);
        GapIndex b = GapIndex.onGrid(0, 10, 1).add(2, true).add(3, false).add(4, false);
        GapIndex trust = a.copy().combine(b);
        assertEquals(25.0 / 3, trust.result(ANY_SIZE).getIndex(), 0);
        assertEquals(1, trust.getDisadvantagedCount(2));
        assertEquals(1, trust.getOtherCount(2));
        assertEquals(1, a.getOtherCount(2)); // the copy protected a
    }

    @Test
    void badInputIsRejectedByName() {
        assertEquals("score is not on the grid from 160.0 in steps of 1.0 to 240.0: 159.0",
                assertThrows(IllegalArgumentException.class, () -> GapIndex.ks2().add(159, true)).getMessage());
        assertEquals("score is not on the grid from 0.0 in steps of 0.5 to 9.0: 4.25",
                assertThrows(IllegalArgumentException.class, () -> GapIndex.ks4().add(4.25, true)).getMessage());
        assertEquals("scores[1] is not on the grid from 160.0 in steps of 1.0 to 240.0: NaN",
                assertThrows(IllegalArgumentException.class, () -> GapIndex.ks2().addAll(new double[] {200, Double.NaN},
                        new boolean[] {true, false})).getMessage());
        assertEquals("grids differ: [160.0..240.0 step 1.0] and [0.0..9.0 step 0.5]",
                assertThrows(IllegalArgumentException.class, () -> GapIndex.ks2().combine(GapIndex.ks4()))
                        .getMessage());
        assertEquals("step must be positive and finite: 0.0",
                assertThrows(IllegalArgumentException.class, () -> GapIndex.onGrid(0, 1, 0)).getMessage());
        assertEquals("maximum must lie on the grid from 0.0 in steps of 0.5 with at most 10,000,000 points: 1.2",
                assertThrows(IllegalArgumentException.class, () -> GapIndex.onGrid(0, 1.2, 0.5)).getMessage());
        assertEquals("scores[0] must be finite: Infinity", assertThrows(IllegalArgumentException.class,
                () -> GapIndex.sortBased(new double[] {Double.POSITIVE_INFINITY}, new boolean[] {true}, ANY_SIZE))
                .getMessage());
    }

    // ---- the accumulator contract: KS2 pupils (reading plus maths, 160..240); counts and the index exactly

    /** One pupil: a KS2 score and whether disadvantaged. */
    record Ranked(int score, boolean disadvantaged) {
    }

    @Override
    GapIndex empty() {
        return GapIndex.ks2();
    }

    @Override
    GapIndex add(GapIndex accumulator, Ranked observation) {
        return accumulator.add(observation.score(), observation.disadvantaged());
    }

    @Override
    Gen<Ranked> observations() {
        return integers().between(160, 240).zip(booleans().all(), Ranked::new);
    }

    @Override
    void assertSameFigures(GapIndex expected, GapIndex actual) {
        for (int score = 160; score <= 240; score++) {
            assertEquals(expected.getDisadvantagedCount(score), actual.getDisadvantagedCount(score));
            assertEquals(expected.getOtherCount(score), actual.getOtherCount(score));
        }
        assertEquals(expected.result(ANY_SIZE), actual.result(ANY_SIZE));
    }

    @Override
    void assertEmpty(GapIndex empty) {
        GapIndexResult r = empty.result(ANY_SIZE);
        assertEquals(MetricStatus.EMPTY, r.getStatus());
        assertEquals("no pupils", r.getReason());
        assertEquals("no gap index is available (EMPTY): no pupils",
                assertThrows(IllegalStateException.class, r::getIndex).getMessage());
    }

    @Override
    void assertSingle(GapIndex single, Ranked observation) {
        assertEquals(observation.disadvantaged() ? 1 : 0, single.getDisadvantagedCount(observation.score()));
        assertEquals(observation.disadvantaged() ? 0 : 1, single.getOtherCount(observation.score()));
        assertEquals(1, single.result(ANY_SIZE).getN());
    }

    @Test
    void aGridOfOnePointRanksEveryoneTogether() {
        // minimum = maximum: one bin; everyone ties, so the index is 0 (GapIndex's definition).
        GapIndexResult r = GapIndex.onGrid(5, 5, 1).add(5, true).add(5, false).result(ANY_SIZE);
        assertEquals(0.0, r.getIndex(), 0);
        assertEquals(2, r.getN());
    }

    @Test
    void aMaximumWithinTheGridToleranceIsOnTheGrid() {
        // 240 + 1e-8 is 80.00000001 steps from 160: within 1e-9 x 80 steps of point 80, so the grid ends at 240.
        GapIndex near = GapIndex.onGrid(160, 240 + 1e-8, 1).add(240, true);
        assertEquals(1, near.getDisadvantagedCount(240));
        assertEquals("score is not on the grid from 160.0 in steps of 1.0 to 240.0: 241.0",
                assertThrows(IllegalArgumentException.class, () -> near.add(241, true)).getMessage());
        assertEquals("maximum must lie on the grid from 160.0 in steps of 1.0 with at most 10,000,000 points: "
                + "240.000001", assertThrows(IllegalArgumentException.class,
                        () -> GapIndex.onGrid(160, 240.000001, 1)).getMessage());
    }

    @Test
    void aGridOfMoreThanTenMillionPointsIsRejected() {
        // 0..10,000,000 in steps of 1 has 10,000,001 points.
        assertEquals("maximum must lie on the grid from 0.0 in steps of 1.0 with at most 10,000,000 points: 1.0E7",
                assertThrows(IllegalArgumentException.class, () -> GapIndex.onGrid(0, 10_000_000, 1)).getMessage());
    }

    @Test
    void columnsOfDifferentLengthsAreRejectedByEveryColumnPath() {
        assertEquals("columns must have the same length: 2 and 1", assertThrows(IllegalArgumentException.class,
                () -> GapIndex.ks2().addAll(new double[] {200, 201}, new boolean[] {true})).getMessage());
        assertEquals("columns must have the same length: 1 and 2", assertThrows(IllegalArgumentException.class,
                () -> GapIndex.ks2().addAll(new double[] {200}, new boolean[] {true, false})).getMessage());
        assertEquals("columns must have the same length: 2 and 1", assertThrows(IllegalArgumentException.class,
                () -> GapIndex.ks2().addAll(new int[] {200, 201}, new boolean[] {true})).getMessage());
        assertEquals("columns must have the same length: 1 and 2", assertThrows(IllegalArgumentException.class,
                () -> GapIndex.ks2().addAll(new int[] {200}, new boolean[] {true, false})).getMessage());
        assertEquals("columns must have the same length: 2 and 1", assertThrows(IllegalArgumentException.class,
                () -> GapIndex.sortBased(new double[] {1, 2}, new boolean[] {true}, ANY_SIZE)).getMessage());
        assertEquals("columns must have the same length: 1 and 2", assertThrows(IllegalArgumentException.class,
                () -> GapIndex.sortBased(new double[] {1}, new boolean[] {true, false}, ANY_SIZE)).getMessage());
    }

    @Test
    void aGridStartingAtTheSmallestIntIsAWholeNumberGrid() {
        GapIndex bottom = GapIndex.onGrid(Integer.MIN_VALUE, Integer.MIN_VALUE + 10, 1);
        assertTrue(bottom.isWholeNumberGrid());
        bottom.addAll(new int[] {Integer.MIN_VALUE, Integer.MIN_VALUE + 10}, new boolean[] {true, false});
        assertEquals(1, bottom.getDisadvantagedCount(Integer.MIN_VALUE));
        assertEquals(1, bottom.getOtherCount(Integer.MIN_VALUE + 10));
        // Below the int range the grid is not one an int can hold.
        assertFalse(GapIndex.onGrid(Integer.MIN_VALUE - 1.0, Integer.MIN_VALUE + 10.0, 1).isWholeNumberGrid());
    }

    @Test
    void scoresJustInsideTheGridEndsCountAndOneStepBeyondDoNot() {
        // 160 + 1e-12 is within the tolerance of the first point; 240 - 1e-12 of the last.
        GapIndex h = GapIndex.ks2().add(160 + 1e-12, true).add(240 - 1e-12, false);
        assertEquals(1, h.getDisadvantagedCount(160));
        assertEquals(1, h.getOtherCount(240));
        assertEquals("score is not on the grid from 160.0 in steps of 1.0 to 240.0: 241.0",
                assertThrows(IllegalArgumentException.class, () -> h.add(241, true)).getMessage());
        assertEquals("score is not on the grid from 160.0 in steps of 1.0 to 240.0: 159.0",
                assertThrows(IllegalArgumentException.class, () -> h.add(159, false)).getMessage());
        assertEquals("scores[0] is not on the grid from 160.0 in steps of 1.0 to 240.0: 241.0",
                assertThrows(IllegalArgumentException.class, () -> h.addAll(new double[] {241},
                        new boolean[] {true})).getMessage());
        assertEquals(2, h.result(ANY_SIZE).getN());
    }

    @Test
    void groupsOfExactlyTheMinimumSizeAreNotSuppressed() {
        // Five disadvantaged pupils at 1 and five others at 2: complete separation, index 10, under a minimum of 5.
        GapIndex h = GapIndex.onGrid(0, 10, 1);
        for (int i = 0; i < 5; i++) {
            h.add(1, true).add(2, false);
        }
        GapIndexResult r = h.result(MetricOptions.defaults());
        assertEquals(MetricStatus.OK, r.getStatus());
        assertEquals(10.0, r.getIndex(), 0);
        GapIndexResult fewer = GapIndex.onGrid(0, 10, 1).addAll(new double[] {1, 1, 1, 1, 1, 2, 2, 2, 2},
                new boolean[] {true, true, true, true, true, false, false, false, false}).result(MetricOptions.defaults());
        assertEquals(MetricStatus.BELOW_MINIMUM_GROUP_SIZE, fewer.getStatus());
        assertEquals("4 other pupils, fewer than the minimum group size of 5", fewer.getReason());
    }
}
