package org.equalityduty.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ImportOptionsTest {

    @Test
    void defaultsAndCopies() {
        ImportOptions d = ImportOptions.defaults();
        assertEquals(512L * 1024 * 1024, d.getMaxFileBytes());
        assertEquals(2_000_000, d.getMaxRows());
        assertEquals(10_000, d.getMaxFieldLength());
        assertEquals(100, d.getMaxProblems());
        assertFalse(d.isSkipBadRows());
        assertEquals(Mapping.none(), d.getMapping());
        ImportOptions o = d.withMaxFileBytes(10).withMaxRows(5).withMaxFieldLength(16).withMaxProblems(1)
                .withSkipBadRows(true);
        assertEquals(10, o.getMaxFileBytes());
        assertEquals(5, o.getMaxRows());
        assertEquals(16, o.getMaxFieldLength());
        assertEquals(1, o.getMaxProblems());
        assertTrue(o.isSkipBadRows());
        assertEquals(10_000, d.getMaxFieldLength(), "copies leave the original alone");
        assertEquals(o, d.withMaxFileBytes(10).withMaxRows(5).withMaxFieldLength(16).withMaxProblems(1)
                .withSkipBadRows(true));
        assertNotEquals(o, d);
        assertEquals("ImportOptions[maxFileBytes=10, maxRows=5, maxFieldLength=16, maxProblems=1, skipBadRows=true,"
                + " mapping=Mapping[0 columns, 0 values]]", o.toString());
    }

    @Test
    void outOfRangeValuesAreRejectedByName() {
        ImportOptions d = ImportOptions.defaults();
        assertEquals("maxFileBytes must be at least 1: 0",
                assertThrows(IllegalArgumentException.class, () -> d.withMaxFileBytes(0)).getMessage());
        assertEquals("maxRows must be at least 1: -3",
                assertThrows(IllegalArgumentException.class, () -> d.withMaxRows(-3)).getMessage());
        assertEquals("maxFieldLength must be from 16 to 100,000,000: 15",
                assertThrows(IllegalArgumentException.class, () -> d.withMaxFieldLength(15)).getMessage());
        assertEquals("maxProblems must be at least 1: 0",
                assertThrows(IllegalArgumentException.class, () -> d.withMaxProblems(0)).getMessage());
        assertEquals("mapping", assertThrows(NullPointerException.class, () -> d.withMapping(null)).getMessage());
    }
}
