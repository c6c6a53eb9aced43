package org.equalityduty.benchmarks;

import java.util.Locale;

/**
 * A ratio of two JMH scores with its 99.9% interval propagated from both sides: to first order (the delta method),
 * the relative half-width of {@code a / b} is {@code sqrt((ea / a)^2 + (eb / b)^2)}, where {@code ea} and
 * {@code eb} are JMH's 99.9% half-widths of {@code a} and {@code b}, measured independently (separate forks).
 *
 * @param value the ratio
 * @param halfWidth its 99.9% half-width ({@code NaN} if either side has no error estimate)
 */
record Ratio(double value, double halfWidth) {

    /**
     * @param a the numerator's score
     * @param ea its 99.9% half-width
     * @param b the denominator's score
     * @param eb its 99.9% half-width
     * @return the ratio with its propagated half-width
     */
    static Ratio of(double a, double ea, double b, double eb) {
        double r = a / b;
        double rel = Math.sqrt((ea / a) * (ea / a) + (eb / b) * (eb / b));
        return new Ratio(r, Math.abs(r) * rel);
    }

    /**
     * @param a the numerator's {@code {score, error}}
     * @param b the denominator's
     * @return the ratio
     */
    static Ratio of(double[] a, double[] b) {
        return of(a[0], a[1], b[0], b[1]);
    }

    /**
     * Judges the ratio against a target.
     *
     * @param target the target
     * @param atMost true if the ratio must be at most the target, false if at least
     * @return the verdict: "met" or "not met", with "interval wider than the distance to the target" when the
     *         interval reaches the target, or "not run"
     */
    String verdict(double target, boolean atMost) {
        if (Double.isNaN(value)) {
            return "not run";
        }
        boolean met = atMost ? value <= target : value >= target;
        String v = met ? "met" : "**not met**";
        if (!(Math.abs(value - target) > halfWidth)) {
            v += "; interval wider than the distance to the target";
        }
        return v;
    }

    /** @return the ratio and its interval, such as {@code 1.23 ± 0.05} */
    String show() {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        return Double.isNaN(halfWidth) ? String.format(Locale.ROOT, "%.2f ± ?", value)
                : String.format(Locale.ROOT, "%.2f ± %.2f", value, halfWidth);
    }
}
