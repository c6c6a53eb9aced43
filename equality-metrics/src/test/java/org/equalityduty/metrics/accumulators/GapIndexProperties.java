package org.equalityduty.metrics.accumulators;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** Properties of the DfE gap index (DOMAIN.md section 3) on the KS2 grid and the sort-based path. */
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
}
