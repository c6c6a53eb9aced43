package org.equalityduty.disclosure.internal;

import org.jspecify.annotations.Nullable;

/**
 * A dense two-phase primal simplex on exact {@link Rational}s: minimise {@code c.x} subject to
 * {@code A x = b}, {@code x >= 0}.
 *
 * <p>Exact arithmetic means an audit never says "safe" because of a rounding error; falling back to Bland's rule after a run of
 * degenerate pivots means it never cycles. Sizes here are small (the hidden cells of one connected part of a publication), so a dense tableau is
 * the simple choice. When a pivot limit is reached or a value overflows a {@code long}, the answer is
 * {@link Status#LIMIT}, never a guess, and callers treat that as "not shown safe".
 */
public final class ExactSimplex {

    /** How a solve ended. */
    public enum Status {
        /** An optimal vertex was found. */
        OPTIMAL,
        /** No {@code x >= 0} satisfies {@code A x = b}. */
        INFEASIBLE,
        /** The objective decreases without bound. */
        UNBOUNDED,
        /** The pivot limit was reached or a value overflowed; nothing is known. */
        LIMIT
    }

    /** The outcome of a solve: a status and, when optimal, the value and an optimal vertex. */
    public static final class Result {
        private final Status status;
        private final Rational value;
        private final Rational[] x;

        Result(Status status, Rational value, Rational[] x) {
            this.status = status;
            this.value = value;
            this.x = x;
        }

        /**
         * Gets how the solve ended.
         *
         * @return how the solve ended
         */
        public Status status() {
            return status;
        }

        /**
         * Gets the optimal value (zero unless {@link Status#OPTIMAL}).
         *
         * @return the optimal value (zero unless {@link Status#OPTIMAL})
         */
        public Rational value() {
            return value;
        }

        /**
         * Gets an optimal vertex (empty unless {@link Status#OPTIMAL}); a copy.
         *
         * @return an optimal vertex (empty unless {@link Status#OPTIMAL}); a copy
         */
        public Rational[] x() {
            return x.clone();
        }
    }

    private static final Rational[] NONE = new Rational[0];
    private static final int DEGENERATE_LIMIT = 50;

    private ExactSimplex() {
    }

    /**
     * Minimises {@code c.x} subject to {@code A x = b}, {@code x >= 0}.
     *
     * @param a  the m-by-n constraint matrix (not modified)
     * @param b  the m right-hand sides
     * @param c  the n costs
     * @param maxPivots  the most pivots over both phases before answering {@link Status#LIMIT}
     * @return the result, never null
     */
    public static Result minimize(Rational[][] a, Rational[] b, Rational[] c, int maxPivots) {
        try {
            return solve(a, b, c, maxPivots);
        } catch (ArithmeticException overflow) {
            return new Result(Status.LIMIT, Rational.ZERO, NONE);
        }
    }

    /**
     * Minimises each of several objectives over the same constraints, sharing phase one.
     *
     * @param a  the m-by-n constraint matrix (not modified)
     * @param b  the m right-hand sides
     * @param costs  the objectives, each of n costs
     * @param maxPivots  the most pivots for phase one plus one objective's phase two
     * @return one result per objective, never null
     */
    public static Result[] minimizeEach(Rational[][] a, Rational[] b, Rational[][] costs, int maxPivots) {
        Result[] out = new Result[costs.length];
        try {
            return solveEach(a, b, costs, maxPivots);
        } catch (ArithmeticException overflow) {
            java.util.Arrays.fill(out, new Result(Status.LIMIT, Rational.ZERO, NONE));
            return out;
        }
    }

    private static Result solve(Rational[][] a, Rational[] b, Rational[] c, int maxPivots) {
        return solveEach(a, b, new Rational[][] {c}, maxPivots)[0];
    }

