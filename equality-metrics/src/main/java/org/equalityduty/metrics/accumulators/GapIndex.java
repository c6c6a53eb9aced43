package org.equalityduty.metrics.accumulators;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.equalityduty.metrics.internal.Checks;
import org.equalityduty.metrics.options.MetricOptions;
import org.equalityduty.metrics.results.GapIndexResult;
import org.equalityduty.metrics.results.MetricStatus;

/**
 * The DfE disadvantage gap index, computed exactly from a mergeable histogram of scores on a known grid.
 *
 * <p><b>Definition</b> (DfE; docs/domain.md section 3). Rank every pupil in the cohort by attainment; tied pupils share the
 * average of the ranks they span. A pupil's percentile rank is {@code rank / N}. With {@code D} disadvantaged and
 * {@code O} other pupils ({@code N = D + O}),
 * <pre>
 *   index = 20 × (mean percentile rank of others − mean percentile rank of disadvantaged)
 * </pre>
 * Complete separation (every disadvantaged pupil below every other pupil) gives exactly 10, identical distributions
 * give 0, and the index is negative if disadvantaged pupils do better.
 *
 * <p><b>Algorithm.</b> Scores are counted into bins of a fixed grid (KS2: reading plus maths scaled scores, 160..240 in
 * steps of 1; KS4: average English and maths grade, 0..9 in half grades). One ascending sweep over the bins gives, for
 * bin {@code b} with {@code d_b} disadvantaged and {@code o_b} other pupils and {@code c_b} pupils below it, the shared
 * rank {@code c_b + (d_b + o_b + 1) / 2}. Doubled rank sums {@code S_D = Σ d_b (2 c_b + d_b + o_b + 1)} and
 * {@code S_O} are exact integers, and
 * <pre>
 *   index = 10 (S_O D − S_D O) / (N O D)
 * </pre>
 * is evaluated exactly and rounded once. Time is {@code O(n + bins)}, memory {@code O(bins)}.
 * Histograms with the same grid combine exactly ({@link #combine(GapIndex)}), so school histograms add up to the
 * trust's. {@link #sortBased(double[], boolean[], MetricOptions)} computes the same index for arbitrary scores by
 * sorting, in {@code O(n log n)}.
 *
 * <p>Empty input: {@link MetricStatus#EMPTY} if the cohort, the disadvantaged group or the other group is empty.
 *
 * <p>Instances are mutable accumulators (like {@link java.util.DoubleSummaryStatistics}) and not thread-safe; use one per
 * thread and combine them.
 *
 * @since 0.1.0
 */
public final class GapIndex implements Accumulator<GapIndex> {

    private static final double GRID_TOLERANCE = 1e-9;

    private final double minimum;
    private final double step;
    /** 1 / step, so that finding a bin multiplies instead of divides (exact for the KS2 and KS4 grids). */
    private final double inverseStep;
    private final int bins;
    /**
     * The counts, two per bin and interleaved: {@code counts[2 b]} other pupils and {@code counts[2 b + 1]}
     * disadvantaged pupils with the score of bin {@code b}, so that a pupil's count is found without a branch on the
     * group ({@code 2 b + (disadvantaged ? 1 : 0)}) and both counts of a bin share a cache line.
     */
    private final long[] counts;

    private GapIndex(double minimum, double step, int bins) {
        this.minimum = minimum;
        this.step = step;
        this.inverseStep = 1 / step;
        this.bins = bins;
        this.counts = new long[2 * bins];
    }

    /**
     * Obtains an empty histogram over the grid {@code minimum, minimum + step, ..., maximum}.
     *
     * @param minimum the lowest possible score, finite
     * @param maximum the highest possible score, on the grid and not below {@code minimum}
     * @param step the grid spacing, positive
     * @return a new empty histogram, not null
     * @throws IllegalArgumentException if the grid is not well formed or has more than 10,000,000 points
     * @since 0.1.0
     */
    public static GapIndex onGrid(double minimum, double maximum, double step) {
        if (!Double.isFinite(minimum)) {
            throw new IllegalArgumentException("minimum must be finite: " + minimum);
        }
        if (!(step > 0) || Double.isInfinite(step)) {
            throw new IllegalArgumentException("step must be positive and finite: " + step);
        }
        if (!(maximum >= minimum) || Double.isInfinite(maximum)) {
            throw new IllegalArgumentException("maximum must be finite and at least minimum (" + minimum + "): "
                    + maximum);
        }
        double steps = (maximum - minimum) / step;
        long last = Math.round(steps);
        if (Math.abs(steps - last) > GRID_TOLERANCE * Math.max(1, steps) || last >= 10_000_000) {
            throw new IllegalArgumentException("maximum must lie on the grid from " + minimum + " in steps of " + step
                    + " with at most 10,000,000 points: " + maximum);
        }
        return new GapIndex(minimum, step, (int) last + 1);
    }

