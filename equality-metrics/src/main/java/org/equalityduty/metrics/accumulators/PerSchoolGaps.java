package org.equalityduty.metrics.accumulators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import org.equalityduty.metrics.internal.Checks;
import org.equalityduty.metrics.internal.GapMath;
import org.equalityduty.metrics.internal.Quantiles;
import org.equalityduty.metrics.options.Comparison;
import org.equalityduty.metrics.options.MetricOptions;
import org.equalityduty.metrics.results.GapResult;
import org.jspecify.annotations.Nullable;

/**
 * One-vs-rest gaps in many groups at once (typically every school in an extract): per group, the focus group
 * (for example disadvantaged pupils) against everyone else in the same group, for a continuous score (difference of
 * means with a Welch interval) and for a binary outcome (difference of proportions with a Newcombe interval), collected
 * in <b>one pass</b> over the caller's records or primitive columns.
 *
 * <p>Groups are identified by an int code {@code 0 ≤ g < groupCount} (a school's position in the caller's list of
 * schools, say), so that a record costs one array index and no hashing, boxing or allocation. Each group has two cells,
 * focus and rest; each cell holds its count, the number with the outcome, and a mean and sum of squared deviations
 * {@code M2 = Σ(xᵢ - x̄)²}. For group {@code g}, {@link #meanGap(int, MetricOptions)} and
 * {@link #proportionGap(int, MetricOptions)} give the same {@link GapResult} as
 * {@link org.equalityduty.metrics.functions.Gaps#meanGap(double[], boolean[], MetricOptions)} and
 * {@link org.equalityduty.metrics.functions.Gaps#proportionGap(boolean[], boolean[], MetricOptions)} on that group's own columns, against
 * {@link Comparison#restOfPopulation()}: counts, outcome counts and statuses exactly, and estimates and limits to
 * rounding (the accumulation order differs; see below).
 *
 * <p><b>Numerical scheme.</b> Welford's update divides once per value, and the divisions form a dependent chain that
 * dominates a pass over primitive data. Here values are accumulated in <em>blocks</em> of at most
 * 4096 values per cell as shifted sums {@code S₁ = Σ(xᵢ - K)} and {@code S₂ = Σ(xᵢ - K)²}, where the shift
 * {@code K} is the cell's current mean (or, for a cell's first block, its first value), so that a value costs one
 * subtraction, two additions and one multiplication. A block's {@code M2 = S₂ - S₁²/m} is computed once, and the block
 * is merged into the cell with the pairwise update of Chan, Golub and LeVeque, as {@link Summary#merge(Summary)} does.
 * Shifting by a value close to the mean is what makes the sums stable: the relative error of the block's {@code M2}
 * is bounded by about {@code m·u·(1 + m(x̄ - K)²/M2)} ({@code u} the unit roundoff, {@code m ≤ }4096),
 * against {@code m·u·(1 + m x̄²/M2)} for unshifted sums (Chan, Golub and LeVeque 1983), and with {@code K} a value of
 * the same data the second term stays of order 1 for real scores; blocking keeps {@code m}, and hence the bound,
 * independent of the number of records, and the pairwise merges add only {@code O(u log(n/m))}.
 * {@link #addGroup(int, double[], boolean[], boolean[])}, where every value of the columns is in the same group,
 * keeps one of a block's two cells by difference from the sums over both (see there), which saves a third of the
 * arithmetic per value and keeps the bound above to within a small constant factor.
 *
 * <p><b>Intervals.</b> {@link #meanGaps(MetricOptions)} and {@link #proportionGaps(MetricOptions)} compute the normal
 * quantile once per call, and each group's Welch t quantile by Newton's method on Commons Statistics' t survival
 * function started from the Cornish-Fisher expansion: the same root that {@link org.equalityduty.metrics.functions.Gaps#meanGap(Summary, Summary,
 * Comparison, MetricOptions)} finds with a bracketing solver, to that solver's accuracy, in a fraction of the time.
 * Quantiles are not cached by degrees of freedom: Welch-Satterthwaite degrees of freedom are real numbers that differ
 * from group to group, so an exact cache would rarely be hit, and a cache by rounded degrees of freedom would not be
 * exact.
 *
 * <p>Memory is proportional to the number of groups, never to the number of records. Collections from partitions of
 * the records (threads, files, local authorities) {@link #combine(PerSchoolGaps) combine} exactly for counts and stably
 * for means and variances, so the work can be split and merged.
 *
 * <p>References: T. F. Chan, G. H. Golub, R. J. LeVeque (1983), Algorithms for computing the sample variance: analysis
 * and recommendations, The American Statistician 37(3), 242-247; T. F. Chan, G. H. Golub, R. J. LeVeque (1979),
 * Updating formulae and a pairwise algorithm for computing sample variances, Stanford STAN-CS-79-773.
 *
 * <p>Any finite scores are accepted. If a cell's scores are so far apart that their sum of squared deviations
 * overflows a double (scores of magnitude beyond about {@code 1e154}), that group's mean gap is
 * {@link org.equalityduty.metrics.results.MetricStatus#UNDEFINED} with a reason saying so, and reading the cell's
 * {@link Summary} throws {@link ArithmeticException}; other groups are unaffected, and no hot loop pays for the check.
 *
 * <p>Instances are mutable accumulators and not thread-safe; use one per thread and combine them.
 *
 * @since 0.2.0
 */