    private static Result[] solveEach(Rational[][] a, Rational[] b, Rational[][] costs, int maxPivots) {
        Result[] out = new Result[costs.length];
        int n = costs[0].length;
        int m = a.length;
        int width = n + m + 1;
        int rhs = n + m;
        Rational[][] t = new Rational[m][width];
        int[] basis = new int[m];
        Rational[] z = new Rational[width];
        java.util.Arrays.fill(z, Rational.ZERO);
        for (int i = 0; i < m; i++) {
            boolean flip = b[i].signum() < 0;
            for (int j = 0; j < n; j++) {
                t[i][j] = flip ? a[i][j].negate() : a[i][j];
            }
            for (int j = n; j < rhs; j++) {
                t[i][j] = j - n == i ? Rational.ONE : Rational.ZERO;
            }
            t[i][rhs] = flip ? b[i].negate() : b[i];
            basis[i] = n + i;
            for (int j = 0; j < n; j++) {
                z[j] = z[j].minus(t[i][j]);
            }
            z[rhs] = z[rhs].minus(t[i][rhs]);
        }
        int[] pivots = {0};
        Status phase1 = iterate(t, z, basis, rhs, rhs, maxPivots, pivots);
        if (phase1 == Status.LIMIT || z[rhs].signum() != 0) {
            java.util.Arrays.fill(out, new Result(phase1 == Status.LIMIT ? Status.LIMIT : Status.INFEASIBLE,
                    Rational.ZERO, NONE));
            return out;
        }
        // Drive the remaining (zero-valued) artificials out of the basis where a real column can replace them;
        // a row with no real column left is redundant and stays inert.
        for (int i = 0; i < m; i++) {
            if (basis[i] >= n) {
                for (int j = 0; j < n; j++) {
                    if (t[i][j].signum() != 0) {
                        pivot(t, z, basis, i, j, width);
                        break;
                    }
                }
            }
        }
        Rational[][] t1 = t;
        int[] basis1 = basis;
        int used = pivots[0];
        for (int k = 0; k < costs.length; k++) {
            Rational[] c = costs[k];
            Rational[][] tk = new Rational[m][];
            for (int i = 0; i < m; i++) {
                tk[i] = t1[i].clone();
            }
            int[] bk = basis1.clone();
            Rational[] zk = new Rational[width];
            java.util.Arrays.fill(zk, Rational.ZERO);
            for (int j = 0; j < n; j++) {
                zk[j] = c[j];
            }
            for (int i = 0; i < m; i++) {
                int bj = bk[i];
                if (bj < n && c[bj].signum() != 0) {
                    Rational cb = c[bj];
                    for (int j = 0; j < width; j++) {
                        if (tk[i][j].signum() != 0) {
                            zk[j] = zk[j].minus(cb.times(tk[i][j]));
                        }
                    }
                }
            }
            pivots[0] = used;
            Status phase2 = iterate(tk, zk, bk, n, rhs, maxPivots, pivots);
            if (phase2 != Status.OPTIMAL) {
                out[k] = new Result(phase2, Rational.ZERO, NONE);
                continue;
            }
            Rational[] x = new Rational[n];
            java.util.Arrays.fill(x, Rational.ZERO);
            for (int i = 0; i < m; i++) {
                if (bk[i] < n) {
                    x[bk[i]] = tk[i][rhs];
                }
            }
            out[k] = new Result(Status.OPTIMAL, zk[rhs].negate(), x);
        }
        return out;
    }

    /**
     * Dantzig's rule (the most negative reduced cost enters) while pivots make progress; after
     * {@value #DEGENERATE_LIMIT} degenerate pivots in a row, Bland's rule (the lowest-indexed improving column
     * enters) for the rest of the phase, which cannot cycle. Ties in the ratio test leave by lowest basis index.
     */
    private static Status iterate(Rational[][] t, Rational[] z, int[] basis, int columns, int rhs, int maxPivots,
            int[] pivots) {
        int width = rhs + 1;
        int degenerate = 0;
        boolean bland = false;
        while (true) {
            int enter = -1;
            for (int j = 0; j < columns; j++) {
                if (z[j].signum() < 0 && (enter < 0 || (!bland && z[j].compareTo(z[enter]) < 0))) {
                    enter = j;
                    if (bland) {
                        break;
                    }
                }
            }
            if (enter < 0) {
                return Status.OPTIMAL;
            }
            int leave = -1;
            @Nullable Rational best = null;
            for (int i = 0; i < t.length; i++) {
                if (t[i][enter].signum() > 0) {
                    Rational ratio = t[i][rhs].dividedBy(t[i][enter]);
                    int cmp = best == null ? -1 : ratio.compareTo(best);
                    if (cmp < 0 || (cmp == 0 && basis[i] < basis[leave])) {
                        best = ratio;
                        leave = i;
                    }
                }
            }
            if (leave < 0) {
                return Status.UNBOUNDED;
            }
            if (++pivots[0] > maxPivots) {
                return Status.LIMIT;
            }
            degenerate = java.util.Objects.requireNonNull(best).signum() == 0 ? degenerate + 1 : 0;
            bland |= degenerate > DEGENERATE_LIMIT;
            pivot(t, z, basis, leave, enter, width);
        }
    }

    private static void pivot(Rational[][] t, Rational[] z, int[] basis, int r, int col, int width) {
        Rational p = t[r][col];
        Rational[] row = t[r];
        if (!p.equals(Rational.ONE)) {
            for (int j = 0; j < width; j++) {
                if (row[j].signum() != 0) {
                    row[j] = row[j].dividedBy(p);
                }
            }
        }
        for (int i = 0; i < t.length; i++) {
            if (i != r && t[i][col].signum() != 0) {
                eliminate(t[i], row, t[i][col], width);
            }
        }
        if (z[col].signum() != 0) {
            eliminate(z, row, z[col], width);
        }
        basis[r] = col;
    }

    private static void eliminate(Rational[] target, Rational[] row, Rational factor, int width) {
        for (int j = 0; j < width; j++) {
            if (row[j].signum() != 0) {
                target[j] = target[j].minus(factor.times(row[j]));
            }
        }
    }
}
