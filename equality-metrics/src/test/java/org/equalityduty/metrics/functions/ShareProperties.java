package org.equalityduty.metrics.functions;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import org.equalityduty.metrics.options.MetricOptions;
import org.equalityduty.metrics.results.ShareResult;
import org.junit.jupiter.api.Test;

/** Shares and their Wilson limits stay in [0, 1]; the headcount change reaches the benchmark and is the smallest. */
class ShareProperties {

    @Test
    void sharesStayInTheUnitInterval() {
        qt().forAll(integers().between(0, 100_000), integers().between(0, 100_000))
                .checkAssert((x, extra) -> {
                    ShareResult r = Representation.share(x, (long) x + extra + 1, MetricOptions.defaults());
                    assertTrue(0 <= r.lower() && r.lower() <= r.share() && r.share() <= r.upper() && r.upper() <= 1,
                            r.toString());
                });
    }

    @Test
    void headcountChangeIsTheSmallestThatReachesTheBenchmark() {
        qt().forAll(integers().between(0, 500), integers().between(0, 500), doubles().between(0, 0.99))
                .checkAssert((x, others, b) -> {
                    long n = (long) x + others;
                    long a = Representation.additionalMembersNeeded(x, n, b).getAsLong();
                    java.math.BigDecimal bd = java.math.BigDecimal.valueOf(b);
                    assertTrue(reaches(x + a, n + a, bd), "a=" + a);
                    assertTrue(a == 0 || !reaches(x + a - 1, n + a - 1, bd), "a-1 already reaches, a=" + a);
                });
    }

    private static boolean reaches(long x, long n, java.math.BigDecimal b) {
        return java.math.BigDecimal.valueOf(x).compareTo(b.multiply(java.math.BigDecimal.valueOf(n))) >= 0;
    }
}
