package org.equalityduty.metrics.internal;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/** Two-sided critical values from Apache Commons Statistics. Not exported. */
public final class Quantiles {

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private Quantiles() {
    }

    /** Returns Φ⁻¹(1 - (1 - level) / 2). */
    public static double normal(double level) {
        return STANDARD_NORMAL.inverseSurvivalProbability((1 - level) / 2);
    }

    /** Returns the Student t quantile with {@code df} degrees of freedom at 1 - (1 - level) / 2. */
    public static double t(double df, double level) {
        return TDistribution.of(df).inverseSurvivalProbability((1 - level) / 2);
    }

    /** Below this many degrees of freedom the Cornish-Fisher start is poor; the Brent solver is used instead. */
    private static final double NEWTON_MINIMUM_DF = 3;
    /** Newton steps allowed before falling back to the Brent solver (2 or 3 suffice from the start used). */
    private static final int NEWTON_MAXIMUM_STEPS = 8;

    /**
     * Returns the same quantile as {@link #t(double, double)}, {@code t(df, 1 - α/2)}, found by Newton's method on
     * the t distribution's survival function instead of Commons Statistics' generic bracketing solver.
     *
     * <p>Start: the Cornish-Fisher expansion of the t quantile in powers of {@code 1/df} (Abramowitz and Stegun
     * 26.7.5, terms to {@code 1/df⁴}) around {@code z = Φ⁻¹(1 - α/2)}, whose error is of order {@code df⁻⁵}. Step:
     * {@code x ← x + (S(x) - α/2) / f(x)} with Commons Statistics' survival function {@code S} and density {@code f};
     * convergence is quadratic (the error after a step {@code δ} is about {@code c δ²} with
     * {@code c = |x|(df + 1) / (2(df + x²))}), so iteration stops when {@code c δ²} is below an ulp of {@code x} (or
     * {@code δ} is at rounding level); from the Cornish-Fisher start one or two steps suffice. The answer is therefore the root of the same survival function that the Brent solver
     * brackets, and agrees with {@link #t(double, double)} to that solver's relative accuracy (about 1e-14); it is not
     * an approximation. Below 3 degrees of freedom, or if the iteration fails to converge
     * in 8 steps, the Brent solver is used.
     *
     * @param df the degrees of freedom, greater than 0
     * @param z the standard normal quantile {@code Φ⁻¹(1 - α/2)}, positive
     * @param upperTail {@code α/2}
     * @param level {@code 1 - α}, for the fallback
     */
    public static double tByNewton(double df, double z, double upperTail, double level) {
        if (!(df >= NEWTON_MINIMUM_DF)) {
            return t(df, level);
        }
        TDistribution dist = TDistribution.of(df);
        double z2 = z * z;
        double g1 = (z2 + 1) * z / 4;
        double g2 = ((5 * z2 + 16) * z2 + 3) * z / 96;
        double g3 = (((3 * z2 + 19) * z2 + 17) * z2 - 15) * z / 384;
        double g4 = ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) * z / 92160;
        double v = 1 / df;
        double x = z + v * (g1 + v * (g2 + v * (g3 + v * g4)));
        for (int step = 0; step < NEWTON_MAXIMUM_STEPS; step++) {
            double density = dist.density(x);
            double dx = (dist.survivalProbability(x) - upperTail) / density;
            if (!Double.isFinite(dx)) {
                break;
            }
            x += dx;
            // Newton's error after this step is about c dx² with c = |S''/(2S')| = |x| (df + 1) / (2 (df + x²)):
            // stop once that is below an ulp, or once the step itself is at rounding level.
            double c = Math.abs(x) * (df + 1) / (2 * (df + x * x));
            if (c * dx * dx <= Math.ulp(x) || Math.abs(dx) <= 4 * Math.ulp(x)) {
                return x;
            }
        }
        return t(df, level);
    }
}
