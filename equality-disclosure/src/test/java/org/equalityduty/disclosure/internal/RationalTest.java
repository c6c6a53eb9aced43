package org.equalityduty.disclosure.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Exact fractions: lowest terms, signs, floor and ceiling, and overflow that throws instead of wrapping. */
class RationalTest {
    @Test
    void lowestTermsWithAPositiveDenominator() {
        assertEquals("-2/3", Rational.of(4, -6).toString());
        assertEquals(Rational.of(1, 2), Rational.of(1, 3).plus(Rational.of(1, 6)));
        assertEquals(Rational.of(-1, 6), Rational.of(1, 3).minus(Rational.of(1, 2)));
        assertEquals(Rational.of(2, 9), Rational.of(1, 3).times(Rational.of(2, 3)));
        assertEquals(Rational.of(-3, 2), Rational.of(1, 2).dividedBy(Rational.of(-1, 3)));
        assertEquals(Rational.ZERO, Rational.of(0, 5));
        assertTrue(Rational.of(7).isInteger());
    }

    @Test
    void floorAndCeiling() {
        assertEquals(2, Rational.of(7, 3).floor());
        assertEquals(3, Rational.of(7, 3).ceil());
        assertEquals(-3, Rational.of(-7, 3).floor());
        assertEquals(-2, Rational.of(-7, 3).ceil());
        assertEquals(4, Rational.of(4).ceil());
    }

    @Test
    void overflowAndDivisionByZeroThrow() {
        assertThrows(ArithmeticException.class, () -> Rational.of(Long.MAX_VALUE).plus(Rational.ONE));
        assertThrows(ArithmeticException.class, () -> Rational.of(Long.MAX_VALUE).times(Rational.of(2)));
        assertThrows(ArithmeticException.class, () -> Rational.ONE.dividedBy(Rational.ZERO));
        assertThrows(ArithmeticException.class, () -> Rational.of(1, 0));
    }

    @Test
    void ordering() {
        assertTrue(Rational.of(1, 3).compareTo(Rational.of(1, 2)) < 0);
        assertEquals(0, Rational.of(2, 4).compareTo(Rational.of(1, 2)));
    }
}
