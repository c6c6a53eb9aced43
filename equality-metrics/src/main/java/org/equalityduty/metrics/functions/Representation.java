package org.equalityduty.metrics.functions;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import org.equalityduty.metrics.accumulators.CategoryCounts;
import org.equalityduty.metrics.accumulators.Proportion;
import org.equalityduty.metrics.internal.Intervals;
import org.equalityduty.metrics.internal.Quantiles;
import org.equalityduty.metrics.options.MetricOptions;
import org.equalityduty.metrics.results.BenchmarkComparison;
import org.equalityduty.metrics.results.DiversityResult;
import org.equalityduty.metrics.results.MetricStatus;
import org.equalityduty.metrics.results.ShareResult;
import org.jspecify.annotations.Nullable;

/**
 * Representation figures: a group's share with a Wilson interval, comparison with a benchmark share, the headcount
 * change needed to reach it, the disclosure rate, and the Simpson/Blau diversity index.
 *
 * <p>Minimum group size: a share is {@link MetricStatus#BELOW_MINIMUM_GROUP_SIZE} when the population is smaller than
 * the minimum or the group's count is between 1 and the minimum minus 1 (a small non-zero count is disclosive,
 * docs/domain.md section 5). An empty population gives {@link MetricStatus#EMPTY}.
 *
 * <p>Reference for the interval: E. B. Wilson (1927), Probable inference, the law of succession, and statistical
 * inference, JASA 22; R. G. Newcombe (1998), Two-sided confidence intervals for the single proportion: comparison of
 * seven methods, Statistics in Medicine 17, 857-872 (method 3). Diversity: E. H. Simpson (1949), Measurement of
 * diversity, Nature 163; P. M. Blau (1977), Inequality and Heterogeneity.
 *
 * <p>All methods are pure functions; this class is thread-safe.
 *
 * @since 0.1.0
 */
public final class Representation {

    private Representation() {
    }

    /**
     * Computes a group's share of a population by headcount, with the Wilson score interval.
     *
     * <p>Formula: {@code p = x / n}; Wilson limits
     * {@code (p + z²/2n ± z √(p(1−p)/n + z²/4n²)) / (1 + z²/n)}. Denominator: the population headcount.
     *
     * @param count the group's headcount {@code x}, from 0 to {@code total}
     * @param total the population's headcount {@code n}, at least 0
     * @param options the options, not null
     * @return the share, not null; EMPTY if {@code total} is 0
     * @throws IllegalArgumentException if {@code total} is negative or {@code count} is outside 0..total
     * @since 0.1.0
     */
    public static ShareResult share(long count, long total, MetricOptions options) {
        Proportion.of(count, total); // validates
        Objects.requireNonNull(options, "options");
        if (total == 0) {
            return new ShareResult(count, total, total, 0, 0, 0, false, MetricStatus.EMPTY, "population is empty");
        }
        double[] w = Intervals.wilson(count, total, Quantiles.normal(options.getConfidenceLevel()));
        return new ShareResult(count, total, total, (double) count / total, w[0], w[1], false,
                sizeStatus(count, total, options), sizeReason(count, total, options));
    }

    /**
     * Computes a declared category's share of all counted people by headcount.
     *
     * @param <K> the key type
     * @param counts the counts, not null
     * @param key a declared category, not null
     * @param options the options, not null
     * @return the share, not null
     * @throws IllegalArgumentException if {@code key} was not declared
     * @since 0.1.0
     */
    public static <K> ShareResult share(CategoryCounts<K> counts, K key, MetricOptions options) {
        Objects.requireNonNull(counts, "counts");
        return share(counts.getCount(key), counts.getTotalCount(), options);
    }

    /**
     * Computes a declared category's share of the total weight (for example FTE), with a Wilson interval on Kish's
     * effective sample size {@code n_eff = (Σw)² / Σw²} over the whole population.
     *
     * @param <K> the key type
     * @param counts the counts with weights, not null
     * @param key a declared category, not null
     * @param options the options, not null
     * @return the weighted share, not null; EMPTY if there are no people, UNDEFINED if the total weight is 0
     * @throws IllegalArgumentException if {@code key} was not declared
     * @since 0.1.0
     */
    public static <K> ShareResult weightedShare(CategoryCounts<K> counts, K key, MetricOptions options) {
        Objects.requireNonNull(counts, "counts");
        return weightedShare(counts.getCount(key), counts.getTotalCount(), counts.getWeight(key),
                counts.getTotalWeight(), counts.getTotalSquaredWeight(), options);
    }

