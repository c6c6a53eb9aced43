package org.equalityduty.disclosure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.ojalgo.optimisation.linear.LinearSolver;

/**
 * The independent intruder: an integer-programming attacker on ojAlgo (a solver the library does not use),
 * written from the published tables alone and from what a reader knows about them, not from the library's
 * suppression code or its internal model.
 *
 * <p>What it knows: every shown count; that each table's totals are the sums of their cells; which cells are
 * linked (the same quantity) and which cells add up across tables; that counts are whole numbers at least 0; and,
 * when zeros are published, that a cell shown as a symbol in a table that is not withheld is at least 1. For a
 * hidden cell it maximises and minimises that cell over all whole-number solutions (mixed-integer programming).
 */
final class Intruder {
    /** A cell position: table index, row, column (totals included). */
    record Pos(int table, int row, int col) {
    }

    /** An interval; {@code hi == Long.MAX_VALUE} means no upper bound. */
    record Range(long lo, long hi) {
        long width() {
            return hi == Long.MAX_VALUE ? Long.MAX_VALUE : hi - lo;
        }
    }

    /** An upper bound on every unknown, far above any count here: reaching it means "no upper bound". */
    private static final long CAP = 1_000_000;

    /** How many bounds needed the mixed-integer programme (the relaxation's vertex was fractional). */
    static final java.util.concurrent.atomic.AtomicInteger MIPS = new java.util.concurrent.atomic.AtomicInteger();

    private final List<long[][]> truth = new ArrayList<>();
    private final List<boolean[][]> shown = new ArrayList<>();
    private final List<Boolean> withheldTable = new ArrayList<>();
    private final List<List<Pos>> sums = new ArrayList<>(); // [total, parts...]
    private final Map<Pos, Pos> linkParent = new HashMap<>();
    private final boolean zerosPublished;

    Intruder(boolean zerosPublished) {
        this.zerosPublished = zerosPublished;
    }

