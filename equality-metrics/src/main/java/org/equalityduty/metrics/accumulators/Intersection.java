package org.equalityduty.metrics.accumulators;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A category formed by crossing two dimensions, for example (disadvantaged, boys), used as a group key for
 * {@link CategorySummaries} and {@link CategoryCounts}.
 *
 * @param <A> the first dimension's key type
 * @param <B> the second dimension's key type
 * @param first the first dimension's category, not null
 * @param second the second dimension's category, not null
 * @since 0.1.0
 */
public record Intersection<A, B>(A first, B second) {

    /**
     * Checks the components.
     *
     * @param first the first dimension's category, not null
     * @param second the second dimension's category, not null
     * @since 0.1.0
     */
    public Intersection {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
    }

    /**
     * Obtains an intersection.
     *
     * @param <A> the first key type
     * @param <B> the second key type
     * @param first the first dimension's category, not null
     * @param second the second dimension's category, not null
     * @return the intersection, not null
     * @since 0.1.0
     */
    public static <A, B> Intersection<A, B> of(A first, B second) {
        return new Intersection<>(first, second);
    }

    /**
     * Lists every combination of the two dimensions' categories (the Cartesian product), first dimension outermost,
     * to declare all cells of a cross-tabulation, empty ones included.
     *
     * @param <A> the first key type
     * @param <B> the second key type
     * @param firsts the first dimension's categories, not null
     * @param seconds the second dimension's categories, not null
     * @return the intersections, unmodifiable, not null
     * @since 0.1.0
     */
    public static <A, B> List<Intersection<A, B>> all(Collection<? extends A> firsts, Collection<? extends B> seconds) {
        Objects.requireNonNull(firsts, "firsts");
        Objects.requireNonNull(seconds, "seconds");
        List<Intersection<A, B>> out = new ArrayList<>(firsts.size() * seconds.size());
        for (A a : firsts) {
            for (B b : seconds) {
                out.add(new Intersection<>(a, b));
            }
        }
        return List.copyOf(out);
    }

    @Override
    public String toString() {
        return first + " & " + second;
    }
}
