package org.equalityduty.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class PointerTest {
    @Test
    void theRootIsTheEmptyPointer() {
        assertEquals("", Pointer.ROOT.toString());
        assertSame(Pointer.ROOT, Pointer.of(""));
    }

    @Test
    void fieldsAndElementsAreAppendedAsRfc6901Writes() {
        // RFC 6901 section 3: '~' is written ~0 and '/' is written ~1 in a reference token.
        Pointer p = Pointer.ROOT.child("objectives").child(1).child("a/b~c").child(0);
        assertEquals("/objectives/1/a~1b~0c/0", p.toString());
        assertEquals(Problems.child(Problems.child(Problems.child(Problems.child("", "objectives"), 1), "a/b~c"), 0),
                p.toString());
    }

    @Test
    void aBaseKeepsItsText() {
        // The Jackson module reads a part of a larger document: its pointer is where the parser is.
        assertEquals("/0/target", Pointer.of("/0/target").toString());
        assertEquals("/0/target/value", Pointer.of("/0/target").child("value").toString());
        assertEquals("/plans/2/objectives/0", Pointer.of("/plans/2").child("objectives").child(0).toString());
    }

    @Test
    void emptyAndUnusualNamesAreTokensToo() {
        assertEquals("/", Pointer.ROOT.child("").toString());
        assertEquals("//x", Pointer.ROOT.child("").child("x").toString());
        assertEquals("/~01", Pointer.ROOT.child("~1").toString());
        assertEquals("/\uD83D\uDE00", Pointer.ROOT.child("\uD83D\uDE00").toString());
    }
}