    /**
     * Obtains an empty histogram for KS2: the sum of reading and maths scaled scores (each 80..120), 160..240 in steps
     * of 1.
     *
     * @return a new empty histogram, not null
     * @since 0.1.0
     */
    public static GapIndex ks2() {
        return onGrid(160, 240, 1);
    }

    /**
     * Obtains an empty histogram for KS4: the average of English and maths grades (each 0..9), 0..9 in half grades.
     *
     * @return a new empty histogram, not null
     * @since 0.1.0
     */
    public static GapIndex ks4() {
        return onGrid(0, 9, 0.5);
    }

    /**
     * Adds one pupil.
     *
     * @param score the pupil's score, on the grid
     * @param isDisadvantaged whether the pupil is disadvantaged
     * @return this histogram, for chaining
     * @throws IllegalArgumentException if {@code score} is not a point of the grid
     * @since 0.1.0
     */
    public GapIndex add(double score, boolean isDisadvantaged) {
        counts[2 * bin(score) + (isDisadvantaged ? 1 : 0)]++;
        return this;
    }

    /**
     * Adds pupils from primitive columns.
     *
     * @param scores the scores, not null, each on the grid
     * @param isDisadvantaged whether each pupil is disadvantaged, not null, same length as {@code scores}
     * @return this histogram, for chaining
     * @throws IllegalArgumentException if the lengths differ or a score is off the grid (nothing is added then)
     * @since 0.1.0
     */
    public GapIndex addAll(double[] scores, boolean[] isDisadvantaged) {
        Objects.requireNonNull(scores, "scores");
        Objects.requireNonNull(isDisadvantaged, "isDisadvantaged");
        Checks.requireSameLength(scores.length, isDisadvantaged.length);
        // One pass, one grid check per score, no branch on the group; a score off the grid undoes the counts already
        // added (their bins are found again by the same function, so the undo is exact).
        long[] c = counts;
        for (int i = 0; i < scores.length; i++) {
            int bin = binOrNegative(scores[i]);
            if (bin < 0) {
                for (int j = 0; j < i; j++) {
                    c[2 * binOrNegative(scores[j]) + (isDisadvantaged[j] ? 1 : 0)]--;
                }
                throw offGrid("scores[" + i + "]", scores[i]);
            }
            c[2 * bin + (isDisadvantaged[i] ? 1 : 0)]++;
        }
        return this;
    }

    /**
     * Adds pupils with whole-number scores from primitive columns, on a whole-number grid (a whole-number minimum and
     * step, as the KS2 grid of reading plus maths scaled scores, 160..240 in steps of 1): the int fast path.
     *
     * <p>A score's bin is found with integer arithmetic ({@code (score - minimum) / step}, exact), with no floating
     * point and no tolerance; the counts, and so every figure of {@link #result(MetricOptions)}, are identical to
     * {@link #addAll(double[], boolean[])} on the same scores as doubles. Complexity: {@code O(n)}, no allocation.
     *
     * @param scores the scores, not null, each a point of the grid
     * @param isDisadvantaged whether each pupil is disadvantaged, not null, same length as {@code scores}
     * @return this histogram, for chaining
     * @throws IllegalArgumentException if the grid is not a whole-number grid, the lengths differ, or a score is off
     *         the grid (nothing is added then)
     * @since 0.2.0
     */
    public GapIndex addAll(int[] scores, boolean[] isDisadvantaged) {
        Objects.requireNonNull(scores, "scores");
        Objects.requireNonNull(isDisadvantaged, "isDisadvantaged");
        Checks.requireSameLength(scores.length, isDisadvantaged.length);
        if (!isWholeNumberGrid()) {
            throw new IllegalArgumentException("int scores need a whole-number grid; " + gridText()
                    + " is not one: use addAll(double[], boolean[])");
        }
        if (step == 1) {
            addUnitSteps(scores, isDisadvantaged);
        } else {
            addWholeSteps(scores, isDisadvantaged);
        }
        return this;
    }

