package org.equalityduty.testkit.internal;

import java.util.Objects;
import java.util.random.RandomGenerator;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * A {@link RandomGenerator} fed by QuickTheories, for samples written as plain functions: each {@code nextLong()} is
 * one draw, shrinking toward 0.
 *
 * <p>Not part of the public API.
 *
 * @since 0.2.0
 */
public final class QtRandom implements RandomGenerator {
    private static final Constraint ANY_LONG = Constraint.between(Long.MIN_VALUE, Long.MAX_VALUE).withShrinkPoint(0);
    private final RandomnessSource in;

    /**
     * Creates a generator.
     *
     * @param in  the QuickTheories source, not null
     * @since 0.2.0
     */
    public QtRandom(RandomnessSource in) {
        this.in = Objects.requireNonNull(in, "in");
    }

    @Override
    public long nextLong() {
        return in.next(ANY_LONG);
    }
}
