package org.equalityduty.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.equalityduty.testkit.internal.QtRandom;
import org.quicktheories.core.Gen;

/**
 * The one face of a generator: a function from a {@link RandomGenerator} to a value, and, through
 * {@link #toGen()}, a QuickTheories {@link Gen}.
 *
 * <p>Any property-testing tool, or a plain seeded JUnit test, can call it. A sample draws only through
 * {@link RandomGenerator#nextLong()}, so the same generator state gives the same value, and {@link #sample(long)}
 * gives the same value for the same seed.
 *
 * <p>Implementations are stateless and thread-safe; the random generator passed in is not.
 *
 * @param <T>  the type of the values
 * @since 0.1.0
 */
@FunctionalInterface
public interface Sample<T> extends Function<RandomGenerator, T> {

    /**
     * Draws a value.
     *
     * @param random  the randomness, not null
     * @return the value, not null
     */
    @Override
    T apply(RandomGenerator random);

    /**
     * Draws a value from a seed.
     *
     * @param seed  the seed
     * @return the value, the same for the same seed, not null
     * @since 0.1.0
     */
    default T sample(long seed) {
        return apply(random(seed));
    }

    /**
     * Draws several values from one seed.
     *
     * @param seed  the seed
     * @param count  how many values, not negative
     * @return the values, the same for the same seed, not null
     * @throws IllegalArgumentException if count is negative
     * @since 0.1.0
     */
    default List<T> samples(long seed, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, not " + count);
        }
        RandomGenerator random = random(seed);
        List<T> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            list.add(apply(random));
        }
        return list;
    }

    /**
     * Obtains a sample of values transformed by a function.
     *
     * @param <R>  the new type
     * @param function  the function, not null
     * @return the sample, not null
     * @since 0.1.0
     */
    default <R> Sample<R> map(Function<? super T, ? extends R> function) {
        Objects.requireNonNull(function, "function");
        return random -> function.apply(apply(random));
    }

    /**
     * Obtains the random generator that {@link #sample(long)} uses: a {@link SplittableRandom}, whose
     * {@code nextLong()} sequence for a seed is fixed by its specification.
     *
     * @param seed  the seed
     * @return a new generator, not null
     * @since 0.1.0
     */
    static RandomGenerator random(long seed) {
        return new SplittableRandom(seed);
    }

    /**
     * Obtains the QuickTheories generator of the same values. The testkit's own samples make every choice as a
     * QuickTheories draw, so a failing property shrinks toward small, simple values (fewer objectives, the first
     * option of each choice, optional parts absent). A sample written as a plain function draws each
     * {@code nextLong()} from QuickTheories instead, shrinking toward 0.
     *
     * <pre>{@code
     * qt().forAll(EqualityGenerators.plans().toGen()).check(plan -> myReport(plan) != null);
     * }</pre>
     *
     * @return the generator, not null
     * @since 0.2.0
     */
    default Gen<T> toGen() {
        return in -> apply(new QtRandom(in));
    }
}
