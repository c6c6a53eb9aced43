package org.equalityduty.testkit.internal;

import org.equalityduty.testkit.Sample;
import org.quicktheories.core.Gen;

/**
 * Adapts a {@link Draw} to the two public faces.
 *
 * <p>Not part of the public API.
 *
 * @since 0.1.0
 */
public final class Faces {
    private Faces() {
    }

    /**
     * Adapts a draw to QuickTheories: every choice is a QuickTheories draw, so it shrinks.
     *
     * @param <T>  the type
     * @param draw  the draw, not null
     * @return the generator, not null
     */
    public static <T> Gen<T> gen(Draw<T> draw) {
        return in -> draw.draw(new QtSource(in));
    }

    /**
     * Adapts a draw to a random generator.
     *
     * @param <T>  the type
     * @param draw  the draw, not null
     * @return the sample, not null
     */
    public static <T> Sample<T> sample(Draw<T> draw) {
        return random -> draw.draw(new RandomSource(random));
    }
}
