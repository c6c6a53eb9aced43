package org.equalityduty.paygap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The column's primitive form and its fall-back to decimals keep sums and medians exact. */
class ColumnTest {

    private static Column of(String... values) {
        Column c = new Column();
        for (String v : values) {
            c.add(new BigDecimal(v));
        }
        return c;
    }

    @Test
    void penceStayPrimitive() {
        Column c = of("10.05", "12", "9.1234", "11.50");
        assertTrue(c.isPrimitive());
        assertEquals(0, new BigDecimal("42.6734").compareTo(c.sum()));
        assertEquals(0, new BigDecimal("10.775").compareTo(c.median()));
    }

    @Test
    void moreThanFourPlacesOrTooLargeTurnsToDecimals() {
        Column c = of("10.05", "1.00001", "12");
        assertFalse(c.isPrimitive());
        assertEquals(0, new BigDecimal("23.05001").compareTo(c.sum()));
        assertEquals(0, new BigDecimal("10.05").compareTo(c.median()));
        Column big = of("900000000000000", "900000000000000");
        assertFalse(big.isPrimitive());
        assertEquals(0, new BigDecimal("1800000000000000").compareTo(big.sum()));
        Column overflow = of("900000000000000.0", "1");
        assertEquals(0, new BigDecimal("900000000000001").compareTo(overflow.sum()));
    }

    @Test
    void sumOverflowTurnsToDecimals() {
        Column c = new Column();
        BigDecimal v = new BigDecimal("900000000000000");
        // 9e14 x 10^4 = 9e18 fits a long once, not twice: the second value must switch the column to decimals.
        Column one = of("900000000000000");
        assertTrue(one.isPrimitive());
        c.add(v);
        c.add(v);
        assertFalse(c.isPrimitive());
        assertEquals(0, new BigDecimal("1800000000000000").compareTo(c.sum()));
    }
}
