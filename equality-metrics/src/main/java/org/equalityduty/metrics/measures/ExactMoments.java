package org.equalityduty.metrics.measures;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import org.equalityduty.metrics.accumulators.Summary;

/**
 * Count, sum and sum of squares of scores in exact decimal arithmetic, so that the summary does not depend on the
 * order of the records (floating-point running means do, in the last bits). Each score is read as the decimal it
 * prints as ({@link BigDecimal#valueOf(double)}). Mutable, not thread-safe. Package-private.
 */
final class ExactMoments {
    private long n;
    private BigDecimal sum = BigDecimal.ZERO;
    private BigDecimal sumOfSquares = BigDecimal.ZERO;

    void add(double x) {
        BigDecimal v = BigDecimal.valueOf(x);
        n++;
        sum = sum.add(v);
        sumOfSquares = sumOfSquares.add(v.multiply(v));
    }

    long getN() {
        return n;
    }

    /**
     * The summary: mean = S / n, sample variance = (n Q - S²) / (n (n - 1)), each rounded once to a double; empty if
     * the mean or the sum of squared deviations cannot be represented in double precision.
     */
    Optional<Summary> toSummary() {
        try {
            return Optional.of(exactSummary());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** As toSummary; IllegalArgumentException if a figure is beyond the double range. */
    private Summary exactSummary() {
        if (n == 0) {
            return Summary.empty();
        }
        BigDecimal bn = BigDecimal.valueOf(n);
        double mean = sum.divide(bn, MathContext.DECIMAL128).doubleValue();
        if (n == 1) {
            return Summary.of(1, mean, 0);
        }
        BigDecimal numerator = bn.multiply(sumOfSquares).subtract(sum.multiply(sum));
        double variance = numerator.divide(bn.multiply(BigDecimal.valueOf(n - 1)), MathContext.DECIMAL128)
                .doubleValue();
        return Summary.of(n, mean, Math.sqrt(Math.max(0, variance)));
    }
}
