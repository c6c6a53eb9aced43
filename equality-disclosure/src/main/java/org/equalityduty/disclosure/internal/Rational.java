package org.equalityduty.disclosure.internal;

/**
 * An exact fraction {@code num/den} of two {@code long}s, always in lowest terms with a positive denominator.
 *
 * <p>Every operation is exact: an intermediate that does not fit in a {@code long} throws
 * {@link ArithmeticException} (from {@link Math#multiplyExact(long, long)} and its kin) rather than rounding,
 * so the simplex that uses it either answers exactly or reports that it hit its limit. Immutable and
 * thread-safe.
 */
public final class Rational implements Comparable<Rational> {
    /** Zero. */
    public static final Rational ZERO = new Rational(0, 1);
    /** One. */
    public static final Rational ONE = new Rational(1, 1);

    private final long num;
    private final long den;

    private Rational(long num, long den) {
        this.num = num;
        this.den = den;
    }

    /**
     * Obtains the integer {@code n}.
     *
     * @param n  the value
     * @return the rational
     */
    public static Rational of(long n) {
        return n == 0 ? ZERO : n == 1 ? ONE : new Rational(n, 1);
    }

    /**
     * Obtains {@code num/den} in lowest terms.
     *
     * @param num  the numerator
     * @param den  the denominator, not zero
     * @return the rational
     * @throws ArithmeticException if {@code den} is zero or a value overflows
     */
    public static Rational of(long num, long den) {
        if (den == 0) {
            throw new ArithmeticException("zero denominator");
        }
        if (num == 0) {
            return ZERO;
        }
        if (den < 0) {
            num = Math.negateExact(num);
            den = Math.negateExact(den);
        }
        long g = gcd(Math.abs(num), den);
        return new Rational(num / g, den / g);
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    /**
     * Gets the numerator (lowest terms).
     *
     * @return the numerator (lowest terms)
     */
    public long numerator() {
        return num;
    }

    /**
     * Gets the denominator (lowest terms, positive).
     *
     * @return the denominator (lowest terms, positive)
     */
    public long denominator() {
        return den;
    }

    /**
     * Gets the sign: -1, 0 or 1.
     *
     * @return the sign: -1, 0 or 1
     */
    public int signum() {
        return Long.signum(num);
    }

    /**
     * Gets whether this is an integer.
     *
     * @return whether this is an integer
     */
    public boolean isInteger() {
        return den == 1;
    }

    /**
     * Gets the sum, {@code this + o}.
     *
     * @param o  the other
     * @return {@code this + o}
     */
    public Rational plus(Rational o) {
        if (num == 0) {
            return o;
        }
        if (o.num == 0) {
            return this;
        }
        if (den == o.den) {
            return of(Math.addExact(num, o.num), den);
        }
        long g = gcd(den, o.den);
        long a = Math.multiplyExact(num, o.den / g);
        long b = Math.multiplyExact(o.num, den / g);
        return of(Math.addExact(a, b), Math.multiplyExact(den / g, o.den));
    }

    /**
     * Gets the difference, {@code this - o}.
     *
     * @param o  the other
     * @return {@code this - o}
     */
    public Rational minus(Rational o) {
        return plus(o.negate());
    }

    /**
     * Gets {@code -this}.
     *
     * @return {@code -this}
     */
    public Rational negate() {
        return num == 0 ? this : new Rational(Math.negateExact(num), den);
    }

    /**
     * Gets the product, {@code this * o}.
     *
     * @param o  the other
     * @return {@code this * o}
     */
    public Rational times(Rational o) {
        if (num == 0 || o.num == 0) {
            return ZERO;
        }
        long g1 = gcd(Math.abs(num), o.den);
        long g2 = gcd(Math.abs(o.num), den);
        return of(Math.multiplyExact(num / g1, o.num / g2), Math.multiplyExact(den / g2, o.den / g1));
    }

    /**
     * Gets the quotient, {@code this / o}.
     *
     * @param o  the other, not zero
     * @return {@code this / o}
     */
    public Rational dividedBy(Rational o) {
        if (o.num == 0) {
            throw new ArithmeticException("division by zero");
        }
        return times(reciprocal(o));
    }

    @SuppressWarnings("ArgumentSelectionDefectChecker") // the reciprocal swaps them on purpose
    private static Rational reciprocal(Rational o) {
        return o.num < 0 ? new Rational(Math.negateExact(o.den), Math.negateExact(o.num)) : new Rational(o.den, o.num);
    }

    /**
     * Gets the largest integer not above this.
     *
     * @return the largest integer not above this
     */
    public long floor() {
        return Math.floorDiv(num, den);
    }

    /**
     * Gets the smallest integer not below this.
     *
     * @return the smallest integer not below this
     */
    public long ceil() {
        return -Math.floorDiv(-num, den);
    }

    @Override
    public int compareTo(Rational o) {
        return Integer.signum(minus(o).signum());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rational r && r.num == num && r.den == den;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(num) * 31 + Long.hashCode(den);
    }

    @Override
    public String toString() {
        return den == 1 ? Long.toString(num) : num + "/" + den;
    }
}
