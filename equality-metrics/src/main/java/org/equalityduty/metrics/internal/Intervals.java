package org.equalityduty.metrics.internal;

/** Interval formulas shared by the metric classes. Not exported. */
public final class Intervals {

    private Intervals() {
    }

    /**
     * Wilson score interval for x out of n (n > 0): Wilson (1927), Newcombe (1998) method 3.
     * centre = (p + z²/2n) / (1 + z²/n), half-width = z √(p(1-p)/n + z²/4n²) / (1 + z²/n).
     *
     * @return {lower, upper}
     */
    public static double[] wilson(long x, long n, double z) {
        return wilson((double) x / (double) n, (double) n, z, x == 0, x == n);
    }

    /** Wilson interval for a proportion p over a (possibly non-integer, effective) sample size nd. */
    public static double[] wilson(double p, double nd, double z, boolean atZero, boolean atOne) {
        double z2 = z * z;
        double denominator = 1 + z2 / nd;
        double centre = (p + z2 / (2 * nd)) / denominator;
        double half = z * Math.sqrt(p * (1 - p) / nd + z2 / (4 * nd * nd)) / denominator;
        // Clamp rounding: the exact limits are 0 when x = 0 and 1 when x = n.
        double lower = atZero ? 0 : Math.max(0, centre - half);
        double upper = atOne ? 1 : Math.min(1, centre + half);
        return new double[] {lower, upper};
    }

    /**
     * Newcombe (1998) method 10 hybrid score interval for p1 - p2, from the Wilson limits of each proportion:
     * L = d - √((p1 - l1)² + (u2 - p2)²), U = d + √((u1 - p1)² + (p2 - l2)²).
     *
     * @return {lower, upper}
     */
    public static double[] newcombe(long x1, long n1, long x2, long n2, double z) {
        double p1 = (double) x1 / n1;
        double p2 = (double) x2 / n2;
        double[] w1 = wilson(x1, n1, z);
        double[] w2 = wilson(x2, n2, z);
        double d = p1 - p2;
        double lower = d - Math.sqrt(square(p1 - w1[0]) + square(w2[1] - p2));
        double upper = d + Math.sqrt(square(w1[1] - p1) + square(p2 - w2[0]));
        return new double[] {lower, upper};
    }

    public static double square(double x) {
        return x * x;
    }
}
