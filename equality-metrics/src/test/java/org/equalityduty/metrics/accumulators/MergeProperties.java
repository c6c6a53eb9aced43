package org.equalityduty.metrics.accumulators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Merging summaries is associative, order-free and equals one sequential pass (counts exactly, moments to 1e-9). */
class MergeProperties {

    private static Summary of(List<Double> xs) {
        double[] a = new double[xs.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = xs.get(i);
        }
        return Summary.ofValues(a);
    }

    private static void assertClose(Summary expected, Summary actual) {
        assertEquals(expected.getN(), actual.getN());
        if (!expected.isEmpty()) {
            assertEquals(expected.getMean(), actual.getMean(), 1e-9 * (1 + Math.abs(expected.getMean())));
            assertEquals(expected.getSumOfSquaredDeviations(), actual.getSumOfSquaredDeviations(),
                    1e-9 * (1 + expected.getSumOfSquaredDeviations()));
        }
    }

    @Test
    void mergingIsAssociativeAndEqualsSequential() {
        qt().forAll(lists().of(doubles().between(80, 120)).ofSizeBetween(0, 40),
                lists().of(doubles().between(80, 120)).ofSizeBetween(0, 40),
                lists().of(doubles().between(80, 120)).ofSizeBetween(0, 40))
                .checkAssert((a, b, c) -> {
                    List<Double> all = new ArrayList<>(a);
                    all.addAll(b);
                    all.addAll(c);
                    Summary sequential = of(all);
                    assertClose(sequential, of(a).merge(of(b)).merge(of(c)));
                    assertClose(sequential, of(a).merge(of(b).merge(of(c))));
                    assertClose(sequential, of(c).merge(of(a)).merge(of(b)));
                });
    }

    @Test
    void recordOrderChangesNothing() {
        qt().forAll(lists().of(doubles().between(-1e6, 1e6)).ofSizeBetween(0, 60), integers().between(0, 1000))
                .checkAssert((xs, seed) -> {
                    List<Double> shuffled = new ArrayList<>(xs);
                    Collections.shuffle(shuffled, new Random(seed));
                    assertClose(of(xs), of(shuffled));
                });
    }

    @Test
    void proportionsMergeExactly() {
        qt().forAll(integers().between(0, 1000), integers().between(0, 1000), integers().between(0, 1000),
                integers().between(0, 1000))
                .checkAssert((x1, extra1, x2, extra2) -> {
                    Proportion a = Proportion.of(x1, x1 + extra1);
                    Proportion b = Proportion.of(x2, x2 + extra2);
                    assertEquals(a.merge(b), b.merge(a));
                    assertEquals(Proportion.of(x1 + x2, x1 + extra1 + x2 + extra2), a.merge(b));
                });
    }

    @Test
    void groupedSummariesCombineLikeOnePass() {
        qt().forAll(lists().of(integers().between(0, 2)).ofSizeBetween(0, 60), integers().between(0, 1000))
                .checkAssert((keys, seed) -> {
                    Random random = new Random(seed);
                    CategorySummaries<Integer> whole = CategorySummaries.over(List.of(0, 1, 2));
                    CategorySummaries<Integer> left = CategorySummaries.over(List.of(0, 1, 2));
                    CategorySummaries<Integer> right = CategorySummaries.over(List.of(0, 1, 2));
                    for (int k : keys) {
                        double x = 80 + random.nextInt(41);
                        whole.add(k, x);
                        (random.nextBoolean() ? left : right).add(k, x);
                    }
                    left.combine(right);
                    for (int k = 0; k < 3; k++) {
                        assertClose(whole.get(k), left.get(k));
                    }
                });
    }
}