    /**
     * Adds a table as published: the full grid (interior and totals), which cells are shown, and whether its last
     * row and last column are totals of the interior.
     */
    int table(long[][] fullTruth, ProtectedTable published, boolean totalRow, boolean totalColumn) {
        if (fullTruth.length == 0) {
            throw new AssertionError("a table has rows");
        }
        int t = truth.size();
        int rows = fullTruth.length;
        int cols = fullTruth[0].length;
        boolean[][] s = new boolean[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                PublishedCell cell = published.getCell(r, c);
                s[r][c] = cell.isShown();
                if (cell.isShown() && cell.getCount().getAsLong() != fullTruth[r][c]) {
                    throw new AssertionError("published count differs from the truth at " + t + "/" + r + "/" + c);
                }
            }
        }
        truth.add(fullTruth);
        shown.add(s);
        withheldTable.add(published.isWithheld());
        int ir = totalRow ? rows - 1 : rows;
        int ic = totalColumn ? cols - 1 : cols;
        if (totalColumn) {
            for (int r = 0; r < rows; r++) {
                List<Pos> rel = new ArrayList<>();
                rel.add(new Pos(t, r, cols - 1));
                for (int c = 0; c < ic; c++) {
                    rel.add(new Pos(t, r, c));
                }
                sums.add(rel);
            }
        }
        if (totalRow) {
            for (int c = 0; c < cols; c++) {
                List<Pos> rel = new ArrayList<>();
                rel.add(new Pos(t, rows - 1, c));
                for (int r = 0; r < ir; r++) {
                    rel.add(new Pos(t, r, c));
                }
                sums.add(rel);
            }
        }
        return t;
    }

    /**
     * Adds quantities that no table shows but that published sums involve (the intruder knows only that they are
     * whole numbers at least 0), as a table of one column with nothing shown.
     */
    int unshown(long[] values) {
        int t = truth.size();
        long[][] grid = new long[values.length][1];
        boolean[][] s = new boolean[values.length][1];
        for (int r = 0; r < values.length; r++) {
            grid[r][0] = values[r];
        }
        truth.add(grid);
        shown.add(s);
        withheldTable.add(true);
        return t;
    }

    void link(Pos a, Pos b) {
        linkParent.put(find(b), find(a));
    }

    void sum(Pos total, List<Pos> parts) {
        List<Pos> rel = new ArrayList<>();
        rel.add(total);
        rel.addAll(parts);
        sums.add(rel);
    }

    private Pos find(Pos p) {
        Pos q = p;
        while (linkParent.containsKey(q)) {
            q = linkParent.get(q);
        }
        return q;
    }

    long value(Pos p) {
        return truth.get(p.table())[p.row()][p.col()];
    }

    boolean isShown(Pos p) {
        return shown.get(p.table())[p.row()][p.col()];
    }

    /** Every position of every table. */
    List<Pos> positions() {
        List<Pos> out = new ArrayList<>();
        for (int t = 0; t < truth.size(); t++) {
            for (int r = 0; r < truth.get(t).length; r++) {
                for (int c = 0; c < truth.get(t)[r].length; c++) {
                    out.add(new Pos(t, r, c));
                }
            }
        }
        return out;
    }

    private ExpressionsBasedModel model;
    private final List<Double> rowsRhs = new ArrayList<>();
    private final List<double[]> rowsCoef = new ArrayList<>();
    private double[] lowers;
    private Map<Pos, Integer> vars;
    private Map<Pos, Long> known;
    private Map<Pos, Boolean> lowerOne;

    /** The tightest whole-number interval of a cell, from what is published. */
    Range attack(Pos target) {
        if (model == null) {
            prepare();
        }
        Pos root = find(target);
        if (known.containsKey(root)) {
            return new Range(known.get(root), known.get(root));
        }
        int v = vars.get(root);
        return new Range(solve(v, false), solve(v, true));
    }

    /**
     * The whole-number optimum: the linear relaxation first; when its optimal vertex is integral it is the
     * integer optimum too, otherwise the mixed-integer programme decides.
     */
    /**
     * The linear relaxation on ojAlgo's simplex directly (without the modelling layer, which is slower for many
     * tiny programmes): the published sums as equalities, each unknown's bounds as inequality rows.
     */
    private Optimisation.Result relaxation(int v, boolean maximise) {
        int n = lowers.length;
        double[] c = new double[n];
        c[v] = maximise ? -1 : 1;
        LinearSolver.Builder lp = LinearSolver.newBuilder(c);
        for (int i = 0; i < rowsRhs.size(); i++) {
            lp.equality(rowsRhs.get(i), rowsCoef.get(i));
        }
        for (int j = 0; j < n; j++) {
            double[] row = new double[n];
            row[j] = -1;
            lp.inequality(-lowers[j], row);
            double[] up = new double[n];
            up[j] = 1;
            lp.inequality(CAP, up);
        }
        Optimisation.Result r = lp.build().solve();
        if (!r.getState().isOptimal()) {
            throw new AssertionError("the intruder's solver did not finish: " + r.getState());
        }
        return new Optimisation.Result(r.getState(), maximise ? -r.getValue() : r.getValue(), r);
    }

    private long solve(int v, boolean maximise) {
        Optimisation.Result lp = relaxation(v, maximise);
        boolean integral = true;
        for (int i = 0; i < lp.count(); i++) {
            double x = lp.doubleValue(i);
            integral &= Math.abs(x - Math.rint(x)) < 1e-7;
        }
        Optimisation.Result result = lp;
        if (!integral) {
            MIPS.incrementAndGet();
            model.getVariable(v).weight(BigDecimal.ONE);
            result = maximise ? model.maximise() : model.minimise();
            model.getVariable(v).weight(BigDecimal.ZERO);
            if (!result.getState().isOptimal()) {
                throw new AssertionError("the intruder's solver did not finish: " + result.getState());
            }
        }
        long value = Math.round(result.getValue());
        // Reaching near the cap (far above every count here) means nothing bounds the cell above.
        return maximise && value >= CAP / 2 ? Long.MAX_VALUE : value;
    }

    /** Builds the intruder's model once: an unknown per hidden quantity, an equation per published sum. */
    private void prepare() {
        // A quantity is shown if any of its linked positions shows it.
        known = new HashMap<>();
        lowerOne = new HashMap<>();
        for (Pos p : positions()) {
            Pos root = find(p);
            if (isShown(p)) {
                known.put(root, value(p));
            }
            lowerOne.merge(root, zerosPublished && !isShown(p), (x, y) -> x || y);
        }
        // The intruder cannot assume >= 1 for a quantity that also sits in a withheld table.
        for (Pos p : positions()) {
            if (withheldTable.get(p.table())) {
                lowerOne.put(find(p), false);
            }
        }
        vars = new HashMap<>();
        model = build(true);
        lowers = new double[vars.size()];
        for (Map.Entry<Pos, Integer> v : vars.entrySet()) {
            lowers[v.getValue()] = lowerOne.getOrDefault(v.getKey(), false) ? 1 : 0;
        }
    }

    private ExpressionsBasedModel build(boolean integer) {
        ExpressionsBasedModel m = new ExpressionsBasedModel();
        Map<Pos, Variable> vars = new HashMap<>();
        for (Pos p : positions()) {
            Pos q = find(p);
            if (!known.containsKey(q) && !vars.containsKey(q)) {
                this.vars.put(q, vars.size());
                Variable v = m.addVariable("v" + vars.size()).integer(integer)
                        .lower(BigDecimal.valueOf(lowerOne.getOrDefault(q, false) ? 1 : 0))
                        .upper(BigDecimal.valueOf(CAP));
                vars.put(q, v);
            }
        }
        int e = 0;
        for (List<Pos> rel : sums) {
            long rhs = 0;
            Map<Variable, Long> coef = new HashMap<>();
            for (int k = 0; k < rel.size(); k++) {
                Pos q = find(rel.get(k));
                long sign = k == 0 ? 1 : -1;
                if (known.containsKey(q)) {
                    rhs -= sign * known.get(q);
                } else {
                    coef.merge(vars.get(q), sign, Long::sum);
                }
            }
            if (coef.values().stream().allMatch(x -> x == 0)) {
                if (rhs != 0) {
                    throw new AssertionError("published figures are inconsistent");
                }
                continue;
            }
            Expression ex = m.addExpression("e" + e++).level(BigDecimal.valueOf(rhs));
            coef.forEach((v, c) -> ex.set(v, c));
            double[] row = new double[vars.size()];
            coef.forEach((v, c) -> row[Integer.parseInt(v.getName().substring(1))] += c);
            rowsCoef.add(row);
            rowsRhs.add((double) rhs);
        }
        return m;
    }

}
