package org.equalityduty.metrics;

/** Mutable Welford accumulator for one group; not thread-safe. Package-private. */
final class Accumulator {
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
        return Summary.ofState(n, mean, m2);
    }
}
