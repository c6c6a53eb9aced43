package org.equalityduty.metrics.accumulators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.booleans;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ProportionTest extends AccumulatorContract<Proportion, Boolean> {

    @Test
    void countsMergeAndSubtractExactly() {
        Proportion a = Proportion.of(56, 70);
        Proportion b = Proportion.of(48, 80);
        assertEquals(Proportion.of(104, 150), a.merge(b));
        assertEquals(b, a.merge(b).minus(a));
        assertEquals(0.8, a.getValue(), 0);
        assertEquals(Proportion.of(2, 3), Proportion.ofOutcomes(true, false, true));
        assertEquals("56/70", a.toString());
    }

    @Test
    void emptyProportionHasNoValue() {
        assertTrue(Proportion.of(0, 0).isEmpty());
        assertEquals("the proportion 0/0 is undefined",
                assertThrows(IllegalStateException.class, () -> Proportion.empty().getValue()).getMessage());
    }

    @Test
    void badArgumentsAreRejectedByName() {
        assertEquals("denominator must not be negative: -1",
                assertThrows(IllegalArgumentException.class, () -> Proportion.of(0, -1)).getMessage());
        assertEquals("numerator must be between 0 and denominator (2): 3",
                assertThrows(IllegalArgumentException.class, () -> Proportion.of(3, 2)).getMessage());
        assertEquals("part 3/4 is not contained in 1/4", assertThrows(IllegalArgumentException.class,
                () -> Proportion.of(1, 4).minus(Proportion.of(3, 4))).getMessage());
    }

    // ---- the accumulator contract: yes/no outcomes; counts exactly

    @Override
    Proportion empty() {
        return Proportion.empty();
    }

    @Override
    Proportion add(Proportion accumulator, Boolean observation) {
        return accumulator.combine(Proportion.ofOutcomes(observation));
    }

    @Override
    Gen<Boolean> observations() {
        return booleans().all();
    }

    @Override
    void assertSameFigures(Proportion expected, Proportion actual) {
        assertEquals(expected, actual);
    }

    @Override
    void assertEmpty(Proportion empty) {
        assertTrue(empty.isEmpty());
        assertEquals("the proportion 0/0 is undefined",
                assertThrows(IllegalStateException.class, empty::getValue).getMessage());
    }

    @Override
    void assertSingle(Proportion single, Boolean observation) {
        assertEquals(observation ? Proportion.of(1, 1) : Proportion.of(0, 1), single);
    }

    @Test
    void minusAcceptsEveryPartOfTheWhole() {
        // The whole itself leaves 0 of 0; a part with every failure leaves only successes; none leaves the whole.
        assertEquals(Proportion.empty(), Proportion.of(3, 10).minus(Proportion.of(3, 10)));
        assertEquals(Proportion.of(3, 3), Proportion.of(5, 10).minus(Proportion.of(2, 7)));
        assertEquals(Proportion.of(0, 4), Proportion.of(2, 6).minus(Proportion.of(2, 2)));
        assertEquals("part 1/5 is not contained in 3/4", assertThrows(IllegalArgumentException.class,
                () -> Proportion.of(3, 4).minus(Proportion.of(1, 5))).getMessage());
        assertEquals("part 0/1 is not contained in 1/1", assertThrows(IllegalArgumentException.class,
                () -> Proportion.of(1, 1).minus(Proportion.of(0, 1))).getMessage());
    }

    @Test
    void equalProportionsHashAlikeAndDifferentOnesApart() {
        assertEquals(Proportion.of(3, 10).hashCode(), Proportion.of(3, 10).hashCode());
        assertNotEquals(Proportion.of(3, 10).hashCode(), Proportion.of(4, 10).hashCode());
        assertNotEquals(Proportion.of(3, 10).hashCode(), Proportion.of(3, 11).hashCode());
        assertNotEquals(Proportion.of(3, 10), Proportion.of(3, 11));
    }
}
