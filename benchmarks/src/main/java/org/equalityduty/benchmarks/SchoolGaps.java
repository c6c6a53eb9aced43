package org.equalityduty.benchmarks;

/**
 * The answer of B1: per school, the disadvantage gap in mean scaled score and in the share meeting the expected
 * standard, both disadvantaged minus other pupils.
 *
 * @param meanGap mean scaled score gap per school
 * @param shareGap gap in the proportion meeting the expected standard per school (a fraction, not percentage points)
 */
public record SchoolGaps(double[] meanGap, double[] shareGap) {

    /** Absolute tolerance for "the same answer" (scores are 80..120, shares 0..1; sums differ only in rounding). */
    public static final double TOLERANCE = 1e-9;

    static SchoolGaps ofSize(int schools) {
        return new SchoolGaps(new double[schools], new double[schools]);
    }

    /**
     * Fails loudly unless {@code other} gives the same answer as this one.
     *
     * @param name the other implementation's name, for the message
     * @param other the other answer
     * @throws IllegalStateException if a school's figure differs by more than {@link #TOLERANCE}
     */
    public void requireSame(String name, SchoolGaps other) {
        if (other.meanGap.length != meanGap.length) {
            throw new IllegalStateException(name + " reports " + other.meanGap.length + " schools, expected "
                    + meanGap.length);
        }
        for (int s = 0; s < meanGap.length; s++) {
            check(name, "mean gap", s, meanGap[s], other.meanGap[s]);
            check(name, "share gap", s, shareGap[s], other.shareGap[s]);
        }
    }

    private static void check(String name, String what, int school, double expected, double actual) {
        if (!(Math.abs(expected - actual) <= TOLERANCE)) {
            throw new IllegalStateException(name + " gives a different " + what + " for school " + school
                    + ": expected " + expected + ", got " + actual);
        }
    }
}
