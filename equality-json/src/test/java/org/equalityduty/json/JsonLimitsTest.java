package org.equalityduty.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

class JsonLimitsTest {

    @Test
    void defaultsAreTheDocumentedOnes() {
        assertEquals("JsonLimits[document=5000000, depth=32, string=20000, number=64, name=200, problems=100]",
                JsonLimits.defaults().toString());
    }

    @Test
    void everyLimitMustBePositive() {
        JsonLimits d = JsonLimits.defaults();
        assertEquals("maxDocumentLength must be positive, not 0",
                assertThrows(IllegalArgumentException.class, () -> d.withMaxDocumentLength(0)).getMessage());
        check("maxNestingDepth", d::withMaxNestingDepth);
        check("maxStringLength", d::withMaxStringLength);
        check("maxNumberLength", d::withMaxNumberLength);
        check("maxNameLength", d::withMaxNameLength);
        check("maxProblems", d::withMaxProblems);
    }

    private static void check(String name, IntFunction<JsonLimits> with) {
        assertEquals(name + " must be positive, not -1",
                assertThrows(IllegalArgumentException.class, () -> with.apply(-1)).getMessage());
        assertEquals(name + " must be positive, not 0",
                assertThrows(IllegalArgumentException.class, () -> with.apply(0)).getMessage());
    }

    @Test
    void theNestingDepthIsAtMostTheDocumentedMaximum() {
        assertEquals(1000, JsonLimits.MAX_NESTING_DEPTH);
        assertEquals(1000, JsonLimits.defaults().withMaxNestingDepth(1000).getMaxNestingDepth());
        assertEquals("maxNestingDepth must be at most 1000, not 1001", assertThrows(IllegalArgumentException.class,
                () -> JsonLimits.defaults().withMaxNestingDepth(1001)).getMessage());
        assertEquals("maxNestingDepth must be at most 1000, not 2147483647", assertThrows(
                IllegalArgumentException.class, () -> JsonLimits.defaults().withMaxNestingDepth(Integer.MAX_VALUE))
                .getMessage());
    }

    @Test
    void copiesCompareByEveryLimit() {
        JsonLimits d = JsonLimits.defaults();
        assertEquals(d, d.withMaxProblems(100));
        assertEquals(d.hashCode(), d.withMaxProblems(100).hashCode());
        assertNotEquals(d, d.withMaxNestingDepth(33));
        assertNotEquals(d, d.withMaxDocumentLength(1));
        assertEquals(7, d.withMaxNameLength(7).getMaxNameLength());
    }
}
