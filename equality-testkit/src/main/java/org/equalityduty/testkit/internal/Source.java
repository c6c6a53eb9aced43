package org.equalityduty.testkit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The one source of randomness behind every testkit generator: a stream of bounded longs.
 *
 * <p>Every choice a generator makes is a call to {@link #between(long, long, long)}. Backed by QuickTheories
 * ({@link QtSource}) the draws are recorded and shrunk toward their shrink points, so lists get shorter, choices
 * move to the first (simplest) option and optional parts disappear; backed by a seeded
 * {@link java.util.random.RandomGenerator} ({@link RandomSource}) the same seed gives the same values.
 *
 * <p>Conventions that make shrinking meaningful: the first option of a {@link #pick} or {@link #weighted} is the
 * simplest or most common one, and {@link #chance(int)} shrinks to {@code false}.
 *
 * <p>Not part of the public API: it may change without notice.
 *
 * @since 0.1.0
 */
public interface Source {

    /**
     * Draws a value in {@code [min, max]}.
     *
     * @param min  the smallest value
     * @param max  the largest value, not less than {@code min}
     * @param shrinkPoint  the value shrinking moves toward, in {@code [min, max]}
     * @return the value
     */
    long between(long min, long max, long shrinkPoint);

    /**
     * Draws a value in {@code [min, max]} that shrinks toward {@code min}.
     *
     * @param min  the smallest value
     * @param max  the largest value
     * @return the value
     */
    default long between(long min, long max) {
        return between(min, max, min);
    }

    /**
     * Draws an int in {@code [min, max]} that shrinks toward {@code min}.
     *
     * @param min  the smallest value
     * @param max  the largest value
     * @return the value
     */
    default int intBetween(int min, int max) {
        return (int) between(min, max, min);
    }

    /**
     * Draws {@code true} with the given chance; shrinks to {@code false}.
     *
     * @param perTenThousand  the chance in units of 0.01%, 0 to 10000
     * @return the outcome
     */
    default boolean chance(int perTenThousand) {
        return between(0, 9999) >= 10000 - perTenThousand;
    }

    /**
     * Picks one option; shrinks toward the first.
     *
     * @param <T>  the option type
     * @param options  the options, not empty
     * @return the option, not null
     */
    default <T> T pick(List<T> options) {
        return options.get(intBetween(0, options.size() - 1));
    }

    /**
     * Picks an index with the given weights; shrinks toward index 0.
     *
     * @param weights  non-negative weights with a positive sum
     * @return the index
     */
    default int weighted(int[] weights) {
        long total = 0;
        for (int w : weights) {
            total += w;
        }
        long draw = between(0, total - 1);
        for (int i = 0; i < weights.length; i++) {
            if (draw < weights[i]) {
                return i;
            }
            draw -= weights[i];
        }
        throw new IllegalStateException("weights must have a positive sum");
    }

    /**
     * Draws a list whose size shrinks toward {@code min}.
     *
     * @param <T>  the element type
     * @param min  the smallest size
     * @param max  the largest size
     * @param element  makes the element at an index, not null
     * @return the list, not null
     */
    default <T> List<T> list(int min, int max, IntFunction<T> element) {
        int size = intBetween(min, max);
        List<T> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(element.apply(i));
        }
        return list;
    }

    /**
     * Draws distinct elements of a pool, in pool order of drawing; shrinks toward fewer and earlier elements.
     *
     * @param <T>  the element type
     * @param pool  the pool, not null
     * @param min  the smallest number of elements, at most the pool size
     * @param max  the largest number of elements
     * @return the elements, not null
     */
    default <T> List<T> distinct(List<T> pool, int min, int max) {
        List<T> remaining = new ArrayList<>(pool);
        int size = intBetween(Math.min(min, remaining.size()), Math.min(max, remaining.size()));
        List<T> chosen = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            chosen.add(remaining.remove(intBetween(0, remaining.size() - 1)));
        }
        return chosen;
    }

    /**
     * Draws an approximately standard normal value from four uniform draws (Irwin-Hall, rescaled to unit variance);
     * shrinks toward 0, the mean.
     *
     * @return the value, within about plus or minus 3.46
     */
    default double normal() {
        long sum = 0;
        for (int i = 0; i < 4; i++) {
            sum += between(0, 10000, 5000);
        }
        // sum of four U(0,1) has mean 2 and variance 1/3
        return (sum / 10000.0 - 2.0) * Math.sqrt(3.0);
    }
}
