package org.equalityduty.paygap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class NoticeTest {
    @Test
    void valueAndText() {
        Notice n = Notice.of(Notice.Level.WARNING, "snapshot-date", "not 31 March");
        assertEquals("warning [snapshot-date]: not 31 March", n.toString());
        assertEquals(n, Notice.of(Notice.Level.WARNING, "snapshot-date", "not 31 March"));
        assertEquals("code", assertThrows(NullPointerException.class,
                () -> Notice.of(Notice.Level.NOTE, null, "x")).getMessage());
    }

    @Test
    void valueSemantics() {
        Notice n = Notice.of(Notice.Level.NOTE, "below-threshold", "fewer than 250");
        assertEquals("fewer than 250", n.getMessage());
        ValueSemantics.assertValueSemantics(n, Notice.of(Notice.Level.NOTE, "below-threshold", "fewer than 250"),
                List.of(Notice.of(Notice.Level.WARNING, "below-threshold", "fewer than 250"),
                        Notice.of(Notice.Level.NOTE, "snapshot-date", "fewer than 250"),
                        Notice.of(Notice.Level.NOTE, "below-threshold", "fewer than 251")));
    }
}
