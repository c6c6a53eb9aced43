package org.equalityduty.disclosure.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The suppression engine over a publication reduced to numbers: quantities (non-negative integer counts) and sum
 * relations ({@code total = part1 + part2 + ...}), each quantity either published or hidden.
 *
 * <p><b>Audit.</b> For a hidden quantity, the intruder's tightest interval is the minimum and maximum of it over
 * every integer vector that agrees with all published quantities, satisfies every relation and respects the lower
 * bound the intruder knows for each hidden quantity. It is computed exactly: a linear programme over the hidden
 * quantities of the connected part of the publication, solved by {@link ExactSimplex}, then branch and bound
 * (exact, depth-first) when the optimal vertex is not integral. A node or pivot limit gives an unknown interval,
 * which callers treat as unsafe.
 *
 * <p><b>Secondary suppression.</b> For each primary quantity failing the audit, the engine solves the protection
 * subproblem of Fischetti and Salazar (and of tau-Argus's optimal and modular methods) for each direction: the
 * cheapest change of the published quantities that keeps every relation, keeps every quantity at or above its
 * known lower bound and moves the primary up (or down) by its protection amount, with the fixed cost of
 * suppressing a cell relaxed to a linear cost per unit of change. Every published quantity that must change is
 * withheld. A clean-up pass then re-publishes each secondary, dearest first, if the exact audit still passes
 * without it. Safety rests on the exact audit alone; the heuristic only chooses cells.
 *
 * <p>Instances are immutable apart from the caller-owned arrays passed to methods; not shared between threads
 * by this module.
 */
public final class Engine {
    /** The upper end of an interval with no upper bound. */
    public static final long UNBOUNDED = Long.MAX_VALUE;

    private final long[] value;
    private final int[][] relations;
    private final int[][] relationsOf;
    private final int maxPivots;
    private final int maxNodes;

    /**
     * Creates an engine.
     *
     * @param value  the true value of each quantity, each at least zero
     * @param relations  each relation as {@code [total, part, part, ...]}; the total equals the sum of the parts
     * @param maxPivots  the pivot limit of one linear programme
     * @param maxNodes  the node limit of one branch and bound
     */
    public Engine(long[] value, int[][] relations, int maxPivots, int maxNodes) {
        this.value = value.clone();
        this.relations = new int[relations.length][];
        List<List<Integer>> of = new ArrayList<>();
        for (int q = 0; q < value.length; q++) {
            of.add(new ArrayList<>());
        }
        for (int r = 0; r < relations.length; r++) {
            this.relations[r] = relations[r].clone();
            for (int q : relations[r]) {
                if (!of.get(q).contains(r)) {
                    of.get(q).add(r);
                }
            }
        }
        this.relationsOf = new int[value.length][];
        for (int q = 0; q < value.length; q++) {
            relationsOf[q] = of.get(q).stream().mapToInt(Integer::intValue).toArray();
        }
        this.maxPivots = maxPivots;
        this.maxNodes = maxNodes;
    }

    /** The intruder's interval for one quantity: known, or unknown because a limit was hit. */
    public static final class Bounds {
        private final boolean known;
        private final long lo;
        private final long hi;

        Bounds(boolean known, long lo, long hi) {
            this.known = known;
            this.lo = lo;
            this.hi = hi;
        }

        /**
         * Gets whether the interval was computed (false: a solver limit was hit).
         *
         * @return whether the interval was computed (false: a solver limit was hit)
         */
        public boolean known() {
            return known;
        }

        /**
         * Gets the least value the intruder cannot exclude.
         *
         * @return the least value the intruder cannot exclude
         */
        public long lo() {
            return lo;
        }

        /**
         * Gets the greatest value the intruder cannot exclude, or {@link #UNBOUNDED}.
         *
         * @return the greatest value the intruder cannot exclude, or {@link #UNBOUNDED}
         */
        public long hi() {
            return hi;
        }

        /**
         * Checks whether the interval is known and at least {@code width} wide.
         *
         * @param width  the protection width
         * @return whether the interval is known and at least {@code width} wide
         */
        public boolean atLeast(long width) {
            return known && (hi == UNBOUNDED || hi - lo >= width);
        }
    }

    /** The outcome of {@link #protect}: the hidden set and the primaries that could not be shown safe. */
    public static final class Outcome {
        private final boolean[] hidden;
        private final int[] failing;
        private final java.util.Map<Integer, Bounds> audited;

        Outcome(boolean[] hidden, int[] failing, java.util.Map<Integer, Bounds> audited) {
            this.hidden = hidden;
            this.failing = failing;
            this.audited = java.util.Map.copyOf(audited);
        }

        /**
         * The final audit of a primary.
         *
         * @param q  a primary quantity
         * @return its interval under the final hidden set, or null if {@code q} is not a primary
         */
        public @Nullable Bounds audited(int q) {
            return audited.get(q);
        }

        /**
         * Gets which quantities are hidden; a copy.
         *
         * @return which quantities are hidden; a copy
         */
        public boolean[] hidden() {
            return hidden.clone();
        }

        /**
         * Gets the primaries whose audited interval is narrower than the width or unknown; a copy.
         *
         * @return the primaries whose audited interval is narrower than the width or unknown; a copy
         */
        public int[] failing() {
            return failing.clone();
        }
    }

    /**
     * The exact interval of quantity {@code q}, which must be hidden.
     *
     * @param q  the quantity
     * @param hidden  which quantities are hidden
     * @param lb  the lower bound the intruder knows for each hidden quantity (at most its value)
     * @return the interval
     */
    public Bounds audit(int q, boolean[] hidden, long[] lb) {
        try {
            return exactBounds(q, hidden, lb);
        } catch (ArithmeticException overflow) {
            return new Bounds(false, lb[q], UNBOUNDED);
        }
    }

    private Bounds exactBounds(int q, boolean[] hidden, long[] lb) {
        if (!hidden[q]) {
            return new Bounds(true, value[q], value[q]);
        }
        int[] col = new int[value.length];
        Arrays.fill(col, -1);
        List<Integer> vars = new ArrayList<>();
        List<Integer> rels = new ArrayList<>();
        boolean[] seenRel = new boolean[relations.length];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        col[q] = 0;
        vars.add(q);
        queue.add(q);
        while (!queue.isEmpty()) {
            int h = queue.poll();
            for (int r : relationsOf[h]) {
                if (seenRel[r]) {
                    continue;
                }
                seenRel[r] = true;
                rels.add(r);
                for (int m : relations[r]) {
                    if (hidden[m] && col[m] < 0) {
                        col[m] = vars.size();
                        vars.add(m);
                        queue.add(m);
                    }
                }
            }
        }
        int n = vars.size();
        Rational[][] a = new Rational[rels.size()][n];
        Rational[] b = new Rational[rels.size()];
        for (int i = 0; i < rels.size(); i++) {
            Arrays.fill(a[i], Rational.ZERO);
            long rhs = 0;
            int[] rel = relations[rels.get(i)];
            for (int k = 0; k < rel.length; k++) {
                int m = rel[k];
                long coef = k == 0 ? 1 : -1;
                if (hidden[m]) {
                    a[i][col[m]] = a[i][col[m]].plus(Rational.of(coef));
                    rhs = Math.subtractExact(rhs, Math.multiplyExact(coef, lb[m]));
                } else {
                    rhs = Math.subtractExact(rhs, Math.multiplyExact(coef, value[m]));
                }
            }
            b[i] = Rational.of(rhs);
        }
        Rational[] up = new Rational[n];
        Rational[] down = new Rational[n];
        Arrays.fill(up, Rational.ZERO);
        Arrays.fill(down, Rational.ZERO);
        up[0] = Rational.ONE.negate();
        down[0] = Rational.ONE;
        ExactSimplex.Result[] roots = ExactSimplex.minimizeEach(a, b, new Rational[][] {up, down}, maxPivots);
        Opt max = integerOptimum(a, b, n, 0, true, roots[0]);
        Opt min = integerOptimum(a, b, n, 0, false, roots[1]);
        if (max.status == ExactSimplex.Status.LIMIT || max.status == ExactSimplex.Status.INFEASIBLE
                || min.status != ExactSimplex.Status.OPTIMAL) {
            return new Bounds(false, lb[q], UNBOUNDED);
        }
        long hi = max.status == ExactSimplex.Status.UNBOUNDED ? UNBOUNDED : lb[q] + max.value;
        return new Bounds(true, lb[q] + min.value, hi);
    }

    private static final class Opt {
        final ExactSimplex.Status status;
        final long value;

        Opt(ExactSimplex.Status status, long value) {
            this.status = status;
            this.value = value;
        }
    }

    /** Integer optimum of x[target] over {A x = b, x >= 0, x integer} by depth-first branch and bound. */
    private Opt integerOptimum(Rational[][] a, Rational[] b, int n, int target, boolean maximize,
            ExactSimplex.Result root) {
        ArrayDeque<long[]> stack = new ArrayDeque<>(); // each node: triples (var, upper?1:0, bound) flattened
        stack.push(new long[0]);
        Long best = null;
        int nodes = 0;
        while (!stack.isEmpty()) {
            if (++nodes > maxNodes) {
                return new Opt(ExactSimplex.Status.LIMIT, 0);
            }
            long[] bounds = stack.pop();
            int extra = bounds.length / 3;
            ExactSimplex.Result r = extra == 0 ? root : solveNode(a, b, n, target, maximize, bounds);
            if (r.status() == ExactSimplex.Status.LIMIT) {
                return new Opt(ExactSimplex.Status.LIMIT, 0);
            }
            if (r.status() == ExactSimplex.Status.UNBOUNDED) {
                if (extra == 0 && maximize) {
                    return new Opt(ExactSimplex.Status.UNBOUNDED, 0);
                }
                return new Opt(ExactSimplex.Status.LIMIT, 0);
            }
            if (r.status() == ExactSimplex.Status.INFEASIBLE) {
                if (extra == 0) {
                    return new Opt(ExactSimplex.Status.INFEASIBLE, 0);
                }
                continue;
            }
            Rational objective = maximize ? r.value().negate() : r.value();
            long bound = maximize ? objective.floor() : objective.ceil();
            if (best != null && (maximize ? bound <= best : bound >= best)) {
                continue;
            }
            Rational[] x = r.x();
            int fractional = -1;
            for (int j = 0; j < n; j++) {
                if (!x[j].isInteger()) {
                    fractional = j;
                    break;
                }
            }
            if (fractional < 0) {
                best = objective.floor();
                continue;
            }
            long f = x[fractional].floor();
            long[] down = Arrays.copyOf(bounds, bounds.length + 3);
            down[bounds.length] = fractional;
            down[bounds.length + 1] = 1;
            down[bounds.length + 2] = f;
            long[] up = Arrays.copyOf(bounds, bounds.length + 3);
            up[bounds.length] = fractional;
            up[bounds.length + 1] = 0;
            up[bounds.length + 2] = f + 1;
            stack.push(up);
            stack.push(down);
        }
        if (best == null) {
            return new Opt(ExactSimplex.Status.INFEASIBLE, 0);
        }
        return new Opt(ExactSimplex.Status.OPTIMAL, best);
    }

    /** The linear programme of a branch-and-bound node: the extra bounds become rows with slack columns. */
    private ExactSimplex.Result solveNode(Rational[][] a, Rational[] b, int n, int target, boolean maximize,
            long[] bounds) {
        int extra = bounds.length / 3;
        int cols = n + extra;
        Rational[][] aa = new Rational[a.length + extra][cols];
        Rational[] bb = new Rational[a.length + extra];
        for (int i = 0; i < a.length; i++) {
            Arrays.fill(aa[i], Rational.ZERO);
            System.arraycopy(a[i], 0, aa[i], 0, n);
            bb[i] = b[i];
        }
        for (int e = 0; e < extra; e++) {
            Rational[] row = aa[a.length + e];
            Arrays.fill(row, Rational.ZERO);
            row[(int) bounds[3 * e]] = Rational.ONE;
            row[n + e] = bounds[3 * e + 1] == 1 ? Rational.ONE : Rational.ONE.negate();
            bb[a.length + e] = Rational.of(bounds[3 * e + 2]);
        }
        Rational[] c = new Rational[cols];
        Arrays.fill(c, Rational.ZERO);
        c[target] = maximize ? Rational.ONE.negate() : Rational.ONE;
        return ExactSimplex.minimize(aa, bb, c, maxPivots);
    }

    /**
     * The published quantities to withhold so that primary {@code p} can move to {@code target} while every
     * relation holds and every quantity stays at or above its lower bound: the cheapest such change.
     *
     * @return the quantities to withhold (possibly none), or null when no such change exists or a limit was hit
     */
    int @Nullable [] shift(int p, long target, boolean[] hidden, boolean[] candidate, long[] lb, long[] cost) {
        try {
            return cheapestShift(p, target, hidden, candidate, lb, cost);
        } catch (ArithmeticException overflow) {
            return null;
        }
    }

    private int @Nullable [] cheapestShift(int p, long target, boolean[] hidden, boolean[] candidate, long[] lb, long[] cost) {
        long amount = Math.abs(target - value[p]);
        int[] col = new int[value.length];
        Arrays.fill(col, -1);
        List<Integer> cand = new ArrayList<>();
        List<Integer> rels = new ArrayList<>();
        boolean[] seenRel = new boolean[relations.length];
        boolean[] seen = new boolean[value.length];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        seen[p] = true;
        queue.add(p);
        int cols = 0;
        while (!queue.isEmpty()) {
            int h = queue.poll();
            for (int r : relationsOf[h]) {
                if (seenRel[r]) {
                    continue;
                }
                seenRel[r] = true;
                rels.add(r);
                for (int m : relations[r]) {
                    if (seen[m] || !(hidden[m] || candidate[m])) {
                        continue;
                    }
                    seen[m] = true;
                    queue.add(m);
                    col[m] = cols;
                    if (hidden[m]) {
                        cols += 1;
                    } else {
                        cand.add(m);
                        cols += 2;
                    }
                }
            }
        }
        // Upper bounds on decreases, only where the room is smaller than the amount.
        List<Integer> capped = new ArrayList<>();
        for (int m : cand) {
            if (value[m] - lb[m] < amount) {
                capped.add(m);
            }
        }
        int slackStart = cols;
        cols += capped.size();
        int rows = rels.size() + capped.size();
        Rational[][] a = new Rational[rows][cols];
        Rational[] b = new Rational[rows];
        for (Rational[] row : a) {
            Arrays.fill(row, Rational.ZERO);
        }
        for (int i = 0; i < rels.size(); i++) {
            long rhs = 0;
            int[] rel = relations[rels.get(i)];
            for (int k = 0; k < rel.length; k++) {
                int m = rel[k];
                long coef = k == 0 ? 1 : -1;
                if (m == p) {
                    rhs = Math.subtractExact(rhs, Math.multiplyExact(coef, target));
                } else if (hidden[m]) {
                    a[i][col[m]] = a[i][col[m]].plus(Rational.of(coef));
                    rhs = Math.subtractExact(rhs, Math.multiplyExact(coef, lb[m]));
                } else if (candidate[m]) {
                    a[i][col[m]] = a[i][col[m]].plus(Rational.of(coef));
                    a[i][col[m] + 1] = a[i][col[m] + 1].minus(Rational.of(coef));
                    rhs = Math.subtractExact(rhs, Math.multiplyExact(coef, value[m]));
                } else {
                    rhs = Math.subtractExact(rhs, Math.multiplyExact(coef, value[m]));
                }
            }
            b[i] = Rational.of(rhs);
        }
        for (int k = 0; k < capped.size(); k++) {
            int m = capped.get(k);
            int i = rels.size() + k;
            a[i][col[m] + 1] = Rational.ONE;
            a[i][slackStart + k] = Rational.ONE;
            b[i] = Rational.of(value[m] - lb[m]);
        }
        Rational[] c = new Rational[cols];
        Arrays.fill(c, Rational.ZERO);
        for (int m : cand) {
            c[col[m]] = Rational.of(cost[m]);
            c[col[m] + 1] = Rational.of(cost[m]);
        }
        // p's own column is unused (it is fixed at the target); a hidden p was given a column only if it is not p.
        if (col[p] >= 0) {
            // p never receives a column: it is the start, marked seen before the search.
            throw new IllegalStateException("primary given a column");
        }
        ExactSimplex.Result r = ExactSimplex.minimize(a, b, c, maxPivots);
        if (r.status() != ExactSimplex.Status.OPTIMAL) {
            return null;
        }
        Rational[] x = r.x();
        List<Integer> out = new ArrayList<>();
        for (int m : cand) {
            if (x[col[m]].signum() != 0 || x[col[m] + 1].signum() != 0) {
                out.add(m);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Chooses secondary suppressions so that every primary passes the exact audit, then audits them all.
     *
     * @param primary  the primary quantities (always hidden)
     * @param hiddenAnyway  quantities hidden for other reasons (not displayed, or withheld)
     * @param candidate  quantities that may be withheld as secondaries
     * @param lb  the lower bound the intruder knows for each quantity when it is hidden
     * @param cost  the cost of withholding each quantity, at least 1
     * @param width  the protection width
     * @return the hidden set and the primaries that still fail
     */
    public Outcome protect(boolean[] primary, boolean[] hiddenAnyway, boolean[] candidate, long[] lb, long[] cost,
            long width) {
        int n = value.length;
        boolean[] hidden = new boolean[n];
        List<Integer> primaries = new ArrayList<>();
        for (int q = 0; q < n; q++) {
            hidden[q] = primary[q] || hiddenAnyway[q];
            if (primary[q]) {
                primaries.add(q);
            }
        }
        primaries.sort((x, y) -> value[x] != value[y] ? Long.compare(value[x], value[y]) : Integer.compare(x, y));
        boolean[] secondary = new boolean[n];
        for (int p : primaries) {
            long room = value[p] - lb[p];
            long d0 = Math.min(room, width / 2);
            long dmax = Math.min(room, width);
            long[][] splits = {{d0, width - d0}, {dmax, width - dmax}, {d0, 2 * width - d0}, {dmax, 2 * width - dmax}};
            for (long[] split : splits) {
                if (audit(p, hidden, lb).atLeast(width)) {
                    break;
                }
                for (long target : new long[] {value[p] - split[0], value[p] + split[1]}) {
                    if (target == value[p]) {
                        continue;
                    }
                    int[] add = shift(p, target, hidden, candidate, lb, cost);
                    if (add != null) {
                        for (int m : add) {
                            hidden[m] = true;
                            secondary[m] = true;
                        }
                    }
                }
            }
        }
        // Clean-up: re-publish secondaries that the audit shows are not needed, dearest first. A secondary is
        // re-published only when every primary connected to it passes without it.
        List<Integer> secondaries = new ArrayList<>();
        for (int q = 0; q < n; q++) {
            if (secondary[q]) {
                secondaries.add(q);
            }
        }
        secondaries.sort((x, y) -> cost[x] != cost[y] ? Long.compare(cost[y], cost[x]) : Integer.compare(x, y));
        {
            boolean[] isPrimary = primary.clone();
            for (int s : secondaries) {
                // Only the primaries connected to s through hidden quantities can depend on it.
                List<Integer> affected = new ArrayList<>();
                for (int q : component(s, hidden)) {
                    if (isPrimary[q]) {
                        affected.add(q);
                    }
                }
                hidden[s] = false;
                if (!allPass(affected, hidden, lb, width)) {
                    hidden[s] = true;
                }
            }
        }
        List<Integer> failing = new ArrayList<>();
        java.util.Map<Integer, Bounds> audited = new java.util.HashMap<>();
        for (int p : primaries) {
            Bounds b = audit(p, hidden, lb);
            audited.put(p, b);
            if (!b.atLeast(width)) {
                failing.add(p);
            }
        }
        failing.sort(Integer::compare);
        return new Outcome(hidden, failing.stream().mapToInt(Integer::intValue).toArray(), audited);
    }

    /** The hidden quantities reachable from hidden quantity {@code start} through relations. */
    private List<Integer> component(int start, boolean[] hidden) {
        boolean[] seen = new boolean[value.length];
        boolean[] seenRel = new boolean[relations.length];
        List<Integer> out = new ArrayList<>();
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        seen[start] = true;
        queue.add(start);
        while (!queue.isEmpty()) {
            int h = queue.poll();
            out.add(h);
            for (int r : relationsOf[h]) {
                if (!seenRel[r]) {
                    seenRel[r] = true;
                    for (int m : relations[r]) {
                        if (hidden[m] && !seen[m]) {
                            seen[m] = true;
                            queue.add(m);
                        }
                    }
                }
            }
        }
        return out;
    }

    private boolean allPass(List<Integer> primaries, boolean[] hidden, long[] lb, long width) {
        for (int p : primaries) {
            if (!audit(p, hidden, lb).atLeast(width)) {
                return false;
            }
        }
        return true;
    }
}
