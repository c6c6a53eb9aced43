package org.equalityduty.testkit.internal;

import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * A {@link Source} that draws from a {@link RandomGenerator}: the same generator state gives the same values.
 *
 * <p>Not part of the public API.
 *
 * @since 0.1.0
 */
public final class RandomSource implements Source {
    private final RandomGenerator random;

    /**
     * Wraps a random generator.
     *
     * @param random  the generator, not null
     */
    public RandomSource(RandomGenerator random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    @Override
    public long between(long min, long max, long shrinkPoint) {
        if (max < min) {
            throw new IllegalArgumentException("max " + max + " must not be less than min " + min);
        }
        if (max == min) {
            return min;
        }
        return min + random.nextLong(max - min + 1);
    }
}