    /**
     * Computes a group's share of the total weight (for example FTE) from pre-aggregated sums, with a Wilson interval
     * on Kish's effective sample size {@code n_eff = (Σw)² / Σw²} over the whole population. The size status is
     * decided on headcounts.
     *
     * @param count the group's headcount, from 0 to {@code headcount}
     * @param headcount the population's headcount, not negative
     * @param weight the group's total weight, from 0 to {@code totalWeight}
     * @param totalWeight the population's total weight Σw, not negative
     * @param totalSquaredWeight the population's Σw², not negative, positive when {@code totalWeight} is
     * @param options the options, not null
     * @return the weighted share, not null; EMPTY if there are no people, UNDEFINED if the total weight is 0, or if a
     *         total overflows (is infinite) or the effective sample size cannot be represented
     * @throws IllegalArgumentException if a count or weight is negative or {@code NaN}, a part exceeds its whole, or
     *         {@code totalSquaredWeight} is negative, {@code NaN} or more than {@code totalWeight²}
     * @since 0.1.0
     */
    public static ShareResult weightedShare(long count, long headcount, double weight, double totalWeight,
            double totalSquaredWeight, MetricOptions options) {
        Objects.requireNonNull(options, "options");
        if (count < 0 || headcount < 0 || count > headcount) {
            throw new IllegalArgumentException("count " + count + " must be between 0 and headcount " + headcount);
        }
        if (!(weight >= 0) || !(totalWeight >= 0) || weight > totalWeight) {
            throw new IllegalArgumentException("weight " + weight + " must be between 0 and totalWeight " + totalWeight);
        }
        if (!(totalSquaredWeight >= 0)) {
            throw new IllegalArgumentException("totalSquaredWeight must not be negative: " + totalSquaredWeight);
        }
        if (headcount == 0) {
            return new ShareResult(weight, totalWeight, 0, 0, 0, 0, true, MetricStatus.EMPTY, "population is empty");
        }
        if (totalWeight == 0) {
            return new ShareResult(weight, totalWeight, headcount, 0, 0, 0, true, MetricStatus.UNDEFINED,
                    "total weight is 0; the weighted share is undefined");
        }
        if (Double.isInfinite(totalWeight) || Double.isInfinite(totalSquaredWeight)) {
            return new ShareResult(weight, totalWeight, headcount, 0, 0, 0, true, MetricStatus.UNDEFINED,
                    "the total weight (" + totalWeight + ") or the sum of squared weights (" + totalSquaredWeight
                            + ") overflows a double; the weighted share cannot be computed");
        }
        double p = Math.min(1, weight / totalWeight);
        double effectiveN = totalWeight * totalWeight / totalSquaredWeight;
        if (!Double.isFinite(effectiveN)) {
            // (Σw)² overflowed, or Σw² underflowed: take the ratio before squaring.
            double ratio = totalWeight / Math.sqrt(totalSquaredWeight);
            effectiveN = ratio * ratio;
        }
        if (!Double.isFinite(effectiveN) || !(effectiveN > 0)) {
            return new ShareResult(weight, totalWeight, headcount, 0, 0, 0, true, MetricStatus.UNDEFINED,
                    "the effective sample size (Σw)² / Σw² cannot be represented for a total weight of " + totalWeight
                            + " and a sum of squared weights of " + totalSquaredWeight);
        }
        if (effectiveN < 1 - 1e-9) {
            // For non-negative weights Σw² ≤ (Σw)², so n_eff ≥ 1; below that (beyond rounding) the sums are not sums
            // of one set of weights.
            throw new IllegalArgumentException("totalSquaredWeight " + totalSquaredWeight + " exceeds the square of "
                    + "totalWeight " + totalWeight + ", which no set of non-negative weights gives");
        }
        effectiveN = Math.max(1, effectiveN);
        double[] w = Intervals.wilson(p, effectiveN, Quantiles.normal(options.getConfidenceLevel()), weight == 0,
                weight == totalWeight);
        return new ShareResult(weight, totalWeight, headcount, p, w[0], w[1], true,
                sizeStatus(count, headcount, options), sizeReason(count, headcount, options));
    }

