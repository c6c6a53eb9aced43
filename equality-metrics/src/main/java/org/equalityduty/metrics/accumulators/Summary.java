package org.equalityduty.metrics.accumulators;

import java.util.Objects;

/**
 * Count, mean and sum of squared deviations of a group's scores: a mergeable summary of a continuous outcome.
 *
 * <p>Holds {@code n}, the mean {@code x̄ = Σxᵢ / n} and {@code M2 = Σ(xᵢ - x̄)²}. The sample variance is
 * {@code s² = M2 / (n - 1)} (denominator {@code n - 1}). Summaries are built one value at a time with Welford's update,
 * or from pre-aggregated figures ({@link #of(long, double, double)}), and combined with {@link #merge(Summary)} using the
 * pairwise formula of Chan, Golub and LeVeque, so that class summaries combine into school summaries and school summaries
 * into trust summaries; merging is exact for {@code n} and numerically stable for the mean and {@code M2}.
 *
 * <p>The empty summary has {@code n = 0}; its mean and variance are not available and the accessors say so
 * by throwing {@link IllegalStateException} rather than returning {@code NaN}.
 *
 * <p>References: B. P. Welford (1962), Note on a method for calculating corrected sums of squares and products,
 * Technometrics 4(3); T. F. Chan, G. H. Golub, R. J. LeVeque (1979), Updating formulae and a pairwise algorithm for
 * computing sample variances, Stanford STAN-CS-79-773.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Summary implements Accumulator<Summary> {

    private static final Summary EMPTY = new Summary(0, 0, 0);

    private final long n;
    private final double mean;
    private final double m2;

    private Summary(long n, double mean, double m2) {
        this.n = n;
        this.mean = mean;
        this.m2 = m2;
    }

    /**
     * Obtains the empty summary ({@code n = 0}).
     *
     * @return the empty summary, not null
     * @since 0.1.0
     */
    public static Summary empty() {
        return EMPTY;
    }

    /**
     * Obtains a summary from pre-aggregated figures: count, mean and sample standard deviation
     * (denominator {@code n - 1}), as published by many schools and by DfE.
     *
     * <p>{@code M2} is reconstructed as {@code sd² (n - 1)}. For {@code n = 1} the standard deviation must be 0.
     *
     * @param n the number of observations, at least 0
     * @param mean the mean, finite; must be 0 when {@code n = 0}
     * @param standardDeviation the sample standard deviation, finite and not negative; must be 0 when {@code n} is 0 or 1
     * @return the summary, not null
     * @throws IllegalArgumentException if an argument is out of range, or if {@code sd² (n - 1)} overflows a double
     * @since 0.1.0
     */
    public static Summary of(long n, double mean, double standardDeviation) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        if (!Double.isFinite(mean)) {
            throw new IllegalArgumentException("mean must be finite: " + mean);
        }
        if (!(standardDeviation >= 0) || Double.isInfinite(standardDeviation)) {
            throw new IllegalArgumentException("standardDeviation must be finite and not negative: " + standardDeviation);
        }
        if (n == 0) {
            if (mean != 0 || standardDeviation != 0) {
                throw new IllegalArgumentException("an empty summary must have mean 0 and standardDeviation 0: mean="
                        + mean + ", standardDeviation=" + standardDeviation);
            }
            return EMPTY;
        }
        if (n == 1 && standardDeviation != 0) {
            throw new IllegalArgumentException("standardDeviation must be 0 when n = 1: " + standardDeviation);
        }
        double m2 = standardDeviation * standardDeviation * (n - 1);
        if (Double.isInfinite(m2)) {
            throw new IllegalArgumentException("standardDeviation " + standardDeviation + " with n = " + n
                    + " gives a sum of squared deviations sd² (n - 1) that overflows a double");
        }
        return new Summary(n, mean, m2);
    }

    /**
     * Obtains the summary of the given values in one pass (Welford's update).
     *
     * @param values the values, not null, each finite
     * @return the summary, not null; {@link #empty()} for no values
     * @throws IllegalArgumentException if a value is not finite, or if the values are so far apart that their sum of
     *         squared deviations overflows a double (for example {@code Double.MAX_VALUE} and {@code -Double.MAX_VALUE})
     * @since 0.1.0
     */
    public static Summary ofValues(double... values) {
        Objects.requireNonNull(values, "values");
        long n = 0;
        double mean = 0;
        double m2 = 0;
        for (int i = 0; i < values.length; i++) {
            double x = values[i];
            if (!Double.isFinite(x)) {
                throw new IllegalArgumentException("values[" + i + "] must be finite: " + x);
            }
            n++;
            double delta = x - mean;
            mean += delta / n;
            m2 += delta * (x - mean);
        }
        if (!Double.isFinite(mean) || !Double.isFinite(m2)) {
            throw new IllegalArgumentException("values are too far apart for their sum of squared deviations to be "
                    + "represented in double precision (values of magnitude beyond about 1e154 with opposite signs "
                    + "or far apart)");
        }
        return n == 0 ? EMPTY : new Summary(n, mean, m2);
    }

    /**
     * Obtains a summary from its moments: count, mean and sum of squared deviations {@code M2 = Σ(xᵢ - x̄)²}, as held by
     * an accumulator (the form {@link #merge(Summary)} combines).
     *
     * @param n the number of observations, at least 0
     * @param mean the mean, finite; must be 0 when {@code n = 0}
     * @param sumOfSquaredDeviations {@code M2}, finite and not negative; must be 0 when {@code n} is 0 or 1
     * @return the summary, not null
     * @throws IllegalArgumentException if an argument is out of range
     * @since 0.2.0
     */
    public static Summary ofMoments(long n, double mean, double sumOfSquaredDeviations) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        if (!Double.isFinite(mean)) {
            throw new IllegalArgumentException("mean must be finite: " + mean);
        }
        if (!(sumOfSquaredDeviations >= 0) || Double.isInfinite(sumOfSquaredDeviations)) {
            throw new IllegalArgumentException("sumOfSquaredDeviations must be finite and not negative: "
                    + sumOfSquaredDeviations);
        }
        if (n == 0 && (mean != 0 || sumOfSquaredDeviations != 0)) {
            throw new IllegalArgumentException("an empty summary must have mean 0 and sumOfSquaredDeviations 0: mean="
                    + mean + ", sumOfSquaredDeviations=" + sumOfSquaredDeviations);
        }
        if (n == 1 && sumOfSquaredDeviations != 0) {
            throw new IllegalArgumentException("sumOfSquaredDeviations must be 0 when n = 1: " + sumOfSquaredDeviations);
        }
        return n == 0 ? EMPTY : new Summary(n, mean, sumOfSquaredDeviations);
    }

    /**
     * Obtains a summary from an accumulator's raw state, for package accumulators.
     *
     * @throws ArithmeticException if the state's mean or sum of squared deviations overflowed (is not finite)
     */
    static Summary ofState(long n, double mean, double m2, Object cell) {
        if (n > 0 && (!Double.isFinite(mean) || !Double.isFinite(m2))) {
            throw new ArithmeticException("the scores of " + cell + " are too far apart for their sum of squared "
                    + "deviations to be represented in double precision");
        }
        return n == 0 ? EMPTY : new Summary(n, mean, Math.max(0, m2));
    }

    /**
     * Returns the summary of the union of this summary's observations and the other's.
     *
     * <p>Formula (Chan et al. 1979): {@code n = nA + nB}, {@code δ = x̄B - x̄A}, {@code x̄ = x̄A + δ nB / n},
     * {@code M2 = M2A + M2B + δ² nA nB / n}. Merging with the empty summary returns the other summary unchanged.
     * The operation is commutative and associative up to floating-point rounding; the count is exact.
     *
     * @param other the other summary, not null
     * @return the merged summary, not null
     * @throws ArithmeticException if the combined count overflows a long, or the merged sum of squared deviations
     *         overflows a double (summaries of values beyond about 1e154 in magnitude, far apart)
     * @since 0.1.0
     */
    public Summary merge(Summary other) {
        Objects.requireNonNull(other, "other");
        if (other.n == 0) {
            return this;
        }
        if (n == 0) {
            return other;
        }
        long total = Math.addExact(n, other.n);
        double delta = other.mean - mean;
        double newMean = mean + delta * ((double) other.n / total);
        double newM2 = m2 + other.m2 + delta * delta * ((double) n * (double) other.n / total);
        if (!Double.isFinite(newM2)) {
            throw new ArithmeticException("the merged sum of squared deviations overflows a double: means " + mean
                    + " (n = " + n + ") and " + other.mean + " (n = " + other.n + ")");
        }
        return new Summary(total, newMean, newM2);
    }

    /**
     * Combines: the same as {@link #merge(Summary)}, under the name every accumulator shares.
     *
     * @param other the other summary, not null
     * @return the merged value, not null
     * @throws ArithmeticException if the combined count overflows a long, or the merged sum of squared deviations
     *         overflows a double
     * @since 0.2.0
     */
    @Override
    public Summary combine(Summary other) {
        return merge(other);
    }

    /**
     * Returns the summary of this population's observations with {@code part}'s observations removed.
     *
     * <p>Used when only a whole-population aggregate and a group's aggregate are held and the rest of the
     * population is needed. It inverts {@link #merge(Summary)}: {@code nR = n - nP},
     * {@code x̄R = (n x̄ - nP x̄P) / nR}, {@code M2R = M2 - M2P - δ² nP nR / n} with {@code δ = x̄R - x̄P}.
     * Subtraction can lose precision when the part is almost the whole; a slightly negative {@code M2} from
     * rounding is clamped to 0.
     *
     * @param part a summary of a subset of this summary's observations, not null
     * @return the summary of the remaining observations, not null
     * @throws IllegalArgumentException if {@code part} has more observations than this summary, or its figures are so far
     *         from this summary's that the rest's mean or sum of squared deviations would not be finite (it cannot be a
     *         subset)
     * @since 0.1.0
     */
    public Summary minus(Summary part) {
        Objects.requireNonNull(part, "part");
        if (part.n > n) {
            throw new IllegalArgumentException("part has more observations (" + part.n + ") than the whole (" + n + ")");
        }
        if (part.n == 0) {
            return this;
        }
        long rest = n - part.n;
        if (rest == 0) {
            return EMPTY;
        }
        double restMean = (n * mean - part.n * part.mean) / rest;
        if (!Double.isFinite(restMean)) {
            // n x̄ overflowed: the same mean as x̄ + nP (x̄ - x̄P) / nR.
            restMean = mean + (mean - part.mean) * ((double) part.n / rest);
        }
        double delta = restMean - part.mean;
        double restM2 = m2 - part.m2 - delta * delta * ((double) part.n * (double) rest / n);
        if (!Double.isFinite(restMean) || Double.isNaN(restM2) || restM2 == Double.NEGATIVE_INFINITY) {
            throw new IllegalArgumentException("part " + part + " cannot be a subset of " + this
                    + ": the rest's mean or sum of squared deviations is not finite");
        }
        return new Summary(rest, restMean, Math.max(0, restM2));
    }

    /**
     * Gets the number of observations.
     *
     * @return the count, at least 0
     * @since 0.1.0
     */
    public long getN() {
        return n;
    }

    /**
     * Tells whether this summary has no observations.
     *
     * @return true if {@code n = 0}
     * @since 0.1.0
     */
    public boolean isEmpty() {
        return n == 0;
    }

    /**
     * Gets the mean {@code Σxᵢ / n}.
     *
     * @return the mean
     * @throws IllegalStateException if the summary is empty
     * @since 0.1.0
     */
    public double getMean() {
        if (n == 0) {
            throw new IllegalStateException("the mean of an empty summary is undefined");
        }
        return mean;
    }

    /**
     * Gets the sum of squared deviations from the mean, {@code M2 = Σ(xᵢ - x̄)²}; 0 for the empty summary.
     *
     * @return M2, not negative
     * @since 0.1.0
     */
    public double getSumOfSquaredDeviations() {
        return m2;
    }

    /**
     * Gets the sample variance {@code M2 / (n - 1)}.
     *
     * @return the variance, not negative
     * @throws IllegalStateException if {@code n < 2}
     * @since 0.1.0
     */
    public double getVariance() {
        if (n < 2) {
            throw new IllegalStateException("the sample variance needs at least 2 observations: n = " + n);
        }
        return m2 / (n - 1);
    }

    /**
     * Gets the sample standard deviation {@code √(M2 / (n - 1))}.
     *
     * @return the standard deviation, not negative
     * @throws IllegalStateException if {@code n < 2}
     * @since 0.1.0
     */
    public double getStandardDeviation() {
        return Math.sqrt(getVariance());
    }

    /** Mean without the emptiness check, for package code that has already checked. */
    double mean() {
        return mean;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Summary s && n == s.n && Double.compare(mean, s.mean) == 0
                && Double.compare(m2, s.m2) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(n, mean, m2);
    }

    @Override
    public String toString() {
        return "Summary[n=" + n + ", mean=" + mean + ", m2=" + m2 + "]";
    }
}
