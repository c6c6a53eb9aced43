package org.equalityduty.metrics.accumulators;

import java.util.Objects;

/**
 * A count of successes out of a count of trials: a mergeable summary of a yes/no outcome
 * (met the expected standard, was excluded, was appointed).
 *
 * <p>The proportion is {@code numerator / denominator}. Counts are exact {@code long}s, so merging school
 * proportions into a trust proportion is exact and order-free. The empty proportion has denominator 0; its value
 * is not available and {@link #getValue()} says so by throwing rather than returning {@code NaN}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Proportion implements Accumulator<Proportion> {

    private static final Proportion EMPTY = new Proportion(0, 0);

    private final long numerator;
    private final long denominator;

    private Proportion(long numerator, long denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    /**
     * Obtains a proportion from its counts.
     *
     * @param numerator the number of successes, from 0 to {@code denominator}
     * @param denominator the number of trials, at least 0
     * @return the proportion, not null
     * @throws IllegalArgumentException if {@code denominator} is negative or {@code numerator} is outside 0..denominator
     * @since 0.1.0
     */
    public static Proportion of(long numerator, long denominator) {
        if (denominator < 0) {
            throw new IllegalArgumentException("denominator must not be negative: " + denominator);
        }
        if (numerator < 0 || numerator > denominator) {
            throw new IllegalArgumentException("numerator must be between 0 and denominator (" + denominator + "): "
                    + numerator);
        }
        return denominator == 0 ? EMPTY : new Proportion(numerator, denominator);
    }

    /**
     * Obtains the empty proportion, 0 out of 0.
     *
     * @return the empty proportion, not null
     * @since 0.1.0
     */
    public static Proportion empty() {
        return EMPTY;
    }

    /**
     * Obtains the proportion of true values.
     *
     * @param outcomes the outcomes, not null
     * @return the proportion, not null
     * @since 0.1.0
     */
    public static Proportion ofOutcomes(boolean... outcomes) {
        Objects.requireNonNull(outcomes, "outcomes");
        long x = 0;
        for (boolean b : outcomes) {
            if (b) {
                x++;
            }
        }
        return of(x, outcomes.length);
    }

    /**
     * Returns the proportion of the union of both sets of trials: numerators and denominators are added.
     *
     * @param other the other proportion, not null
     * @return the merged proportion, not null
     * @throws ArithmeticException if a count overflows a long
     * @since 0.1.0
     */
    public Proportion merge(Proportion other) {
        Objects.requireNonNull(other, "other");
        return of(Math.addExact(numerator, other.numerator), Math.addExact(denominator, other.denominator));
    }

    /**
     * Combines: the same as {@link #merge(Proportion)}, under the name every accumulator shares.
     *
     * @param other the other proportion, not null
     * @return the merged value, not null
     * @throws ArithmeticException if a combined count overflows a long
     * @since 0.2.0
     */
    @Override
    public Proportion combine(Proportion other) {
        return merge(other);
    }

    /**
     * Returns the proportion of this population's trials with {@code part}'s trials removed
     * (the rest of the population).
     *
     * @param part a subset of this proportion's trials, not null
     * @return the remainder, not null
     * @throws IllegalArgumentException if {@code part} is not contained in this proportion
     * @since 0.1.0
     */
    public Proportion minus(Proportion part) {
        Objects.requireNonNull(part, "part");
        long x = numerator - part.numerator;
        long n = denominator - part.denominator;
        if (n < 0 || x < 0 || x > n) {
            throw new IllegalArgumentException("part " + part + " is not contained in " + this);
        }
        return of(x, n);
    }

    /**
     * Gets the number of successes.
     *
     * @return the numerator, at least 0
     * @since 0.1.0
     */
    public long getNumerator() {
        return numerator;
    }

    /**
     * Gets the number of trials.
     *
     * @return the denominator, at least 0
     * @since 0.1.0
     */
    public long getDenominator() {
        return denominator;
    }

    /**
     * Tells whether there are no trials.
     *
     * @return true if the denominator is 0
     * @since 0.1.0
     */
    public boolean isEmpty() {
        return denominator == 0;
    }

    /**
     * Gets the proportion {@code numerator / denominator}.
     *
     * @return the proportion, in [0, 1]
     * @throws IllegalStateException if the denominator is 0
     * @since 0.1.0
     */
    public double getValue() {
        if (denominator == 0) {
            throw new IllegalStateException("the proportion 0/0 is undefined");
        }
        return value();
    }

    double value() {
        return (double) numerator / denominator;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Proportion p && numerator == p.numerator && denominator == p.denominator;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(numerator) * 31 + Long.hashCode(denominator);
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
