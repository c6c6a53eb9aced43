package org.equalityduty.disclosure.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The library's exact simplex against an independent, well-kept solver (ojAlgo's linear programming, test scope
 * only) on random linear programmes {@code min c.x, A x = b, x >= 0}: feasible ones (b = A x0 for a random
 * x0 >= 0), infeasible ones (random b) and unbounded ones (costs that reward a free direction). The status must
 * agree, and the optimal values within 1e-6 (ojAlgo works in doubles; ours is exact).
 */
class ExactSimplexProperties {
    private static final int EXAMPLES = 3_000;

    private static void compare(long seed) {
        Random rnd = new Random(seed);
        int m = 1 + rnd.nextInt(5);
        int n = 1 + rnd.nextInt(7);
        long[][] a = new long[m][n];
        long[] x0 = new long[n];
        for (int j = 0; j < n; j++) {
            x0[j] = rnd.nextInt(6);
        }
        long[] b = new long[m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = rnd.nextInt(5) - 2;
                b[i] += a[i][j] * x0[j];
            }
        }
        if (rnd.nextInt(4) == 0) {
            b[rnd.nextInt(m)] += rnd.nextInt(7) - 3;
        }
        long[] c = new long[n];
        for (int j = 0; j < n; j++) {
            c[j] = rnd.nextInt(7) - 2;
        }
        Rational[][] ra = new Rational[m][n];
        Rational[] rb = new Rational[m];
        Rational[] rc = new Rational[n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                ra[i][j] = Rational.of(a[i][j]);
            }
            rb[i] = Rational.of(b[i]);
        }
        for (int j = 0; j < n; j++) {
            rc[j] = Rational.of(c[j]);
        }
        ExactSimplex.Result ours = ExactSimplex.minimize(ra, rb, rc, 10_000);

        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Variable[] v = new Variable[n];
        for (int j = 0; j < n; j++) {
            v[j] = model.addVariable("x" + j).lower(BigDecimal.ZERO).weight(BigDecimal.valueOf(c[j]));
        }
        for (int i = 0; i < m; i++) {
            Expression e = model.addExpression("r" + i).level(BigDecimal.valueOf(b[i]));
            for (int j = 0; j < n; j++) {
                e.set(v[j], a[i][j]);
            }
        }
        Optimisation.Result theirs = model.minimise();
        String where = "seed " + seed;
        switch (ours.status()) {
            case OPTIMAL -> {
                assertTrue(theirs.getState().isOptimal(), where + ": ours optimal, ojAlgo " + theirs.getState());
                double value = (double) ours.value().numerator() / ours.value().denominator();
                assertEquals(theirs.getValue(), value, 1e-6, where);
                // Our vertex is feasible, exactly.
                Rational[] x = ours.x();
                for (int i = 0; i < m; i++) {
                    Rational lhs = Rational.ZERO;
                    for (int j = 0; j < n; j++) {
                        assertTrue(x[j].signum() >= 0, where);
                        lhs = lhs.plus(ra[i][j].times(x[j]));
                    }
                    assertEquals(rb[i], lhs, where);
                }
            }
            case INFEASIBLE -> assertEquals(Optimisation.State.INFEASIBLE, theirs.getState(), where);
            case UNBOUNDED -> assertTrue(theirs.getState() == Optimisation.State.UNBOUNDED
                    || theirs.getState() == Optimisation.State.INVALID
                    || !theirs.getState().isFeasible() || theirs.getValue() < -1e6, where + ": " + theirs.getState());
            case LIMIT -> throw new AssertionError(where + ": pivot limit on a tiny programme");
        }
    }

    @Test
    void agreesWithAnIndependentSolver() {
        qt().withExamples(EXAMPLES).withShrinkCycles(0).forAll(longs().all()).checkAssert(ExactSimplexProperties::compare);
    }

    /** A hand-worked programme: min -x - y, x + 2y + s = 4, 3x + y + t = 6 has optimum x = 8/5, y = 6/5 (-14/5). */
    @Test
    void handWorkedOptimum() {
        Rational[][] a = {{Rational.of(1), Rational.of(2), Rational.ONE, Rational.ZERO},
            {Rational.of(3), Rational.of(1), Rational.ZERO, Rational.ONE}};
        Rational[] b = {Rational.of(4), Rational.of(6)};
        Rational[] c = {Rational.of(-1), Rational.of(-1), Rational.ZERO, Rational.ZERO};
        ExactSimplex.Result r = ExactSimplex.minimize(a, b, c, 100);
        assertEquals(ExactSimplex.Status.OPTIMAL, r.status());
        assertEquals(Rational.of(-14, 5), r.value());
        assertEquals(Rational.of(8, 5), r.x()[0]);
        assertEquals(Rational.of(6, 5), r.x()[1]);
    }

    @Test
    void pivotLimitAndOverflowAreReportedAsLimit() {
        Rational[][] a = {{Rational.of(1), Rational.of(2), Rational.ONE, Rational.ZERO},
            {Rational.of(3), Rational.of(1), Rational.ZERO, Rational.ONE}};
        Rational[] b = {Rational.of(4), Rational.of(6)};
        Rational[] c = {Rational.of(-1), Rational.of(-1), Rational.ZERO, Rational.ZERO};
        assertEquals(ExactSimplex.Status.LIMIT, ExactSimplex.minimize(a, b, c, 1).status());
        Rational big = Rational.of(Long.MAX_VALUE / 2);
        Rational[][] huge = {{big, Rational.of(3)}, {Rational.of(7), big}};
        Rational[] hb = {big, big};
        assertEquals(ExactSimplex.Status.LIMIT,
                ExactSimplex.minimize(huge, hb, new Rational[] {Rational.ONE, Rational.ONE}, 100).status());
    }
}