    /**
     * Compares a group's headcount share with a benchmark share.
     *
     * <p>Percentage-point gap {@code 100 (x/n − b)}; ratio {@code (x/n) / b}; additional members needed: the smallest
     * integer {@code a ≥ 0} with {@code (x + a) / (n + a) ≥ b}, that is {@code a = ⌈(b n − x) / (1 − b)⌉} when the
     * share is below {@code b}. The benchmark is read as the decimal it prints as ({@code BigDecimal.valueOf(b)}), so
     * 0.1 means exactly one tenth and the headcount is computed in exact decimal arithmetic.
     *
     * @param count the group's headcount, from 0 to {@code total}
     * @param total the population's headcount, at least 0
     * @param benchmark the benchmark share, in [0, 1]
     * @param options the options, not null
     * @return the comparison, not null; EMPTY if {@code total} is 0; the ratio is empty (and the reason says why) when
     *         the benchmark is 0 or so small that the ratio overflows, and the additional members are empty when the
     *         benchmark is unreachable or the number exceeds {@code Long.MAX_VALUE}
     * @throws IllegalArgumentException if the counts are inconsistent or {@code benchmark} is outside [0, 1]
     * @since 0.1.0
     */
    public static BenchmarkComparison compareToBenchmark(long count, long total, double benchmark,
            MetricOptions options) {
        if (!(benchmark >= 0 && benchmark <= 1)) {
            throw new IllegalArgumentException("benchmark must be in [0, 1]: " + benchmark);
        }
        ShareResult share = share(count, total, options);
        if (!share.hasValue()) {
            return new BenchmarkComparison(share, benchmark, OptionalDouble.empty(), OptionalDouble.empty(),
                    OptionalLong.empty(), share.status(), share.reason());
        }
        OptionalDouble gap = OptionalDouble.of(100 * (share.share() - benchmark));
        double r = benchmark == 0 ? 0 : share.share() / benchmark;
        OptionalDouble ratio = benchmark == 0 || !Double.isFinite(r) ? OptionalDouble.empty() : OptionalDouble.of(r);
        String reason = share.reason();
        if (benchmark == 0) {
            reason = reason + "; benchmark is 0, so the ratio is undefined";
        } else if (ratio.isEmpty()) {
            reason = reason + "; the ratio to a benchmark of " + benchmark + " is too large to represent in double "
                    + "precision";
        }
        BigInteger exact = needed(count, total, benchmark);
        OptionalLong needed = toLong(exact);
        if (exact == null) {
            reason = reason + "; a benchmark of 100% cannot be reached while others remain";
        } else if (needed.isEmpty()) {
            reason = reason + "; the number of additional members needed, " + exact + ", exceeds the largest long";
        }
        return new BenchmarkComparison(share, benchmark, gap, ratio, needed, share.status(), reason);
    }

    /**
     * Computes the smallest number {@code a ≥ 0} of additional group members, with others unchanged, such that
     * {@code (x + a) / (n + a) ≥ b}, in exact decimal arithmetic (the benchmark is read as
     * {@code BigDecimal.valueOf(b)}).
     *
     * @param count the group's headcount {@code x}, from 0 to {@code total}
     * @param total the population's headcount {@code n}, at least 0
     * @param benchmark the benchmark share {@code b}, in [0, 1]
     * @return the number of additional members; empty if the benchmark is 1 and others are present (unreachable), or
     *         if the number exceeds {@code Long.MAX_VALUE} (a population near {@code Long.MAX_VALUE})
     * @throws IllegalArgumentException if the counts are inconsistent or {@code benchmark} is outside [0, 1]
     * @since 0.1.0
     */
    public static OptionalLong additionalMembersNeeded(long count, long total, double benchmark) {
        Proportion.of(count, total);
        if (!(benchmark >= 0 && benchmark <= 1)) {
            throw new IllegalArgumentException("benchmark must be in [0, 1]: " + benchmark);
        }
        return toLong(needed(count, total, benchmark));
    }

    /** The exact number of additional members needed, or null if the benchmark cannot be reached. */
    private static @Nullable BigInteger needed(long count, long total, double benchmark) {
        BigDecimal b = BigDecimal.valueOf(benchmark);
        BigDecimal shortfall = b.multiply(BigDecimal.valueOf(total)).subtract(BigDecimal.valueOf(count));
        if (shortfall.signum() <= 0) {
            return BigInteger.ZERO;
        }
        BigDecimal room = BigDecimal.ONE.subtract(b);
        if (room.signum() == 0) {
            return null;
        }
        return shortfall.divide(room, 0, RoundingMode.CEILING).toBigIntegerExact();
    }

