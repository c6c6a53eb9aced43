package org.equalityduty.metrics;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/** Two-sided critical values from Apache Commons Statistics. Package-private. */
final class Quantiles {

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private Quantiles() {
    }

    /** Returns Φ⁻¹(1 - (1 - level) / 2). */
    static double normal(double level) {
        return STANDARD_NORMAL.inverseSurvivalProbability((1 - level) / 2);
    }

    /** Returns the Student t quantile with {@code df} degrees of freedom at 1 - (1 - level) / 2. */
    static double t(double df, double level) {
        return TDistribution.of(df).inverseSurvivalProbability((1 - level) / 2);
    }
}