public final class PerSchoolGaps implements Accumulator<PerSchoolGaps> {

    /** The largest number of values accumulated as shifted sums in a cell before they are merged into it. */
    static final int BLOCK = 4096;

    // Per cell (cell = 2 * group + (focus ? 1 : 0)), interleaved in 32 bytes: one record reads and writes one slot of
    // four doubles. Four, not five: with the count and the outcome count in separate doubles (40 bytes a cell), the
    // object-record pass took about 1.5 times as long (paired runs, 10,000,000 records in 2,000 groups).
    private static final int STRIDE = 4;
    /** The largest group count: keeps every per-cell array index within an int. */
    private static final int MAXIMUM_GROUPS = 100_000_000;
    private static final int SHIFT = 0;
    private static final int SUM = 1;
    private static final int SUM_SQUARES = 2;
    /**
     * The block's count and outcome count in one double, {@code count + hits / 8192}: both are integers of at most
     * {@link #BLOCK} (13 bits), so the value needs at most 26 significant bits and every increment is exact; the
     * integer part is the count (the fraction stays at most 1/2) and the fraction times 8192 the outcome count.
     */
    private static final int COUNTS = 3;
    /** The outcome count's scale in {@link #COUNTS}: a power of two above {@link #BLOCK}. */
    private static final double HITS_SCALE = 8192;
    /** The increments of {@link #COUNTS} for a value without and with the outcome. */
    private static final double[] COUNT_STEP = {1, 1 + 1 / HITS_SCALE};

    private final int groupCount;
    /** Open block per cell: shift, shifted sum, shifted sum of squares, counts (see {@link #COUNTS}). */
    private final double[] block;
    /** Merged state per cell. */
    private final long[] n;
    private final long[] hits;
    private final double[] mean;
    private final double[] m2;

    private PerSchoolGaps(int groupCount) {
        this.groupCount = groupCount;
        this.block = new double[2 * groupCount * STRIDE];
        this.n = new long[2 * groupCount];
        this.hits = new long[2 * groupCount];
        this.mean = new double[2 * groupCount];
        this.m2 = new double[2 * groupCount];
    }

    /**
     * Obtains an empty collection for groups {@code 0} to {@code groupCount - 1}.
     *
     * <p>Memory: about 130 bytes per group. Complexity: {@code O(groupCount)}.
     *
     * @param groupCount the number of groups, from 1 to 100,000,000
     * @return a new empty collection, not null
     * @throws IllegalArgumentException if {@code groupCount} is less than 1 or more than 100,000,000
     * @throws ArithmeticException if the cell's scores are so far apart that their sum of squared deviations
     *         overflowed a double (scores beyond about 1e154 in magnitude); the gap methods report UNDEFINED instead
     * @throws ArithmeticException if the cell's scores are so far apart that their sum of squared deviations
     *         overflowed a double (scores beyond about 1e154 in magnitude); the gap methods report UNDEFINED instead
     * @since 0.1.0
     */
    public static PerSchoolGaps ofGroups(int groupCount) {
        checkGroupCount(groupCount);
        return new PerSchoolGaps(groupCount);
    }

    private static void checkGroupCount(int groupCount) {
        if (groupCount < 1 || groupCount > MAXIMUM_GROUPS) {
            throw new IllegalArgumentException("groupCount must be between 1 and " + MAXIMUM_GROUPS + ": " + groupCount);
        }
    }

    /**
     * Obtains the collection of flat primitive columns in one pass: person {@code i} is in group
     * {@code groupCodes[i]}, scored {@code scores[i]}, has the outcome (for example met the expected standard) when
     * {@code outcomes[i]} is true, and is in the focus group when {@code inFocus[i]} is true.
     *
     * <p>Equivalent to {@code ofGroups(groupCount).addAll(groupCodes, scores, outcomes, inFocus)}. Complexity:
     * {@code O(records + groupCount)} time, {@code O(groupCount)} memory.
     *
     * @param groupCodes each person's group, not null, each in {@code [0, groupCount)}
     * @param groupCount the number of groups, from 1 to 100,000,000
     * @param scores the scores, not null, same length, each finite
     * @param outcomes the binary outcome, not null, same length
     * @param inFocus focus-group membership, not null, same length
     * @return a new collection, not null
     * @throws IllegalArgumentException if {@code groupCount} is out of range, the lengths differ, a group code is out
     *         of range or a score is not finite (the message gives the position)
     * @since 0.1.0
     */
    public static PerSchoolGaps of(int[] groupCodes, int groupCount, double[] scores, boolean[] outcomes,
            boolean[] inFocus) {
        return ofGroups(groupCount).addAll(groupCodes, scores, outcomes, inFocus);
    }

