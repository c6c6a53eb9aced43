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

    /**
     * The primitive form's edges, by hand: a value is kept as value x 10^4 when it has at most four places, a scale
     * of at least -6 (10^10 is the largest factor) and at most 18 digits, and the product fits a long
     * (Long.MAX_VALUE = 9,223,372,036,854,775,807).
     */
    @Test
    void scaledFormEdges() {
        assertEquals(0, Column.toScaled(BigDecimal.ZERO));
        assertEquals(0, Column.toScaled(new BigDecimal("0.0000")));
        assertEquals(91_234, Column.toScaled(new BigDecimal("9.1234")));
        assertEquals(Column.NOT_SCALED, Column.toScaled(new BigDecimal("9.12345")));
        assertEquals(-125_000, Column.toScaled(new BigDecimal("-12.5")));
        // Scale -6: 1 x 10^6 is 10^10 units; scale -7 has no factor in the table.
        assertEquals(10_000_000_000L, Column.toScaled(new BigDecimal("1E+6")));
        assertEquals(Column.NOT_SCALED, Column.toScaled(new BigDecimal("1E+7")));
        // 18 digits fit (x 10 at three places: 1,234,567,890,123,456,780); 19 do not, whatever their size.
        assertEquals(1_234_567_890_123_456_780L, Column.toScaled(new BigDecimal("123456789012345.678")));
        assertEquals(Column.NOT_SCALED, Column.toScaled(new BigDecimal("123456789012345.6789")));
        // 922,337,203,685,477 x 10^4 = 9,223,372,036,854,770,000 fits; 922,337,203,685,478 x 10^4 does not.
        assertEquals(9_223_372_036_854_770_000L, Column.toScaled(new BigDecimal("922337203685477")));
        assertEquals(Column.NOT_SCALED, Column.toScaled(new BigDecimal("922337203685478")));
        assertEquals(-9_223_372_036_854_770_000L, Column.toScaled(new BigDecimal("-922337203685477")));
        assertEquals(Column.NOT_SCALED, Column.toScaled(new BigDecimal("-922337203685478")));
        // 18 digits at scale -6 would be 10^27 or more units.
        assertEquals(Column.NOT_SCALED, Column.toScaled(new BigDecimal("1.23456789012345678E+23")));
    }

    /** Zeros and a sum that reaches exactly 0 stay primitive; medians of odd and even sizes, by hand. */
    @Test
    void zerosAndMedians() {
        Column zeros = of("0", "0.00");
        assertTrue(zeros.isPrimitive());
        assertEquals(0, BigDecimal.ZERO.compareTo(zeros.sum()));
        Column back = of("-5", "5", "7");
        assertTrue(back.isPrimitive());
        assertEquals(0, new BigDecimal("7").compareTo(back.sum()));
        // 5 is the middle of -5, 5, 7.
        assertEquals(0, new BigDecimal("5").compareTo(back.median()));
        // (10.05 + 12) / 2 = 11.025 of 9, 10.05, 12, 13; the same as decimals (six places).
        assertEquals(0, new BigDecimal("11.025").compareTo(of("13", "10.05", "9", "12").median()));
        assertEquals(0, new BigDecimal("11.025").compareTo(of("13.000000", "10.050000", "9", "12").median()));
        assertEquals(0, new BigDecimal("42").compareTo(of("42").median()));
        assertEquals(0, BigDecimal.ZERO.compareTo(new Column().sum()));
    }

    /** Past 16 values (the first capacity) a column grows, in both forms, and keeps every value. */
    @Test
    void growsPastItsFirstCapacity() {
        Column primitive = new Column();
        Column decimal = new Column();
        for (int i = 1; i <= 41; i++) {
            primitive.add(BigDecimal.valueOf(i));
            decimal.add(BigDecimal.valueOf(i).setScale(6));
        }
        assertTrue(primitive.isPrimitive());
        assertFalse(decimal.isPrimitive());
        // 1 + ... + 41 = 41 x 42 / 2 = 861; the median of 1..41 is 21.
        for (Column c : new Column[] {primitive, decimal}) {
            assertEquals(41, c.size);
            assertEquals(0, new BigDecimal("861").compareTo(c.sum()));
            assertEquals(0, new BigDecimal("21").compareTo(c.median()));
        }
        // Turning to decimals after 41 primitive values keeps them all: sum 861 + 0.5.
        primitive.add(new BigDecimal("0.500000"));
        assertFalse(primitive.isPrimitive());
        assertEquals(0, new BigDecimal("861.5").compareTo(primitive.sum()));
        assertEquals(0, new BigDecimal("20.5").compareTo(primitive.median()));
    }

    /** A full primitive column (16 values, its first capacity) turns to decimals and keeps each value: 1..16 + 0.5. */
    @Test
    void aFullColumnTurnsToDecimals() {
        Column c = new Column();
        for (int i = 1; i <= 16; i++) {
            c.add(BigDecimal.valueOf(i));
        }
        assertEquals(16, c.scaled.length);
        c.add(new BigDecimal("0.500000"));
        assertFalse(c.isPrimitive());
        // 16 x 17 / 2 + 0.5 = 136.5; 17 values, the middle (9th) of 0.5, 1, ..., 16 is 8.
        assertEquals(17, c.size);
        assertEquals(0, new BigDecimal("136.5").compareTo(c.sum()));
        assertEquals(0, new BigDecimal("8").compareTo(c.median()));
    }
}
