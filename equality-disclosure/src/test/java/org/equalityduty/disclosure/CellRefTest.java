package org.equalityduty.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CellRefTest {
    @Test
    void valueSemantics() {
        CellRef a = CellRef.of("t", "r", "c");
        assertEquals(a, CellRef.of("t", "r", "c"));
        assertEquals(a.hashCode(), CellRef.of("t", "r", "c").hashCode());
        assertNotEquals(a, CellRef.of("t", "c", "r"));
        assertEquals("t/r/c", a.toString());
        assertEquals("t", a.getTable());
        assertEquals("r", a.getRow());
        assertEquals("c", a.getColumn());
    }

    @Test
    void nullsAreRejectedByName() {
        assertEquals("table", assertThrows(NullPointerException.class, () -> CellRef.of(null, "r", "c")).getMessage());
        assertEquals("row", assertThrows(NullPointerException.class, () -> CellRef.of("t", null, "c")).getMessage());
        assertEquals("column", assertThrows(NullPointerException.class, () -> CellRef.of("t", "r", null)).getMessage());
    }
}