    /**
     * Obtains the collection of flat primitive columns, computed in parallel on the caller's executor: the positions
     * are cut into {@code partitions} contiguous slices of (nearly) equal length, each slice is accumulated into its
     * own collection by one task on {@code executor}, and the slices are combined in position order with
     * {@link #combine(PerSchoolGaps)}. No thread is created here and no pool is hidden: the caller chooses the
     * parallelism (a {@link java.util.concurrent.ForkJoinPool}, a fixed pool, or {@code Runnable::run} to stay on the
     * calling thread).
     *
     * <p>The result is the same for any executor and any scheduling: slice boundaries depend only on the length and
     * {@code partitions}, and slices are combined in order. Against {@link #of(int[], int, double[], boolean[],
     * boolean[])} counts, outcome counts and statuses are identical and means and sums of squared deviations agree to
     * rounding (they are merged at different points). On bad input the exception is the one the sequential path throws
     * for the first bad position. Memory: {@code partitions} collections of about 130 bytes per group.
     *
     * @param groupCodes each person's group, not null, each in {@code [0, groupCount)}
     * @param groupCount the number of groups, from 1 to 100,000,000
     * @param scores the scores, not null, same length, each finite
     * @param outcomes the binary outcome, not null, same length
     * @param inFocus focus-group membership, not null, same length
     * @param executor runs the slices, not null
     * @param partitions the number of slices, from 1 to 1024 (the number of threads worth using, say)
     * @return a new collection, not null
     * @throws IllegalArgumentException as the sequential path, or if {@code partitions} is out of range
     * @throws java.util.concurrent.RejectedExecutionException if the executor refuses a task
     * @since 0.2.0
     */
    public static PerSchoolGaps of(int[] groupCodes, int groupCount, double[] scores, boolean[] outcomes,
            boolean[] inFocus, Executor executor, int partitions) {
        Objects.requireNonNull(groupCodes, "groupCodes");
        Objects.requireNonNull(scores, "scores");
        Objects.requireNonNull(outcomes, "outcomes");
        Objects.requireNonNull(inFocus, "inFocus");
        Checks.requireSameLength(groupCodes.length, scores.length);
        Checks.requireSameLength(groupCodes.length, outcomes.length);
        Checks.requireSameLength(groupCodes.length, inFocus.length);
        checkGroupCount(groupCount);
        int n = groupCodes.length;
        return inParallel(n, groupCount, executor, partitions,
                (part, from, to) -> part.addRange(groupCodes, scores, outcomes, inFocus, from, to));
    }

    /**
     * Obtains the collection of the caller's records, computed in parallel on the caller's executor, as
     * {@link #of(int[], int, double[], boolean[], boolean[], Executor, int)} does for columns: contiguous slices of the
     * list, one task each, combined in list order, so the result does not depend on the executor or the scheduling.
     *
     * @param <T> the record type
     * @param records the records, not null, no null elements, with fast random access (an {@code ArrayList}, say)
     * @param groupCount the number of groups, from 1 to 100,000,000
     * @param group gives a record's group, in {@code [0, groupCount)}, not null; called from several threads
     * @param inFocus tells whether a record is in the focus group, not null; called from several threads
     * @param score extracts the score, which must be finite, not null; called from several threads
     * @param outcome tells whether a record has the outcome, not null; called from several threads
     * @param executor runs the slices, not null
     * @param partitions the number of slices, from 1 to 1024
     * @return a new collection, not null
     * @throws IllegalArgumentException as {@link #addAll(Iterable, ToIntFunction, Predicate, ToDoubleFunction,
     *         Predicate)} does for the first bad record, or if {@code groupCount} or {@code partitions} is out of range
     * @throws java.util.concurrent.RejectedExecutionException if the executor refuses a task
     * @since 0.2.0
     */
    public static <T> PerSchoolGaps ofRecords(List<? extends T> records, int groupCount,
            ToIntFunction<? super T> group, Predicate<? super T> inFocus, ToDoubleFunction<? super T> score,
            Predicate<? super T> outcome, Executor executor, int partitions) {
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(inFocus, "inFocus");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(outcome, "outcome");
        checkGroupCount(groupCount);
        return inParallel(records.size(), groupCount, executor, partitions,
                (part, from, to) -> part.addRecords(records.subList(from, to), group, inFocus, score, outcome, from));
    }

    /** Adds positions [from, to) to a slice's collection. */
    @FunctionalInterface
    private interface Slice {
        void add(PerSchoolGaps part, int from, int to);
    }

    private static final int MAXIMUM_PARTITIONS = 1024;

