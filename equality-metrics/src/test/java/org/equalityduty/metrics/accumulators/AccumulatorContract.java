package org.equalityduty.metrics.accumulators;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The one contract test every accumulator's test extends: the laws of {@link Accumulator} (empty, single observation,
 * combine equals adding all, associativity, the empty identity on both sides, order independence, the other left
 * unchanged), over lists of observations drawn from each accumulator's own generator.
 *
 * <p>A subclass says how to make an empty accumulator, how to add one observation, how to draw observations, what
 * "the same figures" means (exact for counts, a stated tolerance for means and sums of squares) and what an empty and
 * a one-observation accumulator report.
 *
 * @param <A> the accumulator
 * @param <O> one observation
 */
abstract class AccumulatorContract<A extends Accumulator<A>, O> {

    /** A new, empty accumulator. */
    abstract A empty();

    /** Adds one observation; returns the accumulator to use from then on (a new value for immutable ones). */
    abstract A add(A accumulator, O observation);

    /** Draws one observation. */
    abstract Gen<O> observations();

    /** Asserts that two accumulators report the same figures (to the subclass's stated tolerance). */
    abstract void assertSameFigures(A expected, A actual);

    /** Asserts that an empty accumulator reports no figure. */
    abstract void assertEmpty(A empty);

    /** Asserts that an accumulator of exactly one observation reports it. */
    abstract void assertSingle(A single, O observation);

    /** The accumulator of a list of observations, added in order; a subclass may use a one-pass bulk method. */
    A fill(List<O> observations) {
        A a = empty();
        for (O o : observations) {
            a = add(a, o);
        }
        return a;
    }

    private Gen<List<O>> someObservations() {
        return lists().of(observations()).ofSizeBetween(0, 40);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Test
    void emptyAccumulatorReportsNoFigure() {
        assertEmpty(empty());
        assertEmpty(empty().combine(empty()));
    }

    @Test
    void singleObservationIsReported() {
        qt().forAll(observations()).checkAssert(o -> assertSingle(add(empty(), o), o));
    }

    @Test
    void combineEqualsAddingAll() {
        qt().forAll(someObservations(), someObservations())
                .checkAssert((a, b) -> assertSameFigures(fill(concat(a, b)), fill(a).combine(fill(b))));
    }

    @Test
    void combineIsAssociative() {
        qt().forAll(someObservations(), someObservations(), someObservations())
                .checkAssert((a, b, c) -> assertSameFigures(fill(a).combine(fill(b)).combine(fill(c)),
                        fill(a).combine(fill(b).combine(fill(c)))));
    }

    @Test
    void combineWithEmptyChangesNothing() {
        qt().forAll(someObservations()).checkAssert(a -> {
            assertSameFigures(fill(a), fill(a).combine(empty()));
            assertSameFigures(fill(a), empty().combine(fill(a)));
        });
    }

    @Test
    void orderOfObservationsDoesNotMatter() {
        qt().forAll(someObservations(), integers().between(0, 1000)).checkAssert((a, seed) -> {
            List<O> shuffled = new ArrayList<>(a);
            Collections.shuffle(shuffled, new Random(seed));
            assertSameFigures(fill(a), fill(shuffled));
        });
    }

    @Test
    void combineLeavesTheOtherUnchanged() {
        qt().forAll(someObservations(), someObservations()).checkAssert((a, b) -> {
            A other = fill(b);
            fill(a).combine(other);
            assertSameFigures(fill(b), other);
        });
    }
}
