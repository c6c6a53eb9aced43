package org.equalityduty.paygap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuartileBandTest {
    @Test
    void counts() {
        QuartileBand b = new QuartileBand("Lower", 3, 5);
        assertEquals(8, b.getSize());
        assertEquals("Lower: 3 men, 5 women", b.toString());
        assertEquals(b, new QuartileBand("Lower", 3, 5));
    }

    @Test
    void valueSemantics() {
        QuartileBand b = new QuartileBand("Lower", 3, 4);
        assertEquals("Lower", b.getName());
        ValueSemantics.assertValueSemantics(b, new QuartileBand("Lower", 3, 4), List.of(
                new QuartileBand("Top", 3, 4), new QuartileBand("Lower", 4, 4), new QuartileBand("Lower", 3, 5)));
    }
}