    /**
     * The int fast path on a grid of step 1 (KS2): per pupil one subtraction, one unsigned comparison and one
     * increment at {@code 2 (score - minimum) + (disadvantaged ? 1 : 0)}, with no branch on the group.
     */
    private void addUnitSteps(int[] scores, boolean[] isDisadvantaged) {
        // The grid lies within the int range (isWholeNumberGrid), so min is exact. score - min wraps around in int
        // arithmetic, and the unsigned comparison with bins is still exact: the true difference d lies in
        // [-2^32 + 1, 2^32 - 1]; for d >= 0 the wrapped value is d; for d < 0 it is d + 2^32, which is at least
        // bins because score + 2^32 >= 2^31 > maximum >= min + bins - 1.
        int min = (int) minimum;
        int n = bins;
        long[] c = counts;
        for (int i = 0; i < scores.length; i++) {
            int offset = scores[i] - min;
            if (Integer.compareUnsigned(offset, n) >= 0) {
                for (int j = 0; j < i; j++) {
                    c[2 * (scores[j] - min) + (isDisadvantaged[j] ? 1 : 0)]--;
                }
                throw offGrid("scores[" + i + "]", scores[i]);
            }
            c[2 * offset + (isDisadvantaged[i] ? 1 : 0)]++;
        }
    }

    /** The int path on a whole-number grid whose step is 2 or more: a remainder test per pupil. */
    private void addWholeSteps(int[] scores, boolean[] isDisadvantaged) {
        long min = (long) minimum;
        long wholeStep = (long) step;
        long[] c = counts;
        for (int i = 0; i < scores.length; i++) {
            long offset = scores[i] - min;
            if (offset < 0 || offset % wholeStep != 0 || offset / wholeStep >= bins) {
                for (int j = 0; j < i; j++) {
                    c[(int) (2 * ((scores[j] - min) / wholeStep)) + (isDisadvantaged[j] ? 1 : 0)]--;
                }
                throw offGrid("scores[" + i + "]", scores[i]);
            }
            c[(int) (2 * (offset / wholeStep)) + (isDisadvantaged[i] ? 1 : 0)]++;
        }
    }

    /**
     * Tells whether every point of the grid is a whole number that an int can hold (a whole-number minimum and step),
     * so that {@link #addAll(int[], boolean[])} applies.
     *
     * @return true for grids such as KS2's 160..240 in steps of 1, false for KS4's half grades
     * @since 0.2.0
     */
    public boolean isWholeNumberGrid() {
        double max = maximum();
        return minimum == Math.rint(minimum) && step == Math.rint(step) && minimum >= Integer.MIN_VALUE
                && max <= Integer.MAX_VALUE;
    }

    /**
     * Adds the caller's records in one pass.
     *
     * @param <T> the record type
     * @param records the records, not null
     * @param score extracts the score, which must be on the grid, not null
     * @param isDisadvantaged tells whether a record is a disadvantaged pupil, not null
     * @return this histogram, for chaining
     * @throws IllegalArgumentException if a score is off the grid (records before it have been added)
     * @since 0.1.0
     */
    public <T> GapIndex addAll(Iterable<? extends T> records, ToDoubleFunction<? super T> score,
            Predicate<? super T> isDisadvantaged) {
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(isDisadvantaged, "isDisadvantaged");
        for (T r : records) {
            add(score.applyAsDouble(r), isDisadvantaged.test(r));
        }
        return this;
    }

