package org.equalityduty.metrics.functions;

import org.equalityduty.metrics.accumulators.Summary;

/** Mutable Welford accumulator for one group; not thread-safe. Package-private. */
final class Welford {
    private long n;
    private double mean;
    private double m2;

    void add(double x) {
        n++;
        double delta = x - mean;
        mean += delta / n;
        m2 += delta * (x - mean);
    }

    Summary toSummary() {
        return Summary.ofMoments(n, mean, Math.max(0, m2));
    }
}
