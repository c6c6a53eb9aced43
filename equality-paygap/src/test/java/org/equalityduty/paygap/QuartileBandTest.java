package org.equalityduty.paygap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QuartileBandTest {
    @Test
    void counts() {
        QuartileBand b = new QuartileBand("Lower", 3, 5);
        assertEquals(8, b.getSize());
        assertEquals("Lower: 3 men, 5 women", b.toString());
        assertEquals(b, new QuartileBand("Lower", 3, 5));
    }
}
