package org.equalityduty.metrics.internal;

/** Argument checks shared by the metric classes. Not exported. */
public final class Checks {

    private Checks() {
    }

    /**
     * Checks that two columns have the same length.
     *
     * @param a the first length
     * @param b the second length
     * @throws IllegalArgumentException if they differ
     */
    public static void requireSameLength(int a, int b) {
        if (a != b) {
            throw new IllegalArgumentException("columns must have the same length: " + a + " and " + b);
        }
    }
}
