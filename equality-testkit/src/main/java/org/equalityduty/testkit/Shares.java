package org.equalityduty.testkit;

/** Argument checks shared by the data-set configurations. */
final class Shares {
    static final int MAX_SIZE = 100_000;

    private Shares() {
    }

    static double share(String field, double value) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(field + " must be between 0 and 1, not " + value);
        }
        return value;
    }

    static void sum(String what, double value) {
        if (value > 1.0) {
            throw new IllegalArgumentException(what + " must not exceed 1, not " + value);
        }
    }

    static double finite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(field + " must be finite, not " + value);
        }
        return value;
    }

    static double positive(String field, double value) {
        if (!(value > 0.0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(field + " must be positive and finite, not " + value);
        }
        return value;
    }

    static void size(int min, int max) {
        if (min < 0 || max > MAX_SIZE || min > max) {
            throw new IllegalArgumentException("size range must satisfy 0 <= min <= max <= " + MAX_SIZE
                    + ", not " + min + " to " + max);
        }
    }

    /** A share as a chance in units of 0.01%. */
    static int perTenThousand(double share) {
        return (int) Math.round(share * 10_000);
    }
}
