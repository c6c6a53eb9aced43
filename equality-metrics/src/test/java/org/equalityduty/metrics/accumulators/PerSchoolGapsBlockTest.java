package org.equalityduty.metrics.accumulators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.equalityduty.metrics.options.MetricOptions;
import org.equalityduty.metrics.results.GapResult;
import org.equalityduty.metrics.results.MetricStatus;
import org.junit.jupiter.api.Test;

/**
 * {@link PerSchoolGaps}' blocks of shifted sums, seen from outside: a block after the first is shifted by the cell's
 * mean, a block that neither cell can take by difference is summed directly, and the messages name the group. The
 * expected moments are hand calculations on values exact in binary (so any summation order gives them exactly), or
 * {@link Summary#ofValues(double...)} (Welford's update) on each cell's own values.
 */
class PerSchoolGapsBlockTest {

    @Test
    void aLaterBlockIsSummedAroundTheCellsMean() {
        // Call 1: focus {1, 2}, rest {1, 2}. Call 2: focus {1.25, 1.75}, rest {1.25, 1.75}, each now shifted by its
        // cell's mean 1.5. Each cell: {1, 2, 1.25, 1.75}, mean 1.5, M2 = 0.25 + 0.25 + 0.0625 + 0.0625 = 0.625.
        boolean[] focus = {true, false, true, false};
        PerSchoolGaps gaps = PerSchoolGaps.ofGroups(1)
                .addGroup(0, new double[] {1, 1, 2, 2}, new boolean[4], focus)
                .addGroup(0, new double[] {1.25, 1.25, 1.75, 1.75}, new boolean[4], focus);
        for (Summary cell : new Summary[] {gaps.getFocusSummary(0), gaps.getRestSummary(0)}) {
            assertEquals(4, cell.getN());
            assertEquals(1.5, cell.getMean(), 1e-15);
            assertEquals(0.625, cell.getSumOfSquaredDeviations(), 1e-15);
        }
    }

    @Test
    void scoresFarFromZeroKeepTheirSpreadAcrossBlocks() {
        // Scores near 1e9 with a spread below 1: summed without a shift, their squares (about 1e18, whose ulp is 128)
        // would swamp the spread. Focus {1e9, 1e9 + 1} then {1e9 + 0.5, 1e9 + 0.25}: mean 1e9 + 0.4375, deviations
        // -0.4375, 0.5625, 0.0625, -0.1875, M2 = 0.19140625 + 0.31640625 + 0.00390625 + 0.03515625 = 0.546875.
        // Rest {1e9 + 2, 1e9 + 3} then {1e9 + 2.5, 1e9 + 2.75}: mean 1e9 + 2.5625, the same squares, M2 = 0.546875.
        double g = 1e9;
        boolean[] focus = {true, true, false, false};
        PerSchoolGaps gaps = PerSchoolGaps.ofGroups(1)
                .addGroup(0, new double[] {g, g + 1, g + 2, g + 3}, new boolean[4], focus)
                .addGroup(0, new double[] {g + 0.5, g + 0.25, g + 2.5, g + 2.75}, new boolean[4], focus);
        assertEquals(g + 0.4375, gaps.getFocusSummary(0).getMean(), 1e-6);
        assertEquals(0.546875, gaps.getFocusSummary(0).getSumOfSquaredDeviations(), 1e-9);
        assertEquals(g + 2.5625, gaps.getRestSummary(0).getMean(), 1e-6);
        assertEquals(0.546875, gaps.getRestSummary(0).getSumOfSquaredDeviations(), 1e-9);
    }

