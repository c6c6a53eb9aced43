package org.equalityduty.testkit;

import java.util.Objects;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.quicktheories.core.Gen;
import org.equalityduty.testkit.internal.Draw;
import org.equalityduty.testkit.internal.QtSource;
import org.equalityduty.testkit.internal.RandomSource;
import org.equalityduty.testkit.internal.Source;

/**
 * Turns a draw into the testkit's one face, a {@link Sample}, which also knows its QuickTheories {@link Gen}: both
 * make the same choices through a {@link Source}, so the Gen shrinks choice by choice.
 *
 * <p>Not part of the public API.
 *
 * @since 0.1.0
 */
final class Faces {
    private Faces() {
    }

    /**
     * Obtains the sample of a draw.
     *
     * @param <T>  the type of the values
     * @param draw  the draw, not null
     * @return the sample, not null
     * @since 0.1.0
     */
    static <T> Sample<T> sample(Draw<T> draw) {
        return new Drawn<>(Objects.requireNonNull(draw, "draw"));
    }

    /** A sample made of a draw: a random generator or a QuickTheories source feeds the same choices. */
    private static final class Drawn<T> implements Sample<T> {
        private final Draw<T> draw;

        Drawn(Draw<T> draw) {
            this.draw = draw;
        }

        @Override
        public T apply(RandomGenerator random) {
            return draw.draw(new RandomSource(random));
        }

        @Override
        public <R> Sample<R> map(Function<? super T, ? extends R> function) {
            Objects.requireNonNull(function, "function");
            return new Drawn<>(s -> function.apply(draw.draw(s)));
        }

        @Override
        public Gen<T> toGen() {
            return in -> draw.draw(new QtSource(in));
        }
    }
}
