package org.equalityduty.paygap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks of a value type's equality and hash code, shared by the value types' tests. */
final class ValueSemantics {
    private ValueSemantics() {
    }

    /**
     * Asserts that {@code value} equals {@code same} (built separately) with the same hash code, and differs from each
     * of {@code others} (each differing in one property) and from an object of another type; and that the hash codes
     * of the value and the others are not all alike (a constant hash code keeps the contract but makes every hash
     * table of these values a list).
     */
    static void assertValueSemantics(Object value, Object same, List<?> others) {
        assertEquals(value, same);
        assertEquals(same, value);
        assertEquals(value.hashCode(), same.hashCode());
        Set<Integer> hashes = new HashSet<>();
        hashes.add(value.hashCode());
        for (Object other : others) {
            assertNotEquals(value, other, String.valueOf(other));
            assertNotEquals(other, value, String.valueOf(other));
            hashes.add(other.hashCode());
        }
        assertNotEquals(value, "text");
        assertTrue(hashes.size() > 1, "every hash code is " + value.hashCode());
    }
}
