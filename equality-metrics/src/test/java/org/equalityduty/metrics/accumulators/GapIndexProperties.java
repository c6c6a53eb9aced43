package org.equalityduty.metrics.accumulators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.equalityduty.metrics.options.MetricOptions;
import org.equalityduty.metrics.results.GapIndexResult;
import org.junit.jupiter.api.Test;

/** Properties of the DfE gap index (docs/domain.md section 3) on the KS2 grid and the sort-based path. */
class GapIndexProperties {

    private static final MetricOptions ANY_SIZE = MetricOptions.defaults().withMinimumGroupSize(1);

    private static GapIndexResult histogram(List<Integer> dis, List<Integer> oth) {
        GapIndex h = GapIndex.ks2();
        for (int s : dis) {
            h.add(s, true);
        }
        for (int s : oth) {
            h.add(s, false);
        }
        return h.result(ANY_SIZE);
    }

    private static GapIndexResult sorted(List<Integer> dis, List<Integer> oth) {
        double[] scores = new double[dis.size() + oth.size()];
        boolean[] flags = new boolean[scores.length];
        int i = 0;
        for (int s : dis) {
            scores[i] = s;
            flags[i++] = true;
        }
        for (int s : oth) {
            scores[i++] = s;
        }
        return GapIndex.sortBased(scores, flags, ANY_SIZE);
    }

    @Test
    void completeSeparationGivesExactlyTen() {
        qt().forAll(lists().of(integers().between(160, 199)).ofSizeBetween(1, 60),
                lists().of(integers().between(200, 240)).ofSizeBetween(1, 60))
                .checkAssert((dis, oth) -> assertEquals(10.0, histogram(dis, oth).getIndex(), 0));
    }

    @Test
    void identicalDistributionsGiveZero() {
        qt().forAll(lists().of(integers().between(160, 240)).ofSizeBetween(1, 60), integers().between(1, 4))
                .checkAssert((dis, copies) -> {
                    List<Integer> oth = new ArrayList<>();
                    for (int k = 0; k < copies; k++) {
                        oth.addAll(dis);
                    }
                    assertEquals(0.0, histogram(dis, oth).getIndex(), 0);
                });
    }

    @Test
    void swappingGroupsNegatesTheIndex() {
        qt().forAll(lists().of(integers().between(160, 240)).ofSizeBetween(1, 60),
                lists().of(integers().between(160, 240)).ofSizeBetween(1, 60))
                .checkAssert((a, b) -> assertEquals(-histogram(a, b).getIndex(), histogram(b, a).getIndex(), 0));
    }

    @Test
    void histogramAndSortBasedPathsAgreeExactly() {
        qt().forAll(lists().of(integers().between(160, 240)).ofSizeBetween(0, 80),
                lists().of(integers().between(160, 240)).ofSizeBetween(0, 80))
                .checkAssert((a, b) -> assertEquals(histogram(a, b), sorted(a, b)));
    }

    @Test
    void indexStaysWithinMinusTenAndTen() {
        qt().forAll(lists().of(integers().between(160, 240)).ofSizeBetween(1, 80),
                lists().of(integers().between(160, 240)).ofSizeBetween(1, 80))
                .checkAssert((a, b) -> {
                    double index = histogram(a, b).getIndex();
                    assertTrue(index >= -10 && index <= 10, "index " + index);
                });
    }

    @Test
    void combiningPartitionsEqualsOnePassInAnyOrder() {
        qt().forAll(lists().of(integers().between(160, 240)).ofSizeBetween(0, 80),
                lists().of(integers().between(160, 240)).ofSizeBetween(0, 80), integers().between(0, 1000))
                .checkAssert((dis, oth, seed) -> {
                    // Split every pupil into one of three schools at random, combine in two orders.
                    Random random = new Random(seed);
                    GapIndex[] schools = {GapIndex.ks2(), GapIndex.ks2(), GapIndex.ks2()};
                    for (int s : dis) {
                        schools[random.nextInt(3)].add(s, true);
                    }
                    for (int s : oth) {
                        schools[random.nextInt(3)].add(s, false);
                    }
                    GapIndexResult left = schools[0].copy().combine(schools[1]).combine(schools[2]).result(ANY_SIZE);
                    GapIndexResult right = schools[2].copy().combine(schools[1].copy().combine(schools[0]))
                            .result(ANY_SIZE);
                    GapIndexResult whole = histogram(dis, oth);
                    assertEquals(whole, left);
                    assertEquals(whole, right);
                });
    }

    @Test
    void recordOrderChangesNothing() {
        qt().forAll(lists().of(integers().between(160, 240)).ofSizeBetween(1, 80),
                lists().of(integers().between(160, 240)).ofSizeBetween(1, 80), integers().between(0, 1000))
                .checkAssert((dis, oth, seed) -> {
                    List<Integer> d2 = new ArrayList<>(dis);
                    List<Integer> o2 = new ArrayList<>(oth);
                    Collections.shuffle(d2, new Random(seed));
                    Collections.shuffle(o2, new Random(seed + 1L));
                    assertEquals(sorted(dis, oth), sorted(d2, o2));
                });
    }

    /** The int fast path gives the same counts, figures and errors as the double path, on three whole-number grids. */
    @Test
    void intFastPathIsIdenticalToTheDoublePath() {
        qt().forAll(lists().of(integers().between(-20, 260)).ofSizeBetween(0, 80), integers().between(0, 2),
                integers().between(0, 1 << 20))
                .checkAssert((raw, gridChoice, seed) -> {
                    double[][] grids = {{160, 240, 1}, {0, 100, 5}, {-10, 10, 2}};
                    double[] grid = grids[gridChoice];
                    int[] ints = raw.stream().mapToInt(Integer::intValue).toArray();
                    double[] doubles = raw.stream().mapToDouble(Integer::doubleValue).toArray();
                    boolean[] dis = new boolean[ints.length];
                    for (int i = 0; i < dis.length; i++) {
                        dis[i] = ((seed >> (i % 20)) & 1) == 1;
                    }
                    GapIndex viaInts = GapIndex.onGrid(grid[0], grid[1], grid[2]).add(grid[0], true);
                    GapIndex viaDoubles = GapIndex.onGrid(grid[0], grid[1], grid[2]).add(grid[0], true);
                    String intError = null;
                    String doubleError = null;
                    try {
                        viaInts.addAll(ints, dis);
                    } catch (IllegalArgumentException e) {
                        intError = e.getMessage();
                    }
                    try {
                        viaDoubles.addAll(doubles, dis);
                    } catch (IllegalArgumentException e) {
                        doubleError = e.getMessage();
                    }
                    assertEquals(doubleError, intError);
                    MetricOptions any = MetricOptions.defaults().withMinimumGroupSize(1);
                    assertEquals(viaDoubles.result(any), viaInts.result(any));
                    for (double score = grid[0]; score <= grid[1]; score += grid[2]) {
                        assertEquals(viaDoubles.getDisadvantagedCount(score), viaInts.getDisadvantagedCount(score));
                        assertEquals(viaDoubles.getOtherCount(score), viaInts.getOtherCount(score));
                    }
                });
    }

    @Test
    void intFastPathNeedsAWholeNumberGrid() {
        assertTrue(GapIndex.ks2().isWholeNumberGrid());
        assertFalse(GapIndex.ks4().isWholeNumberGrid());
        assertEquals("int scores need a whole-number grid; [0.0..9.0 step 0.5] is not one: use addAll(double[], "
                + "boolean[])", assertThrows(IllegalArgumentException.class,
                        () -> GapIndex.ks4().addAll(new int[] {1}, new boolean[] {true})).getMessage());
    }
}