    private static PerSchoolGaps inParallel(int n, int groupCount, Executor executor, int partitions, Slice slice) {
        Objects.requireNonNull(executor, "executor");
        if (partitions < 1 || partitions > MAXIMUM_PARTITIONS) {
            throw new IllegalArgumentException("partitions must be between 1 and " + MAXIMUM_PARTITIONS + ": "
                    + partitions);
        }
        int k = Math.max(1, Math.min(partitions, n));
        List<CompletableFuture<PerSchoolGaps>> parts = new ArrayList<>(k);
        for (int p = 0; p < k; p++) {
            int from = (int) ((long) n * p / k);
            int to = (int) ((long) n * (p + 1) / k);
            parts.add(CompletableFuture.supplyAsync(() -> {
                PerSchoolGaps part = new PerSchoolGaps(groupCount);
                slice.add(part, from, to);
                return part;
            }, executor));
        }
        @Nullable PerSchoolGaps result = null;
        @Nullable RuntimeException first = null;
        for (CompletableFuture<PerSchoolGaps> f : parts) {
            try {
                PerSchoolGaps part = f.join();
                if (first == null) {
                    result = result == null ? part : result.combine(part);
                }
            } catch (CompletionException e) {
                if (first == null) {
                    first = e.getCause() instanceof RuntimeException r ? r : e;
                }
            }
        }
        if (first != null) {
            throw first;
        }
        // At least one part, and every part joined: there is a result.
        return java.util.Objects.requireNonNull(result, "result");
    }

    /**
     * Adds one person.
     *
     * <p>Complexity: {@code O(1)}, no allocation.
     *
     * @param group the person's group, in {@code [0, getGroupCount())}
     * @param inFocus whether the person is in the focus group
     * @param score the person's score, finite
     * @param outcome whether the person has the outcome
     * @return this collection, for chaining
     * @throws IllegalArgumentException if {@code group} is out of range or {@code score} is not finite
     * @since 0.1.0
     */
    public PerSchoolGaps add(int group, boolean inFocus, double score, boolean outcome) {
        if (group < 0 || group >= groupCount) {
            throw new IllegalArgumentException("group must be in [0, " + groupCount + "): " + group);
        }
        if (!Double.isFinite(score)) {
            throw new IllegalArgumentException("score for group " + group + " must be finite: " + score);
        }
        accumulate(2 * group + (inFocus ? 1 : 0), score, outcome);
        return this;
    }

    /**
     * Adds flat primitive columns in one pass: person {@code i} is in group {@code groupCodes[i]}, scored
     * {@code scores[i]}, has the outcome when {@code outcomes[i]} is true and is in the focus group when
     * {@code inFocus[i]} is true. Records may come in any order.
     *
     * <p>Complexity: {@code O(records)} time, no allocation; per record one cell index, one subtraction, two additions,
     * one multiplication and one increment of the block's counts.
     *
     * @param groupCodes each person's group, not null, each in {@code [0, getGroupCount())}
     * @param scores the scores, not null, same length, each finite
     * @param outcomes the binary outcome, not null, same length
     * @param inFocus focus-group membership, not null, same length
     * @return this collection, for chaining
     * @throws IllegalArgumentException if the lengths differ, a group code is out of range or a score is not finite
     *         (the message gives the position; records before it have been added)
     * @since 0.1.0
     */
    public PerSchoolGaps addAll(int[] groupCodes, double[] scores, boolean[] outcomes, boolean[] inFocus) {
        Objects.requireNonNull(groupCodes, "groupCodes");
        Objects.requireNonNull(scores, "scores");
        Objects.requireNonNull(outcomes, "outcomes");
        Objects.requireNonNull(inFocus, "inFocus");
        Checks.requireSameLength(groupCodes.length, scores.length);
        Checks.requireSameLength(groupCodes.length, outcomes.length);
        Checks.requireSameLength(groupCodes.length, inFocus.length);
        return addRange(groupCodes, scores, outcomes, inFocus, 0, groupCodes.length);
    }

    /** Adds positions [from, to) of checked columns; messages give absolute positions. */
    private PerSchoolGaps addRange(int[] groupCodes, double[] scores, boolean[] outcomes, boolean[] inFocus, int from,
            int to) {
        int groups = groupCount;
        for (int i = from; i < to; i++) {
            int g = groupCodes[i];
            double x = scores[i];
            if (g < 0 || g >= groups) {
                throw new IllegalArgumentException("groupCodes[" + i + "] must be in [0, " + groups + "): " + g);
            }
            if (!Double.isFinite(x)) {
                throw new IllegalArgumentException("scores[" + i + "] must be finite: " + x);
            }
            accumulate(2 * g + (inFocus[i] ? 1 : 0), x, outcomes[i]);
        }
        return this;
    }

