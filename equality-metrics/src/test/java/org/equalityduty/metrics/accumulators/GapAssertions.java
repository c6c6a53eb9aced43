package org.equalityduty.metrics.accumulators;

import org.equalityduty.metrics.results.GapResult;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Compares a {@link PerSchoolGaps} result with the per-group reference computation: structure exactly, figures to
 * {@code 1e-12} relative to the scale of the data ({@code 1 + |x̄F| + |x̄R|} for means, 1 for proportions), since a
 * difference of two nearly equal means cannot be compared relative to itself.
 */
final class GapAssertions {

    static final double RELATIVE = 1e-12;

    private GapAssertions() {
    }

    static void assertSameGap(GapResult expected, GapResult actual, double scale) {
        assertSameGap(expected, actual, scale, 1);
    }

    /**
     * As {@link #assertSameGap(GapResult, GapResult, double)} with the relative tolerance multiplied by
     * {@code conditioning}: for data whose mean is many standard deviations from 0, no single-pass scheme (Welford's
     * included) computes variances to better than about {@code u |x̄| / s}, so neither side can be held to 1e-12.
     */
    static void assertSameGap(GapResult expected, GapResult actual, double scale, double conditioning) {
        assertEquals(expected.getMeasure(), actual.getMeasure());
        assertEquals(expected.getReference(), actual.getReference());
        assertEquals(expected.getStatus(), actual.getStatus(), actual.getReason());
        assertEquals(expected.getFocusN(), actual.getFocusN());
        assertEquals(expected.getReferenceN(), actual.getReferenceN());
        assertEquals(expected.getFocusNumerator(), actual.getFocusNumerator());
        assertEquals(expected.getReferenceNumerator(), actual.getReferenceNumerator());
        assertEquals(expected.getConfidenceLevel(), actual.getConfidenceLevel());
        assertEquals(expected.getDegreesOfFreedom().isPresent(), actual.getDegreesOfFreedom().isPresent());
        double relative = RELATIVE * conditioning;
        double tolerance = relative * scale;
        if (expected.getDegreesOfFreedom().isPresent()) {
            double df = expected.getDegreesOfFreedom().getAsDouble();
            // Degrees of freedom are a ratio of variances: compared relative to themselves.
            assertEquals(df, actual.getDegreesOfFreedom().getAsDouble(), relative * df);
        }
        if (expected.hasValue()) {
            assertEquals(expected.getEstimate(), actual.getEstimate(), tolerance);
            assertEquals(expected.getLower(), actual.getLower(), tolerance + relative * Math.abs(expected.getLower()));
            assertEquals(expected.getUpper(), actual.getUpper(), tolerance + relative * Math.abs(expected.getUpper()));
        } else {
            assertEquals(expected.getReason(), actual.getReason());
        }
    }

    static double scale(GapResult r) {
        return 1 + Math.abs(r.getFocusValue().orElse(0)) + Math.abs(r.getReferenceValue().orElse(0));
    }
}
