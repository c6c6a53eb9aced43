package org.equalityduty.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** The limits the readers take, one field each (the facade's {@code JsonLimitsTest} checks their values). */
class ReadLimitsTest {
    private static final ReadLimits LIMITS = new ReadLimits(5_000_000, 32, 20_000, 64, 200, 100);

    @Test
    void holdsEachLimit() {
        ReadLimits limits = new ReadLimits(1, 2, 3, 4, 5, 6);
        assertEquals(1, limits.getMaxDocumentLength());
        assertEquals(2, limits.getMaxNestingDepth());
        assertEquals(3, limits.getMaxStringLength());
        assertEquals(4, limits.getMaxNumberLength());
        assertEquals(5, limits.getMaxNameLength());
        assertEquals(6, limits.getMaxProblems());
    }

    @Test
    void equalWhenEveryLimitIs() {
        assertEquals(LIMITS, new ReadLimits(5_000_000, 32, 20_000, 64, 200, 100));
        assertEquals(LIMITS.hashCode(), new ReadLimits(5_000_000, 32, 20_000, 64, 200, 100).hashCode());
        assertNotEquals(LIMITS, new ReadLimits(5_000_001, 32, 20_000, 64, 200, 100));
        assertNotEquals(LIMITS, new ReadLimits(5_000_000, 33, 20_000, 64, 200, 100));
        assertNotEquals(LIMITS, new ReadLimits(5_000_000, 32, 20_001, 64, 200, 100));
        assertNotEquals(LIMITS, new ReadLimits(5_000_000, 32, 20_000, 65, 200, 100));
        assertNotEquals(LIMITS, new ReadLimits(5_000_000, 32, 20_000, 64, 201, 100));
        assertNotEquals(LIMITS, new ReadLimits(5_000_000, 32, 20_000, 64, 200, 101));
        assertNotEquals(LIMITS, "document=5000000");
    }

    @Test
    void formatsAsTheFacadeShowsThem() {
        assertEquals("document=5000000, depth=32, string=20000, number=64, name=200, problems=100", LIMITS.toString());
    }
}