    /**
     * Adds columns whose people all belong to one group (a school-by-school extract), in one pass: person {@code i}
     * scored {@code scores[i]}, has the outcome when {@code outcomes[i]} is true and is in the focus group when
     * {@code inFocus[i]} is true.
     *
     * <p>Complexity: {@code O(records)} time, no branch on focus membership. Per block of 4096 values, one pass
     * keeps four running sums: every value minus its own cell's shift, summed over the block and masked (by an exact
     * 0/1 factor) to the cell with fewer members so far; the other cell's sums are the differences, which is as
     * accurate as summing it directly, to a small constant factor, when that cell holds at least half of the block's
     * values and of its sum of squares. When it does not, the block is summed again the other way round, and if that
     * fails too, with both cells' sums accumulated directly: the accuracy holds whatever the data.
     *
     * @param group the group, in {@code [0, getGroupCount())}
     * @param scores the scores, not null, each finite
     * @param outcomes the binary outcome, not null, same length
     * @param inFocus focus-group membership, not null, same length
     * @return this collection, for chaining
     * @throws IllegalArgumentException if {@code group} is out of range, the lengths differ or a score is not finite
     *         (the message gives the position; blocks of 4096 values before the one holding it have been
     *         added)
     * @since 0.1.0
     */
    public PerSchoolGaps addGroup(int group, double[] scores, boolean[] outcomes, boolean[] inFocus) {
        if (group < 0 || group >= groupCount) {
            throw new IllegalArgumentException("group must be in [0, " + groupCount + "): " + group);
        }
        Objects.requireNonNull(scores, "scores");
        Objects.requireNonNull(outcomes, "outcomes");
        Objects.requireNonNull(inFocus, "inFocus");
        Checks.requireSameLength(scores.length, outcomes.length);
        Checks.requireSameLength(scores.length, inFocus.length);
        int rest = 2 * group;
        int focus = rest + 1;
        for (int from = 0; from < scores.length; from += BLOCK) {
            int to = Math.min(scores.length, from + BLOCK);
            // A shift per cell: the cell's mean if it has one, else its first value in the block.
            double kF = shift(focus, scores, inFocus, from, to, true);
            double kR = shift(rest, scores, inFocus, from, to, false);
            // Sum the cell with fewer members so far directly and the other by difference; if the block shows that
            // guess wrong, try the other way round, and if neither is accurate, sum both cells directly.
            boolean maskFocus = n[focus] <= n[rest];
            int outcome = addByDifference(focus, rest, kF, kR, maskFocus, scores, outcomes, inFocus, from, to);
            if (outcome == ILL_CONDITIONED) {
                outcome = addByDifference(focus, rest, kF, kR, !maskFocus, scores, outcomes, inFocus, from, to);
            }
            if (outcome == ILL_CONDITIONED) {
                outcome = addMasked(focus, rest, kF, kR, scores, outcomes, inFocus, from, to);
            }
            if (outcome == NOT_FINITE) {
                // A value that is not finite (or sums that overflowed): find it, or add the block value by value.
                addSlowly(focus, rest, scores, outcomes, inFocus, from, to);
            }
        }
        return this;
    }

    /** A block's sums were merged. */
    private static final int MERGED = 0;
    /** Sums by difference would not have been accurate: nothing was merged. */
    private static final int ILL_CONDITIONED = 1;
    /** A value is not finite, or the sums overflowed: nothing was merged. */
    private static final int NOT_FINITE = 2;
    /**
     * Masks indexed by focus membership (0 or 1) that keep the focus cell's values, or the rest's: a load instead of
     * an int-to-double conversion per value.
     */
    private static final double[] FOCUS_MASK = {0, 1};
    private static final double[] REST_MASK = {1, 0};

    /**
     * Sums a block of one group in one pass with four running sums instead of the masked loop's four sums of eight
     * masked terms: every value shifted by its own cell's shift, summed over both cells ({@code S₁}, {@code S₂}), and
     * masked to one cell M ({@code S₁ᴹ}, {@code S₂ᴹ}); the other cell's sums are the differences. A difference is as
     * accurate as a direct sum, to a small constant factor, when the other cell holds at least as many of the block's
     * values and at least as much of its sum of squares as M: the rounding errors of both sums, at most about
     * {@code m·u} of {@code S₂ ≤ 2 S₂ − 2 S₂ᴹ}, are then at most about {@code 3 m·u} of the difference. Otherwise nothing is
     * merged and {@link #ILL_CONDITIONED} is returned.
     */
    private int addByDifference(int focus, int rest, double kF, double kR, boolean maskFocus, double[] scores,
            boolean[] outcomes, boolean[] inFocus, int from, int to) {
        // Indexed by focus membership f (0 or 1): a value's own shift, and 1 for a value of the masked cell, else 0.
        double[] shifts = {kR, kF};
        double[] mask = maskFocus ? FOCUS_MASK : REST_MASK;
        double s1 = 0;
        double s2 = 0;
        double s1M = 0;
        double s2M = 0;
        int nF = 0;
        int hitsF = 0;
        int hitsAll = 0;
        for (int i = from; i < to; i++) {
            int f = inFocus[i] ? 1 : 0;
            int h = outcomes[i] ? 1 : 0;
            double d = scores[i] - shifts[f];
            // mask[f] is exactly 0 or 1, so dM is exactly 0 or d and dM * d exactly 0 or d * d.
            double dM = mask[f] * d;
            s1 += d;
            s2 += d * d;
            s1M += dM;
            s2M += dM * d;
            nF += f;
            hitsF += f & h;
            hitsAll += h;
        }
        if (!Double.isFinite(s2)) {
            return NOT_FINITE;
        }
        int m = to - from;
        int nM = maskFocus ? nF : m - nF;
        int hitsM = maskFocus ? hitsF : hitsAll - hitsF;
        int nO = m - nM;
        double s1O = s1 - s1M;
        double s2O = s2 - s2M;
        if (nO < nM || s2O < s2M) {
            return ILL_CONDITIONED;
        }
        mergeBlock(maskFocus ? focus : rest, nM, maskFocus ? kF : kR, s1M, s2M, hitsM);
        mergeBlock(maskFocus ? rest : focus, nO, maskFocus ? kR : kF, s1O, s2O, hitsAll - hitsM);
        return MERGED;
    }

