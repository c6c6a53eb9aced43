package org.equalityduty.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The schools of a read by URN number, shared by {@link SchoolGaps} and the pupils' byte path: positions in the
 * order first seen, texts of six digits, and the table's growth, each against positions counted by hand.
 */
class SchoolIndexTest {

    @Test
    void positionsAreGivenInTheOrderFirstSeenAndTextsHaveSixDigits() {
        SchoolIndex index = new SchoolIndex();
        assertEquals(0, index.position(123456));
        assertEquals(1, index.position(42));
        assertEquals(0, index.position(123456), "a school seen before keeps its position");
        assertEquals(2, index.position(0));
        assertEquals(3, index.position(999_999));
        assertEquals(1, index.position(42));
        assertEquals("123456", index.text(0));
        assertEquals("000042", index.text(1), "a URN's leading zeros are part of its six digits");
        assertEquals("000000", index.text(2));
        assertEquals("999999", index.text(3));
        assertEquals(List.of("123456", "000042", "000000", "999999"), index.texts());
        assertEquals(1, index.find("000042"));
        assertEquals(2, index.find("000000"));
        assertEquals(3, index.find("999999"));
        assertEquals(-1, index.find("000043"), "not seen");
        assertEquals(-1, index.find("42"), "not six digits, though its number has been seen");
        assertEquals(-1, index.find("0000042"), "seven characters");
        assertEquals(-1, index.find("12345x"));
        assertEquals(-1, index.find(""));
        assertThrows(UnsupportedOperationException.class, () -> index.texts().add("111111"));
    }

    /**
     * The table starts with 64 cells and is kept at most half full: the 33rd school doubles it to 128, the 65th to
     * 256. Every school keeps its position through each growth, found by number and by text.
     */
    @Test
    void theTableGrowsAtHalfFullAndKeepsEveryPosition() {
        SchoolIndex index = new SchoolIndex();
        List<Integer> urns = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            // Multiples of 4096: the same low bits, which a table indexed by the low bits alone would pile up.
            urns.add((i * 4096) % 1_000_000);
        }
        for (int i = 0; i < urns.size(); i++) {
            assertEquals(i, index.position(urns.get(i)));
            int expected = i < 32 ? 64 : i < 64 ? 128 : i < 128 ? 256 : 512;
            assertEquals(expected, index.capacity(), "capacity after " + (i + 1) + " schools");
        }
        for (int i = 0; i < urns.size(); i++) {
            assertEquals(i, index.position(urns.get(i)), "position of the school first seen " + i + "th");
            String text = String.format(Locale.ROOT, "%06d", urns.get(i));
            assertEquals(i, index.find(text), text);
            assertEquals(text, index.text(i));
        }
        assertEquals(200, index.texts().size());
        assertEquals(-1, index.find("000001"));
    }
}