    /**
     * Adds another histogram's counts to this one (for example a school's into its trust's).
     *
     * @param other a histogram over the same grid, not null, unchanged
     * @return this histogram, for chaining
     * @throws IllegalArgumentException if the grids differ
     * @since 0.1.0
     */
    @Override
    public GapIndex combine(GapIndex other) {
        Objects.requireNonNull(other, "other");
        if (Double.compare(minimum, other.minimum) != 0 || Double.compare(step, other.step) != 0
                || bins != other.bins) {
            throw new IllegalArgumentException("grids differ: " + gridText() + " and " + other.gridText());
        }
        for (int i = 0; i < counts.length; i++) {
            counts[i] = Math.addExact(counts[i], other.counts[i]);
        }
        return this;
    }

    /**
     * Returns an independent copy of this histogram.
     *
     * @return a new histogram with the same grid and counts, not null
     * @since 0.1.0
     */
    public GapIndex copy() {
        GapIndex c = new GapIndex(minimum, step, bins);
        System.arraycopy(counts, 0, c.counts, 0, counts.length);
        return c;
    }

    /**
     * Gets the number of disadvantaged pupils with the given score.
     *
     * @param score a point of the grid
     * @return the count
     * @throws IllegalArgumentException if {@code score} is not a point of the grid
     * @since 0.1.0
     */
    public long getDisadvantagedCount(double score) {
        return counts[2 * bin(score) + 1];
    }

    /**
     * Gets the number of other pupils with the given score.
     *
     * @param score a point of the grid
     * @return the count
     * @throws IllegalArgumentException if {@code score} is not a point of the grid
     * @since 0.1.0
     */
    public long getOtherCount(double score) {
        return counts[2 * bin(score)];
    }

    /**
     * Computes the gap index of the pupils added so far.
     *
     * @param options the options (minimum group size), not null
     * @return the result, not null
     * @since 0.1.0
     */
    public GapIndexResult result(MetricOptions options) {
        Objects.requireNonNull(options, "options");
        RankSums sums = new RankSums();
        for (int b = 0; b < bins; b++) {
            sums.bin(counts[2 * b + 1], counts[2 * b]);
        }
        return sums.result(options);
    }

    /**
     * Computes the gap index for arbitrary scores by sorting (no grid needed), in {@code O(n log n)} time.
     * Gives the same result as the histogram for scores on a grid.
     *
     * @param scores the scores, not null, each finite; not modified
     * @param isDisadvantaged whether each pupil is disadvantaged, not null, same length as {@code scores}
     * @param options the options, not null
     * @return the result, not null
     * @throws IllegalArgumentException if the lengths differ or a score is not finite
     * @since 0.1.0
     */
    public static GapIndexResult sortBased(double[] scores, boolean[] isDisadvantaged, MetricOptions options) {
        Objects.requireNonNull(scores, "scores");
        Objects.requireNonNull(isDisadvantaged, "isDisadvantaged");
        Objects.requireNonNull(options, "options");
        Checks.requireSameLength(scores.length, isDisadvantaged.length);
        int d = 0;
        for (int i = 0; i < scores.length; i++) {
            if (!Double.isFinite(scores[i])) {
                throw new IllegalArgumentException("scores[" + i + "] must be finite: " + scores[i]);
            }
            if (isDisadvantaged[i]) {
                d++;
            }
        }
        double[] dis = new double[d];
        double[] oth = new double[scores.length - d];
        int di = 0;
        int oi = 0;
        for (int i = 0; i < scores.length; i++) {
            if (isDisadvantaged[i]) {
                dis[di++] = scores[i] + 0.0; // +0.0 turns -0.0 into 0.0 so that they tie
            } else {
                oth[oi++] = scores[i] + 0.0;
            }
        }
        Arrays.sort(dis);
        Arrays.sort(oth);
        RankSums sums = new RankSums();
        int i = 0;
        int j = 0;
        while (i < dis.length || j < oth.length) {
            double v = i == dis.length ? oth[j] : j == oth.length ? dis[i] : Math.min(dis[i], oth[j]);
            long dc = 0;
            while (i < dis.length && dis[i] == v) {
                i++;
                dc++;
            }
            long oc = 0;
            while (j < oth.length && oth[j] == v) {
                j++;
                oc++;
            }
            sums.bin(dc, oc);
        }
        return sums.result(options);
    }

