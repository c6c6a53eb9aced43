package org.equalityduty.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonProblemTest {

    @Test
    void valueSemanticsAndOrder() {
        JsonProblem a = JsonProblem.of("/a", "x");
        assertEquals(a, JsonProblem.of("/a", "x"));
        assertEquals(a.hashCode(), JsonProblem.of("/a", "x").hashCode());
        assertNotEquals(a, JsonProblem.of("/a", "y"));
        assertTrue(a.compareTo(JsonProblem.of("/b", "a")) < 0);
        assertEquals("/a: x", a.toString());
        assertEquals("(document): x", JsonProblem.of("", "x").toString());
    }

    @Test
    void rejectsAPointerWithoutSlash() {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> JsonProblem.of("a", "x"));
        assertEquals("pointer must be empty or start with '/'", ex.getMessage());
    }

    @Test
    void exceptionListsProblemsOnePerLine() {
        EqualityJsonException ex = new EqualityJsonException(List.of(JsonProblem.of("", "empty")), false);
        assertEquals("The document has 1 problem:\n  (document): empty", ex.getMessage());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> new EqualityJsonException(List.of(), false));
        assertEquals("problems must not be empty", none.getMessage());
    }

    @Test
    void limitsAreValidatedCopies() {
        JsonLimits limits = JsonLimits.defaults().withMaxNestingDepth(5).withMaxStringLength(6)
                .withMaxNumberLength(7).withMaxNameLength(8).withMaxDocumentLength(9).withMaxProblems(10);
        assertEquals("JsonLimits[document=9, depth=5, string=6, number=7, name=8, problems=10]", limits.toString());
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> JsonLimits.defaults().withMaxNestingDepth(0));
        assertEquals("maxNestingDepth must be positive, not 0", ex.getMessage());
    }
}
