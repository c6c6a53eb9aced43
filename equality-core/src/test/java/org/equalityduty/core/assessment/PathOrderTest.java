package org.equalityduty.core.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Finding paths are ordered as a person reads a plan: indices as numbers ({@code objectives[2]} before
 * {@code objectives[10]}), a part before its fields, and otherwise character by character. The expected signs are
 * worked by hand.
 */
class PathOrderTest {
    private static int sign(String a, String b) {
        return Integer.signum(PathOrder.compare(a, b));
    }

    @Test
    void indicesCompareAsNumbers() {
        assertEquals(-1, sign("objectives[2]", "objectives[10]"));
        assertEquals(1, sign("objectives[10]", "objectives[2]"));
        assertEquals(0, sign("objectives[007]", "objectives[7]"));
        assertEquals(1, sign("objectives[010]", "objectives[9]"));
        assertEquals(-1, sign("objectives[0]", "objectives[00001]"));
    }

    @Test
    void numbersAtTheEndOfAPathCompareAsNumbers() {
        assertEquals(-1, sign("line9", "line10"));
        assertEquals(1, sign("line10", "line9"));
        assertEquals(-1, sign("a1", "a2"));
        assertEquals(1, sign("a2", "a1"));
        assertEquals(0, sign("a12", "a12"));
    }

    @Test
    void aPartComesBeforeItsFields() {
        assertEquals(-1, sign("objectives[0]", "objectives[0].title"));
        assertEquals(1, sign("objectives[0].title", "objectives[0]"));
        assertEquals(-1, sign("", "objectives[0]"));
        assertEquals(0, sign("objectives[0].title", "objectives[0].title"));
    }

    @Test
    void otherCharactersCompareOneByOne() {
        assertEquals(1, sign("objectives[0].title", "objectives[0].actions"));
        assertEquals(-1, sign("objectives[0].actions", "objectives[0].title"));
        assertEquals(-1, sign("adoptions[0]", "objectives[0]"));
        // A letter is not a digit: "b" after "a", though "aa" is the longer.
        assertEquals(1, sign("b", "aa"));
    }
}