    /** Sums a block of one group with both cells' sums accumulated directly (0/1 masks, exact). */
    private int addMasked(int focus, int rest, double kF, double kR, double[] scores, boolean[] outcomes,
            boolean[] inFocus, int from, int to) {
        double s1F = 0;
        double s2F = 0;
        double s1R = 0;
        double s2R = 0;
        int nF = 0;
        int hitsF = 0;
        int hitsAll = 0;
        for (int i = from; i < to; i++) {
            int f = inFocus[i] ? 1 : 0;
            int h = outcomes[i] ? 1 : 0;
            double x = scores[i];
            // f is 0 or 1, so f * e is exactly 0 or e and e - f * e exactly e or 0: the masks are exact.
            double dF = f * (x - kF);
            double eR = x - kR;
            double dR = eR - f * eR;
            s1F += dF;
            s2F += dF * dF;
            s1R += dR;
            s2R += dR * dR;
            nF += f;
            hitsF += f & h;
            hitsAll += h;
        }
        if (!Double.isFinite(s2F + s2R)) {
            return NOT_FINITE;
        }
        mergeBlock(focus, nF, kF, s1F, s2F, hitsF);
        mergeBlock(rest, to - from - nF, kR, s1R, s2R, hitsAll - hitsF);
        return MERGED;
    }

    /**
     * Adds the caller's records in one pass, with one group lookup per record serving both the score and the outcome.
     *
     * <p>Complexity: {@code O(records)} time; no boxing and no allocation by this method (the functions should not
     * allocate either: an {@code int} group position, not an {@code Integer} key).
     *
     * @param <T> the record type
     * @param records the records, not null, no null elements
     * @param group gives a record's group, in {@code [0, getGroupCount())}, not null
     * @param inFocus tells whether a record is in the focus group, not null
     * @param score extracts the score, which must be finite, not null
     * @param outcome tells whether a record has the outcome, not null
     * @return this collection, for chaining
     * @throws IllegalArgumentException if a group is out of range or a score is not finite (the message gives the
     *         record's position; records before it have been added)
     * @since 0.1.0
     */
    public <T> PerSchoolGaps addAll(Iterable<? extends T> records, ToIntFunction<? super T> group,
            Predicate<? super T> inFocus, ToDoubleFunction<? super T> score, Predicate<? super T> outcome) {
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(inFocus, "inFocus");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(outcome, "outcome");
        return addRecords(records, group, inFocus, score, outcome, 0);
    }

    /** Adds records whose positions start at {@code first}; messages give those positions. */
    private <T> PerSchoolGaps addRecords(Iterable<? extends T> records, ToIntFunction<? super T> group,
            Predicate<? super T> inFocus, ToDoubleFunction<? super T> score, Predicate<? super T> outcome,
            long first) {
        int groups = groupCount;
        long i = first;
        for (T r : records) {
            int g = group.applyAsInt(r);
            double x = score.applyAsDouble(r);
            if (g < 0 || g >= groups) {
                throw new IllegalArgumentException("group of record " + i + " must be in [0, " + groups + "): " + g);
            }
            if (!Double.isFinite(x)) {
                throw new IllegalArgumentException("score of record " + i + " must be finite: " + x);
            }
            accumulate(2 * g + (inFocus.test(r) ? 1 : 0), x, outcome.test(r));
            i++;
        }
        return this;
    }

    /** Checks a block, then adds it one value at a time with Welford's update (huge values only). */
    private void addSlowly(int focus, int rest, double[] scores, boolean[] outcomes, boolean[] inFocus, int from,
            int to) {
        for (int i = from; i < to; i++) {
            if (!Double.isFinite(scores[i])) {
                throw new IllegalArgumentException("scores[" + i + "] must be finite: " + scores[i]);
            }
        }
        for (int i = from; i < to; i++) {
            merge(inFocus[i] ? focus : rest, 1, scores[i], 0, outcomes[i] ? 1 : 0);
        }
    }