    @Test
    void aSecondBlockThatNeitherCellCanTakeByDifferenceIsSummedDirectly() {
        // As PerSchoolGapsTest.addGroupSumsACellDirectlyWhenItsSumByDifferenceWouldLoseIt, over 4196 values: the
        // block of positions 4096..4195 is, like the first, one where the focus cell's squares (about 1e12 each)
        // dwarf the rest's, so both cells are summed directly there, from a position other than 0.
        int n = PerSchoolGaps.BLOCK + 100;
        double[] score = new double[n];
        boolean[] focus = new boolean[n];
        boolean[] met = new boolean[n];
        int focusCount = 0;
        for (int i = 0; i < n; i++) {
            focus[i] = i % 5 < 2;
            focusCount += focus[i] ? 1 : 0;
            met[i] = i % 3 == 0;
        }
        double[] focusValues = new double[focusCount];
        double[] restValues = new double[n - focusCount];
        int f = 0;
        int r = 0;
        int focusMet = 0;
        int restMet = 0;
        for (int i = 0; i < n; i++) {
            if (focus[i]) {
                score[i] = (f % 2 == 0 ? 1 : -1) * (1e6 + 1e4 * (f % 40));
                focusValues[f++] = score[i];
                focusMet += met[i] ? 1 : 0;
            } else {
                score[i] = 1 + 1e-3 * (r % 60);
                restValues[r++] = score[i];
                restMet += met[i] ? 1 : 0;
            }
        }
        PerSchoolGaps gaps = PerSchoolGaps.ofGroups(1).addGroup(0, score, met, focus);
        Summary expectedFocus = Summary.ofValues(focusValues);
        Summary expectedRest = Summary.ofValues(restValues);
        Summary actualFocus = gaps.getFocusSummary(0);
        Summary actualRest = gaps.getRestSummary(0);
        assertEquals(focusCount, actualFocus.getN());
        assertEquals(n - focusCount, actualRest.getN());
        assertEquals(expectedFocus.getMean(), actualFocus.getMean(), 1e-12 * 1e6);
        assertEquals(expectedFocus.getVariance(), actualFocus.getVariance(), 1e-12 * expectedFocus.getVariance());
        assertEquals(expectedRest.getMean(), actualRest.getMean(), 1e-12 * expectedRest.getMean());
        assertEquals(expectedRest.getVariance(), actualRest.getVariance(), 1e-9 * expectedRest.getVariance());
        assertEquals(Proportion.of(focusMet, focusCount), gaps.getFocusProportion(0));
        assertEquals(Proportion.of(restMet, n - focusCount), gaps.getRestProportion(0));
    }

    @Test
    void aCellThatCannotBeSummarisedIsNamedByItsGroup() {
        // As PerSchoolGapsTest.hugeFiniteScoresAreAddedOneByOneNotRejected, in group 1 of 2: the rest {3e200, 2e200}
        // has M2 = (1e200)² / 2, beyond the double range; so has the focus {1e200, -1e200}.
        PerSchoolGaps gaps = PerSchoolGaps.ofGroups(2).addGroup(1, new double[] {1e200, -1e200, 3e200, 2e200},
                new boolean[4], new boolean[] {true, true, false, false});
        assertEquals("the scores of the rest of group 1 are too far apart for their sum of squared deviations to be "
                + "represented in double precision",
                assertThrows(ArithmeticException.class, () -> gaps.getRestSummary(1)).getMessage());
        assertEquals("the scores of the focus group of group 1 are too far apart for their sum of squared deviations "
                + "to be represented in double precision",
                assertThrows(ArithmeticException.class, () -> gaps.getFocusSummary(1)).getMessage());
        assertEquals(Summary.empty(), gaps.getRestSummary(0));
        GapResult gap = gaps.meanGap(1, MetricOptions.defaults().withMinimumGroupSize(1));
        assertEquals(MetricStatus.UNDEFINED, gap.getStatus());
        assertEquals("focus group's scores are too far apart for their sum of squared deviations to be represented "
                + "in double precision", gap.getReason());
    }

    @Test
    void theGroupOneBeyondTheLastIsRejectedByEveryPath() {
        PerSchoolGaps gaps = PerSchoolGaps.ofGroups(2);
        assertEquals("group must be in [0, 2): 2", assertThrows(IllegalArgumentException.class,
                () -> gaps.add(2, true, 1, true)).getMessage());
        assertEquals("group must be in [0, 2): 2", assertThrows(IllegalArgumentException.class,
                () -> gaps.getFocusSummary(2)).getMessage());
        assertEquals("group must be in [0, 2): -1", assertThrows(IllegalArgumentException.class,
                () -> gaps.getRestProportion(-1)).getMessage());
        gaps.add(0, true, 1, true).add(1, false, 2, false);
        assertEquals(Summary.ofValues(1), gaps.getFocusSummary(0));
        assertEquals(Summary.ofValues(2), gaps.getRestSummary(1));
    }

    @Test
    void addGroupChecksTheOutcomeColumnsLength() {
        assertEquals("columns must have the same length: 2 and 1", assertThrows(IllegalArgumentException.class,
                () -> PerSchoolGaps.ofGroups(1).addGroup(0, new double[2], new boolean[1], new boolean[2]))
                .getMessage());
        assertEquals("columns must have the same length: 2 and 3", assertThrows(IllegalArgumentException.class,
                () -> PerSchoolGaps.ofGroups(1).addGroup(0, new double[2], new boolean[3], new boolean[2]))
                .getMessage());
    }

    @Test
    void textGivesTheGroupCount() {
        assertEquals("PerSchoolGaps[groups=3]", PerSchoolGaps.ofGroups(3).toString());
    }
}