    /** The bin of a score on the grid, or -1 if it is off the grid (NaN and infinities included). */
    private int binOrNegative(double score) {
        double position = (score - minimum) * inverseStep;
        // Fast path: a position that is exactly a bin number (every score of a whole-number grid, and every grid
        // point of KS4's half grades), with one conversion and one comparison. It gives what the tolerance test below
        // gives for such a position (Math.round of a whole number is itself, at distance 0); NaN and infinities fail
        // the equality and go on to the test, which rejects them.
        int whole = (int) position;
        if (whole == position && Integer.compareUnsigned(whole, bins) < 0) {
            return whole;
        }
        return nearBinOrNegative(position);
    }

    /** The bin within the grid tolerance of a position that is not exactly a bin number, or -1. */
    private int nearBinOrNegative(double position) {
        long k = Math.round(position);
        return k >= 0 && k < bins && Math.abs(position - k) <= GRID_TOLERANCE * Math.max(1, Math.abs(position))
                ? (int) k : -1;
    }

    private int bin(double score) {
        int bin = binOrNegative(score);
        if (bin < 0) {
            throw offGrid("score", score);
        }
        return bin;
    }

    private IllegalArgumentException offGrid(String what, double score) {
        return new IllegalArgumentException(what + " is not on the grid from " + minimum + " in steps of " + step
                + " to " + maximum() + ": " + score);
    }

    private double maximum() {
        return minimum + (bins - 1) * step;
    }

    private String gridText() {
        return "[" + minimum + ".." + maximum() + " step " + step + "]";
    }

    /** Exact doubled rank sums over bins taken in ascending score order. */
    private static final class RankSums {
        private long below;
        private long d;
        private long o;
        private long doubledRankSumD;
        private long doubledRankSumO;

        void bin(long dc, long oc) {
            long t = dc + oc;
            if (t == 0) {
                return;
            }
            // Tied pupils share rank below + (t + 1) / 2; doubled: 2 below + t + 1.
            long doubledRank = Math.addExact(Math.multiplyExact(2, below), t + 1);
            doubledRankSumD = Math.addExact(doubledRankSumD, Math.multiplyExact(dc, doubledRank));
            doubledRankSumO = Math.addExact(doubledRankSumO, Math.multiplyExact(oc, doubledRank));
            below += t;
            d += dc;
            o += oc;
        }

        GapIndexResult result(MetricOptions options) {
            long n = d + o;
            if (n == 0) {
                return GapIndexResult.of(MetricStatus.EMPTY, "no pupils", 0, 0, 0, 0, 0);
            }
            if (d == 0) {
                return GapIndexResult.of(MetricStatus.EMPTY, "no disadvantaged pupils", d, o, 0, 0, 0);
            }
            if (o == 0) {
                return GapIndexResult.of(MetricStatus.EMPTY, "no other pupils", d, o, 0, 0, 0);
            }
            MathContext mc = MathContext.DECIMAL128;
            BigInteger bd = BigInteger.valueOf(d);
            BigInteger bo = BigInteger.valueOf(o);
            BigInteger bn = BigInteger.valueOf(n);
            BigInteger numerator = BigInteger.valueOf(doubledRankSumO).multiply(bd)
                    .subtract(BigInteger.valueOf(doubledRankSumD).multiply(bo)).multiply(BigInteger.TEN);
            BigInteger denominator = bn.multiply(bo).multiply(bd);
            double index = new BigDecimal(numerator).divide(new BigDecimal(denominator), mc).doubleValue();
            double prD = new BigDecimal(doubledRankSumD).divide(new BigDecimal(bn.multiply(bd).shiftLeft(1)), mc)
                    .doubleValue();
            double prO = new BigDecimal(doubledRankSumO).divide(new BigDecimal(bn.multiply(bo).shiftLeft(1)), mc)
                    .doubleValue();
            int min = options.getMinimumGroupSize();
            MetricStatus status = MetricStatus.OK;
            String reason = "OK";
            if (d < min) {
                status = MetricStatus.BELOW_MINIMUM_GROUP_SIZE;
                reason = d + " disadvantaged pupils, fewer than the minimum group size of " + min;
            } else if (o < min) {
                status = MetricStatus.BELOW_MINIMUM_GROUP_SIZE;
                reason = o + " other pupils, fewer than the minimum group size of " + min;
            }
            return GapIndexResult.of(status, reason, d, o, index, prD, prO);
        }
    }
}