    /** The shift for a cell's block: its mean if it has values, else its first value in [from, to), else 0. */
    private double shift(int cell, double[] scores, boolean[] inFocus, int from, int to, boolean focus) {
        if (n[cell] > 0) {
            return mean[cell];
        }
        for (int i = from; i < to; i++) {
            if (inFocus[i] == focus) {
                return scores[i];
            }
        }
        return 0;
    }

    private void accumulate(int cell, double x, boolean outcome) {
        double[] b = block;
        int o = cell * STRIDE;
        double counts = b[o + COUNTS];
        if (counts == 0) {
            b[o + SHIFT] = n[cell] > 0 ? mean[cell] : x;
        }
        double d = x - b[o + SHIFT];
        b[o + SUM] += d;
        b[o + SUM_SQUARES] += d * d;
        counts += COUNT_STEP[outcome ? 1 : 0];
        b[o + COUNTS] = counts;
        // The integer part is the count; the fraction is below 1.
        if (counts >= BLOCK) {
            flush(cell);
        }
    }

    private void flush(int cell) {
        int o = cell * STRIDE;
        double[] b = block;
        double counts = b[o + COUNTS];
        if (counts > 0) {
            // Both exact: counts has at most 26 significant bits (see COUNTS).
            int m = (int) counts;
            int blockHits = (int) ((counts - m) * HITS_SCALE);
            mergeBlock(cell, m, b[o + SHIFT], b[o + SUM], b[o + SUM_SQUARES], blockHits);
            Arrays.fill(b, o, o + STRIDE, 0);
        }
    }

    private void flushAll() {
        for (int c = 0; c < n.length; c++) {
            flush(c);
        }
    }

    /** Merges m values with shifted sums s1 = Σ(x - k), s2 = Σ(x - k)² into a cell (Chan et al.). */
    private void mergeBlock(int cell, int m, double k, double s1, double s2, int blockHits) {
        if (m == 0) {
            return;
        }
        double blockMean = k + s1 / m;
        double blockM2 = Math.max(0, s2 - s1 * (s1 / m));
        merge(cell, m, blockMean, blockM2, blockHits);
    }

    private void merge(int cell, long m, double otherMean, double otherM2, long otherHits) {
        long before = n[cell];
        hits[cell] = Math.addExact(hits[cell], otherHits);
        if (before == 0) {
            n[cell] = m;
            mean[cell] = otherMean;
            m2[cell] = otherM2;
            return;
        }
        long total = Math.addExact(before, m);
        double delta = otherMean - mean[cell];
        mean[cell] += delta * ((double) m / total);
        m2[cell] += otherM2 + delta * delta * ((double) before * (double) m / total);
        n[cell] = total;
    }

    /**
     * Combines another collection with the same number of groups into this one, cell by cell, with the pairwise
     * update of Chan et al. (exact for counts).
     *
     * <p>Complexity: {@code O(groupCount)}.
     *
     * @param other a collection with the same group count, not null, unchanged in content
     * @return this collection, for chaining
     * @throws IllegalArgumentException if the group counts differ
     * @since 0.1.0
     */
    @Override
    public PerSchoolGaps combine(PerSchoolGaps other) {
        Objects.requireNonNull(other, "other");
        if (other.groupCount != groupCount) {
            throw new IllegalArgumentException("group counts differ: " + groupCount + " and " + other.groupCount);
        }
        flushAll();
        other.flushAll();
        for (int c = 0; c < n.length; c++) {
            if (other.n[c] > 0) {
                merge(c, other.n[c], other.mean[c], other.m2[c], other.hits[c]);
            }
        }
        return this;
    }

    /**
     * Gets the number of groups.
     *
     * @return the group count, at least 1
     * @since 0.1.0
     */
    public int getGroupCount() {
        return groupCount;
    }

    /**
     * Gets the score summary of a group's focus members.
     *
     * @param group the group, in {@code [0, getGroupCount())}
     * @return the summary, {@link Summary#empty()} if there are none, not null
     * @throws IllegalArgumentException if {@code group} is out of range
     * @since 0.1.0
     */
    public Summary getFocusSummary(int group) {
        return summary(cell(group, true));
    }

    /**
     * Gets the score summary of a group's other members (the rest of the group).
     *
     * @param group the group, in {@code [0, getGroupCount())}
     * @return the summary, {@link Summary#empty()} if there are none, not null
     * @throws IllegalArgumentException if {@code group} is out of range
     * @since 0.1.0
     */
    public Summary getRestSummary(int group) {
        return summary(cell(group, false));
    }

    /**
     * Gets the proportion of a group's focus members with the outcome.
     *
     * @param group the group, in {@code [0, getGroupCount())}
     * @return the proportion (0 of 0 if there are none), not null
     * @throws IllegalArgumentException if {@code group} is out of range
     * @since 0.1.0
     */
    public Proportion getFocusProportion(int group) {
        return proportion(cell(group, true));
    }

    /**
     * Gets the proportion of a group's other members with the outcome.
     *
     * @param group the group, in {@code [0, getGroupCount())}
     * @return the proportion (0 of 0 if there are none), not null
     * @throws IllegalArgumentException if {@code group} is out of range
     * @since 0.1.0
     */
    public Proportion getRestProportion(int group) {
        return proportion(cell(group, false));
    }