    private static OptionalLong toLong(@Nullable BigInteger needed) {
        return needed == null || needed.bitLength() > 63 ? OptionalLong.empty() : OptionalLong.of(needed.longValue());
    }

    /**
     * Computes the disclosure rate: the share of people with a known value.
     *
     * @param disclosed the number with a known value, from 0 to {@code total}
     * @param total the number of people, at least 0
     * @param options the options, not null
     * @return the rate with its Wilson interval, not null; EMPTY if {@code total} is 0
     * @throws IllegalArgumentException if the counts are inconsistent
     * @since 0.1.0
     */
    public static ShareResult disclosureRate(long disclosed, long total, MetricOptions options) {
        return share(disclosed, total, options);
    }

    /**
     * Computes the disclosure rate from counts in which refused and not-obtained values are categories
     * (for example the census codes REFU and NOBT); both count as not disclosed.
     *
     * @param <K> the key type
     * @param counts the counts, not null
     * @param notDisclosed the categories meaning "not disclosed", not null, each declared
     * @param options the options, not null
     * @return the rate, not null
     * @throws IllegalArgumentException if a category in {@code notDisclosed} was not declared
     * @since 0.1.0
     */
    public static <K> ShareResult disclosureRate(CategoryCounts<K> counts, Set<? extends K> notDisclosed,
            MetricOptions options) {
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(notDisclosed, "notDisclosed");
        long hidden = 0;
        for (K k : notDisclosed) {
            hidden += counts.getCount(k);
        }
        long total = counts.getTotalCount();
        return disclosureRate(total - hidden, total, options);
    }

    /**
     * Computes the Simpson/Blau diversity index {@code 1 − Σ pᵢ²} over the declared categories, leaving out the
     * excluded ones (typically refused and not obtained, as in the workforce census ethnic breakdowns).
     *
     * <p>Denominator: the number of people in the included categories. Computed exactly as
     * {@code (n² − Σ cᵢ²) / n²} and rounded once.
     *
     * @param <K> the key type
     * @param counts the counts, not null
     * @param excluded categories to leave out, not null, each declared
     * @param options the options, not null
     * @return the index, not null; EMPTY if no one is counted
     * @throws IllegalArgumentException if a category in {@code excluded} was not declared
     * @since 0.1.0
     */
    public static <K> DiversityResult diversityIndex(CategoryCounts<K> counts, Set<? extends K> excluded,
            MetricOptions options) {
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(excluded, "excluded");
        Objects.requireNonNull(options, "options");
        for (K k : excluded) {
            counts.getCount(k);
        }
        BigInteger n = BigInteger.ZERO;
        BigInteger sumSquares = BigInteger.ZERO;
        int categories = 0;
        for (K k : counts.getCategories()) {
            if (excluded.contains(k)) {
                continue;
            }
            categories++;
            BigInteger c = BigInteger.valueOf(counts.getCount(k));
            n = n.add(c);
            sumSquares = sumSquares.add(c.multiply(c));
        }
        long people = n.longValueExact();
        if (people == 0) {
            return new DiversityResult(0, 0, categories, MetricStatus.EMPTY, "no one is counted");
        }
        BigInteger n2 = n.multiply(n);
        double index = new BigDecimal(n2.subtract(sumSquares)).divide(new BigDecimal(n2), MathContext.DECIMAL128)
                .doubleValue();
        int min = options.getMinimumGroupSize();
        if (people < min) {
            return new DiversityResult(index, people, categories, MetricStatus.BELOW_MINIMUM_GROUP_SIZE,
                    people + " people counted, fewer than the minimum group size of " + min);
        }
        return new DiversityResult(index, people, categories, MetricStatus.OK, "OK");
    }

    private static MetricStatus sizeStatus(long count, long total, MetricOptions options) {
        int min = options.getMinimumGroupSize();
        return total < min || (count > 0 && count < min) ? MetricStatus.BELOW_MINIMUM_GROUP_SIZE : MetricStatus.OK;
    }

    private static String sizeReason(long count, long total, MetricOptions options) {
        int min = options.getMinimumGroupSize();
        if (total < min) {
            return "population has " + total + " members, fewer than the minimum group size of " + min;
        }
        if (count > 0 && count < min) {
            return "group has " + count + " members, fewer than the minimum group size of " + min;
        }
        return "OK";
    }
}
