package org.equalityduty.metrics.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.equalityduty.metrics.accumulators.Proportion;
import org.equalityduty.metrics.accumulators.Summary;
import org.equalityduty.metrics.options.Comparison;
import org.equalityduty.metrics.options.MetricOptions;
import org.equalityduty.metrics.results.GapResult;
import org.junit.jupiter.api.Test;

/** Swapping focus and reference negates differences; intervals contain the estimate. */
class GapProperties {

    private static final MetricOptions ANY_SIZE = MetricOptions.defaults().withMinimumGroupSize(1);
    private static final Comparison OTHER = Comparison.namedGroup("other");

    private static Summary of(List<Double> xs) {
        double[] a = new double[xs.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = xs.get(i);
        }
        return Summary.ofValues(a);
    }

    @Test
    void swappingGroupsNegatesTheMeanGap() {
        qt().forAll(lists().of(doubles().between(80, 120)).ofSizeBetween(2, 30),
                lists().of(doubles().between(80, 120)).ofSizeBetween(2, 30))
                .checkAssert((a, b) -> {
                    GapResult ab = Gaps.meanGap(of(a), of(b), OTHER, ANY_SIZE);
                    GapResult ba = Gaps.meanGap(of(b), of(a), OTHER, ANY_SIZE);
                    assertEquals(-ab.getEstimate(), ba.getEstimate(), 0);
                    assertEquals(-ab.getUpper(), ba.getLower(), 1e-9);
                    assertTrue(ab.getLower() <= ab.getEstimate() && ab.getEstimate() <= ab.getUpper());
                });
    }

    @Test
    void swappingGroupsNegatesTheProportionGap() {
        qt().forAll(integers().between(0, 200), integers().between(0, 200), integers().between(0, 200),
                integers().between(0, 200))
                .checkAssert((x1, e1, x2, e2) -> {
                    Proportion p = Proportion.of(x1, x1 + e1 + 1L);
                    Proportion q = Proportion.of(x2, x2 + e2 + 1L);
                    GapResult pq = Gaps.proportionGap(p, q, OTHER, ANY_SIZE);
                    GapResult qp = Gaps.proportionGap(q, p, OTHER, ANY_SIZE);
                    assertEquals(-pq.getEstimate(), qp.getEstimate(), 0);
                    assertEquals(-pq.getUpper(), qp.getLower(), 1e-12);
                    assertTrue(pq.getLower() >= -1 && pq.getUpper() <= 1);
                    assertTrue(pq.getLower() <= pq.getEstimate() && pq.getEstimate() <= pq.getUpper());
                });
    }
}
