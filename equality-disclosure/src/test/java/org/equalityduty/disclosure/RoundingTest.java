package org.equalityduty.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Rounding to the nearest 5: remainders 1 and 2 down, 3 and 4 up (docs/domain.md section 5); 1 to 4 as Ofqual shows. */
class RoundingTest {
    @Test
    void nearestFive() {
        long[][] cases = {{0, 0}, {5, 5}, {6, 5}, {7, 5}, {8, 10}, {9, 10}, {10, 10}, {12, 10}, {13, 15}, {102, 100},
            {103, 105}};
        for (long[] c : cases) {
            assertEquals(c[1], Rounding.NEAREST_FIVE.round(c[0]), "round(" + c[0] + ")");
        }
        assertEquals(7, Rounding.NONE.round(7));
    }

    @Test
    void format() {
        assertEquals("0", Rounding.NEAREST_FIVE.format(0));
        assertEquals("fewer than 5", Rounding.NEAREST_FIVE.format(1));
        assertEquals("fewer than 5", Rounding.NEAREST_FIVE.format(4));
        assertEquals("5", Rounding.NEAREST_FIVE.format(7));
        assertEquals("10", Rounding.NEAREST_FIVE.format(8));
        assertEquals("3", Rounding.NONE.format(3));
    }

    @Test
    void negativeCountsAreRejected() {
        assertEquals("count must be at least 0: -1",
                assertThrows(IllegalArgumentException.class, () -> Rounding.NEAREST_FIVE.round(-1)).getMessage());
        assertEquals("count must be at least 0: -1",
                assertThrows(IllegalArgumentException.class, () -> Rounding.NONE.format(-1)).getMessage());
    }
}
