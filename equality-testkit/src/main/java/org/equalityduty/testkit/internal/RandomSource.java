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
     * @since 0.1.0
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
        // Only nextLong() is used, so that a seed gives the same values on every Java version.
        long range = max - min + 1;
        if (range <= 0) {
            long value;
            do {
                value = random.nextLong();
            } while (value < min || value > max);
            return value;
        }
        long bits;
        long value;
        do {
            bits = random.nextLong() >>> 1;
            value = bits % range;
        } while (bits - value + (range - 1) < 0);
        return min + value;
    }
}
