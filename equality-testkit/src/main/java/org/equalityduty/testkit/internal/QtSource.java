package org.equalityduty.testkit.internal;

import java.util.Objects;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * A {@link Source} that draws from QuickTheories, so that QuickTheories records and shrinks every draw.
 *
 * <p>Not part of the public API.
 *
 * @since 0.1.0
 */
public final class QtSource implements Source {
    private final RandomnessSource in;

    /**
     * Wraps a QuickTheories randomness source.
     *
     * @param in  the source, not null
     * @since 0.1.0
     */
    public QtSource(RandomnessSource in) {
        this.in = Objects.requireNonNull(in, "in");
    }

    @Override
    public long between(long min, long max, long shrinkPoint) {
        return in.next(Constraint.between(min, max).withShrinkPoint(shrinkPoint));
    }
}
