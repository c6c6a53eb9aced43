package org.equalityduty.metrics.functions;

/**
 * Mutable Welford accumulator for one group; not thread-safe. Package-private. Once scores far apart near the ends of
 * the double range make the sum of squared deviations overflow, the moments are no longer finite, and the gap
 * arithmetic reports UNDEFINED for the group.
 */
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

    long n() {
        return n;
    }

    double mean() {
        return mean;
    }

    double m2() {
        return Math.max(0, m2);
    }
}