    /**
     * Computes a group's mean gap, focus minus the rest of the group, with a Welch interval: as
     * {@link org.equalityduty.metrics.functions.Gaps#meanGap(Summary, Summary, Comparison, MetricOptions)} with {@link Comparison#restOfPopulation()}, the
     * t quantile found as described in the class documentation.
     *
     * <p>Formula: {@code d = x̄F - x̄R}, {@code se = √(sF²/nF + sR²/nR)}, Welch-Satterthwaite degrees of freedom,
     * interval {@code d ± t(ν, 1-α/2) se}. Empty or single-member cells give EMPTY or UNDEFINED as there.
     * Complexity: {@code O(1)}.
     *
     * @param group the group, in {@code [0, getGroupCount())}
     * @param options the options, not null
     * @return the gap, not null
     * @throws IllegalArgumentException if {@code group} is out of range
     * @since 0.1.0
     */
    public GapResult meanGap(int group, MetricOptions options) {
        Objects.requireNonNull(options, "options");
        return meanGap(group, options, Quantiles.normal(options.getConfidenceLevel()));
    }

    /**
     * Computes a group's difference of proportions with the outcome, focus minus the rest of the group, with the
     * Newcombe hybrid-score interval: as {@link org.equalityduty.metrics.functions.Gaps#proportionGap(Proportion, Proportion, Comparison, MetricOptions)}
     * with {@link Comparison#restOfPopulation()}. Complexity: {@code O(1)}.
     *
     * @param group the group, in {@code [0, getGroupCount())}
     * @param options the options, not null
     * @return the gap, not null
     * @throws IllegalArgumentException if {@code group} is out of range
     * @since 0.1.0
     */
    public GapResult proportionGap(int group, MetricOptions options) {
        Objects.requireNonNull(options, "options");
        return proportionGap(group, options, Quantiles.normal(options.getConfidenceLevel()));
    }

    /**
     * Computes every group's mean gap (see {@link #meanGap(int, MetricOptions)}), in group order, with the normal
     * quantile computed once. Complexity: {@code O(groupCount)}, one Newton solve for the t quantile per group.
     *
     * @param options the options, not null
     * @return an unmodifiable list whose element {@code g} is group {@code g}'s gap, not null
     * @since 0.1.0
     */
    public List<GapResult> meanGaps(MetricOptions options) {
        Objects.requireNonNull(options, "options");
        double z = Quantiles.normal(options.getConfidenceLevel());
        GapResult[] out = new GapResult[groupCount];
        for (int g = 0; g < groupCount; g++) {
            out[g] = meanGap(g, options, z);
        }
        return List.of(out);
    }

    /**
     * Computes every group's difference of proportions (see {@link #proportionGap(int, MetricOptions)}), in group
     * order, with the normal quantile computed once. Complexity: {@code O(groupCount)}.
     *
     * @param options the options, not null
     * @return an unmodifiable list whose element {@code g} is group {@code g}'s gap, not null
     * @since 0.1.0
     */
    public List<GapResult> proportionGaps(MetricOptions options) {
        Objects.requireNonNull(options, "options");
        double z = Quantiles.normal(options.getConfidenceLevel());
        GapResult[] out = new GapResult[groupCount];
        for (int g = 0; g < groupCount; g++) {
            out[g] = proportionGap(g, options, z);
        }
        return List.of(out);
    }

    private GapResult meanGap(int group, MetricOptions options, double z) {
        double level = options.getConfidenceLevel();
        double upperTail = (1 - level) / 2;
        int f = cell(group, true);
        int r = cell(group, false);
        return GapMath.meanGap(n[f], mean[f], m2[f], n[r], mean[r], n[r], m2[r], Comparison.restOfPopulation(), options,
                df -> Quantiles.tByNewton(df, z, upperTail, level));
    }

    private GapResult proportionGap(int group, MetricOptions options, double z) {
        int f = cell(group, true);
        int r = cell(group, false);
        return GapMath.proportionGap(hits[f], n[f], hits[r], n[r], hits[r], n[r], Comparison.restOfPopulation(),
                options, z);
    }

    private int cell(int group, boolean focus) {
        if (group < 0 || group >= groupCount) {
            throw new IllegalArgumentException("group must be in [0, " + groupCount + "): " + group);
        }
        int c = 2 * group + (focus ? 1 : 0);
        flush(c);
        return c;
    }

    private Summary summary(int cell) {
        return Summary.ofState(n[cell], mean[cell], m2[cell], ((cell & 1) == 1 ? "the focus group" : "the rest")
                + " of group " + (cell >> 1));
    }

    private Proportion proportion(int cell) {
        return Proportion.of(hits[cell], n[cell]);
    }

    @Override
    public String toString() {
        return "PerSchoolGaps[groups=" + groupCount + "]";
    }
}
