package org.equalityduty.paygap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
