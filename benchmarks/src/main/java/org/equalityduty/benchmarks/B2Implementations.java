package org.equalityduty.benchmarks;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.equalityduty.metrics.accumulators.GapIndex;
import org.equalityduty.metrics.options.MetricOptions;
import org.equalityduty.metrics.results.GapIndexResult;

/**
 * B2, the DfE disadvantage gap index over a KS2 cohort (reading plus maths scaled scores, 160..240): the library's
 * histogram against sort-based references.
 */
public final class B2Implementations {

    /** The cohort size. */
    public static final int COHORT = 600_000;
    /** Disadvantaged share, as nationally at KS2 in 2011 (151,880 of 546,104; docs/domain.md section 3). */
    public static final double DISADVANTAGED_SHARE = 151_880.0 / 546_104.0;
    /** Tolerance on the index (which runs from -10 to 10). */
    public static final double TOLERANCE = 1e-9;

    private static final MetricOptions OPTIONS = MetricOptions.defaults();

    private B2Implementations() {
    }

    /**
     * A KS2 cohort as primitive columns.
     *
     * @param scores reading plus maths scaled score per pupil
     * @param disadvantaged whether each pupil is disadvantaged
     */
    public record KeyStage2(double[] scores, boolean[] disadvantaged) {
    }

    /**
     * Generates a reproducible cohort.
     *
     * @param pupils the cohort size
     * @param seed the seed
     * @return the cohort
     */
    public static KeyStage2 cohort(int pupils, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] scores = new double[pupils];
        boolean[] dis = new boolean[pupils];
        for (int i = 0; i < pupils; i++) {
            dis[i] = random.nextDouble() < DISADVANTAGED_SHARE;
            scores[i] = Cohort.scaledScore(random, dis[i]) + Cohort.scaledScore(random, dis[i]);
        }
        return new KeyStage2(scores, dis);
    }

    /**
     * The library's int fast path for whole-number grids: {@code GapIndex.ks2().addAll(int[], boolean[])}.
     *
     * @param scores the scores
     * @param disadvantaged the flags
     * @return the index
     */
    public static double libraryInt(int[] scores, boolean[] disadvantaged) {
        return value(GapIndex.ks2().addAll(scores, disadvantaged).result(OPTIONS));
    }

    /**
     * The whole-number scores of a cohort, for the int fast path (KS2 scaled scores are whole numbers).
     *
     * @param cohort the cohort
     * @return its scores as ints
     */
    public static int[] wholeScores(KeyStage2 cohort) {
        int[] out = new int[cohort.scores().length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (int) cohort.scores()[i];
            if (out[i] != cohort.scores()[i]) {
                throw new IllegalStateException("score " + cohort.scores()[i] + " is not a whole number");
            }
        }
        return out;
    }

    /** The library: a KS2 histogram filled from the columns, then the exact rank-sum sweep. */
    public static double library(KeyStage2 cohort) {
        return value(GapIndex.ks2().addAll(cohort.scores(), cohort.disadvantaged()).result(OPTIONS));
    }

    /**
     * Diagnostic, not a competitor: a hand-written histogram for whole-number KS2 scores as a user would write it (one
     * range and integrality check, a branch on the group and one array increment per pupil, then the rank sweep in
     * doubles). Shows what a straightforward O(n) histogram costs on this machine.
     */
    public static double handHistogram(KeyStage2 cohort) {
        double[] scores = cohort.scores();
        boolean[] dis = cohort.disadvantaged();
        long[] d = new long[81];
        long[] o = new long[81];
        for (int i = 0; i < scores.length; i++) {
            double v = scores[i];
            int bin = (int) v - 160;
            if (bin < 0 || bin > 80 || bin + 160 != v) {
                throw new IllegalArgumentException("score " + i + " is not a whole number from 160 to 240: " + v);
            }
            if (dis[i]) {
                d[bin]++;
            } else {
                o[bin]++;
            }
        }
        long below = 0;
        long nD = 0;
        long nO = 0;
        double sumD = 0;
        double sumO = 0;
        for (int b = 0; b < d.length; b++) {
            long t = d[b] + o[b];
            double rank = below + (t + 1) / 2.0;
            sumD += d[b] * rank;
            sumO += o[b] * rank;
            below += t;
            nD += d[b];
            nO += o[b];
        }
        long n = nD + nO;
        return 20 * (sumO / nO - sumD / nD) / n;
    }

    /** The library's own sort-based path ({@link GapIndex#sortBased}): split, sort both groups, merge ties. */
    public static double librarySortBased(KeyStage2 cohort) {
        return value(GapIndex.sortBased(cohort.scores(), cohort.disadvantaged(), OPTIONS));
    }

    /**
     * An independent sort-based reference, as a user would write it from the definition: sort a copy of all scores;
     * a pupil's rank is the average of the first and last positions of their score (found by binary search), so tied
     * pupils share the average rank; percentile rank = rank / N; index = 20 × (mean of others − mean of disadvantaged).
     */
    public static double sortBasedReference(KeyStage2 cohort) {
        double[] scores = cohort.scores();
        boolean[] dis = cohort.disadvantaged();
        int n = scores.length;
        double[] sorted = scores.clone();
        Arrays.sort(sorted);
        double sumD = 0;
        double sumO = 0;
        long nD = 0;
        for (int i = 0; i < n; i++) {
            double v = scores[i];
            int first = lowerBound(sorted, v); // 0-based position of the first pupil with this score
            int after = lowerBound(sorted, Math.nextUp(v)); // one past the last
            double rank = (first + 1 + after) / 2.0; // mean of ranks first+1 .. after
            double percentile = rank / n;
            if (dis[i]) {
                sumD += percentile;
                nD++;
            } else {
                sumO += percentile;
            }
        }
        return 20 * (sumO / (n - nD) - sumD / nD);
    }

    private static int lowerBound(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static double value(GapIndexResult result) {
        if (!result.hasValue()) {
            throw new IllegalStateException("gap index unavailable: " + result);
        }
        return result.getIndex();
    }
}
