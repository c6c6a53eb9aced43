package org.equalityduty.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * {@link Strings#abbreviate} keeps a message short and printable. The expected strings are written out by hand from
 * the rule: at most 40 UTF-16 characters, then {@code ...}; a surrogate pair (an emoji is one) is never cut in two;
 * control characters and unpaired surrogates become {@code ?}.
 */
class StringsTest {

    private static final String FORTY = "abcdefghij".repeat(4);
    /** U+1F600 GRINNING FACE, two UTF-16 characters: the high surrogate D83D and the low surrogate DE00. */
    private static final String EMOJI = "\uD83D\uDE00";

    @Test
    void aShortValueIsKeptWhole() {
        assertEquals("", Strings.abbreviate(""));
        assertEquals("URN 12345", Strings.abbreviate("URN 12345"));
    }

    @Test
    void fortyCharactersAreKeptWholeAndFortyOneAreCut() {
        assertEquals(FORTY, Strings.abbreviate(FORTY));
        assertEquals(FORTY + "...", Strings.abbreviate(FORTY + "k"));
    }

    @Test
    void anEmojiAcrossTheCutIsLeftOutWhole() {
        // Regression: the 40th and 41st characters are one emoji; cutting at 40 kept its high surrogate alone.
        String value = FORTY.substring(0, 39) + EMOJI + "tail";
        assertEquals(FORTY.substring(0, 39) + "...", Strings.abbreviate(value));
    }

    @Test
    void anEmojiJustInsideTheCutIsKept() {
        String value = FORTY.substring(0, 38) + EMOJI + "tail";
        assertEquals(FORTY.substring(0, 38) + EMOJI + "...", Strings.abbreviate(value));
        assertEquals("plan " + EMOJI, Strings.abbreviate("plan " + EMOJI));
    }

    @Test
    void controlCharactersAndUnpairedSurrogatesArePrintedAsQuestionMarks() {
        assertEquals("a?b?c?", Strings.abbreviate("a\nb\u0000c\u007f"));
        assertEquals("?x?", Strings.abbreviate("\uD800x\uDC00"));
        assertEquals("??", Strings.abbreviate("\uDFFF\uD800"));
        assertEquals("end?", Strings.abbreviate("end\uD83D"));
    }
}
