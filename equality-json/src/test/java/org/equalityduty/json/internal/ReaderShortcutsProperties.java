package org.equalityduty.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The reader's hand-written shortcuts against what they replace: {@link NodeReader#notBlank} against the pattern
 * {@link NodeReader#NOT_BLANK_REGEX} (core's {@code @Pattern} of optional texts), and {@link NodeReader#day}
 * against {@code LocalDate.parse} with the reader's rule of years 1000 to 9999, and {@link Input#wellFormed}
 * (which lets a document be parsed from its bytes) against the JDK's strict UTF-8 decoder.
 */
class ReaderShortcutsProperties {
    private static final Pattern NOT_BLANK = Pattern.compile(NodeReader.NOT_BLANK_REGEX);
    private static final Pattern DAY_TEXT = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    /** Characters around the edge of {@code \s}: its six, other Unicode spaces, controls, surrogates, letters. */
    private static final String ALPHABET = " \t\n\u000B\f\r\u00A0\u2028\u2029\u3000\u0085\u001C\u0000\u200Ba-\uD800\uDC00";

    /** The text made of the alphabet's characters at some positions. */
    private static String text(List<Integer> picks) {
        StringBuilder out = new StringBuilder();
        for (int i : picks) {
            out.append(ALPHABET.charAt(i));
        }
        return out.toString();
    }

    @Test
    void notBlankIsThePattern() {
        qt().withExamples(5_000).forAll(lists().of(integers().between(0, ALPHABET.length() - 1)).ofSizeBetween(0, 6))
                .checkAssert(picks -> {
                    String s = text(picks);
                    assertEquals(NOT_BLANK.matcher(s).matches(), NodeReader.notBlank(s), () -> escape(s));
                });
        qt().forAll(strings().allPossible().ofLengthBetween(0, 8)).checkAssert(s ->
                assertEquals(NOT_BLANK.matcher(s).matches(), NodeReader.notBlank(s), () -> escape(s)));
    }

    @Test
    void notBlankExamples() {
        assertFalse(NodeReader.notBlank(""));
        assertFalse(NodeReader.notBlank(" \t\n\u000B\f\r"));
        // Unicode spaces are not \s without UNICODE_CHARACTER_CLASS, so the pattern (and the shortcut) accept them.
        assertTrue(NodeReader.notBlank("\u00A0"));
        assertTrue(NodeReader.notBlank("\u2028"));
        assertTrue(NodeReader.notBlank("  x  "));
        assertTrue(NodeReader.notBlank("\uD800"));
    }

    /** What the reader did before the shortcut: the pattern, {@code LocalDate.parse}, then the years it reads. */
    private static LocalDate slowDay(String s) {
        if (!DAY_TEXT.matcher(s).matches()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(s);
            return day.getYear() < 1000 ? null : day;
        } catch (DateTimeException ex) {
            return null;
        }
    }

    @Test
    void dayIsLocalDateParseInTheYearsRead() {
        // Every shape yyyy-mm-dd near the edges of the calendar: years around 1000, 9999 and leap years, months and
        // days from 00 to 39.
        qt().withExamples(20_000).forAll(integers().between(0, 9999), integers().between(0, 39), integers().between(0, 39))
                .checkAssert((y, m, d) -> {
                    String s = String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", y, m, d);
                    assertEquals(slowDay(s), NodeReader.day(s), s);
                });
        // Anything else of ten characters or so.
        String dayChars = "0123456789-/ x\u0660";
        qt().withExamples(5_000).forAll(lists().of(integers().between(0, dayChars.length() - 1)).ofSizeBetween(8, 11))
                .checkAssert(picks -> {
                    StringBuilder b = new StringBuilder();
                    picks.forEach(i -> b.append(dayChars.charAt(i)));
                    String s = b.toString();
                    assertEquals(slowDay(s), NodeReader.day(s), s);
                });
    }

    @Test
    void dayExamples() {
        assertEquals(LocalDate.of(2024, 2, 29), NodeReader.day("2024-02-29"));
        assertEquals(LocalDate.of(1000, 1, 1), NodeReader.day("1000-01-01"));
        assertEquals(LocalDate.of(9999, 12, 31), NodeReader.day("9999-12-31"));
        assertNull(NodeReader.day("2023-02-29")); // not a leap year
        assertNull(NodeReader.day("2000-04-31"));
        assertNull(NodeReader.day("0999-12-31")); // before the years read
        assertNull(NodeReader.day("2024-7-31"));
        assertNull(NodeReader.day("+2024-07-31"));
        assertNull(NodeReader.day("2024-07-3\u0661")); // an Arabic-Indic digit is not [0-9]
    }

    private static final Pattern PERIOD = Pattern.compile(NodeReader.PERIOD_REGEX);
    /** Characters of a duration and the ones next to them. */
    private static final String PERIOD_ALPHABET = "P0123459YMWDpydT-+ /\u0663";

    /** The pattern, then {@code Period.parse}: what {@link NodeReader#period} replaces. */
    private static java.time.Period parsed(String s) {
        return PERIOD.matcher(s).matches() ? java.time.Period.parse(s) : null;
    }

    @Test
    void periodIsThePatternThenPeriodParse() {
        qt().withExamples(30_000).forAll(lists().of(integers().between(0, PERIOD_ALPHABET.length() - 1))
                .ofSizeBetween(0, 12)).checkAssert(picks -> {
                    StringBuilder s = new StringBuilder();
                    for (int i : picks) {
                        s.append(PERIOD_ALPHABET.charAt(i));
                    }
                    String text = "P" + s;
                    assertEquals(parsed(text), NodeReader.period(text), text);
                    assertEquals(parsed(s.toString()), NodeReader.period(s.toString()), s.toString());
                });
        // Well-formed ones of every shape: each field present or not, one to five digits.
        qt().withExamples(10_000).forAll(lists().of(integers().between(-1, 99_999)).ofSize(4)).checkAssert(values -> {
            StringBuilder s = new StringBuilder("P");
            for (int f = 0; f < 4; f++) {
                if (values.get(f) >= 0) {
                    s.append(values.get(f)).append("YMWD".charAt(f));
                }
            }
            assertEquals(parsed(s.toString()), NodeReader.period(s.toString()), s.toString());
        });
    }

    @Test
    void periodExamples() {
        assertEquals(java.time.Period.of(1, 6, 0), NodeReader.period("P1Y6M"));
        assertEquals(java.time.Period.ofDays(17), NodeReader.period("P2W3D"));
        assertEquals(java.time.Period.of(9999, 9999, 79992), NodeReader.period("P9999Y9999M9999W9999D"));
        assertEquals(java.time.Period.ZERO, NodeReader.period("P0D"));
        assertNull(NodeReader.period("P"));
        assertNull(NodeReader.period("P1"));
        assertNull(NodeReader.period("PY"));
        assertNull(NodeReader.period("P10000D"));
        assertNull(NodeReader.period("P1D1Y"));
        assertNull(NodeReader.period("P1Y1Y"));
        assertNull(NodeReader.period("P1y"));
        assertNull(NodeReader.period("P-1D"));
        assertNull(NodeReader.period("PT1H"));
        assertNull(NodeReader.period("1D"));
    }

    /** Bytes at the edges of UTF-8's table of well-formed sequences (Unicode 15, table 3-7), and a few others. */
    private static final int[] BYTES = {0x00, 0x01, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBB, 0xBF, 0xC0, 0xC1,
        0xC2, 0xC3, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF8, 0xFE, 0xFF};

    /** What the JDK's decoder says (it reports malformed input by default), and no byte is zero. */
    private static boolean strictUtf8WithoutZero(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException ex) {
            return false;
        }
    }

    @Test
    void utf8CheckIsTheStrictDecoder() {
        qt().withExamples(20_000).forAll(lists().of(integers().between(0, BYTES.length - 1)).ofSizeBetween(0, 9))
                .checkAssert(picks -> {
                    byte[] bytes = new byte[picks.size()];
                    for (int i = 0; i < bytes.length; i++) {
                        bytes[i] = (byte) BYTES[picks.get(i)];
                    }
                    assertEquals(strictUtf8WithoutZero(bytes), Input.wellFormed(bytes, 0, bytes.length),
                            () -> java.util.HexFormat.of().formatHex(bytes));
                });
        // Every character, encoded by the JDK, is well-formed; so is a whole document of them.
        StringBuilder all = new StringBuilder();
        for (int cp = 1; cp <= Character.MAX_CODE_POINT; cp++) {
            if (!Character.isSurrogate((char) cp) || cp > Character.MAX_VALUE) {
                all.appendCodePoint(cp);
            }
        }
        byte[] every = all.toString().getBytes(StandardCharsets.UTF_8);
        assertTrue(Input.wellFormed(every, 0, every.length));
    }

    @Test
    void utf8CheckExamples() {
        assertTrue(Input.wellFormed(bytes(0x7B, 0x7D), 0, 2));
        assertTrue(Input.wellFormed(bytes(0xC3, 0xA9, 0xE2, 0x82, 0xAC, 0xF0, 0x9F, 0x98, 0x80), 0, 9)); // é € 😀
        assertFalse(Input.wellFormed(bytes(0xC0, 0x80), 0, 2)); // overlong NUL
        assertFalse(Input.wellFormed(bytes(0xE0, 0x80, 0x80), 0, 3)); // overlong
        assertFalse(Input.wellFormed(bytes(0xED, 0xA0, 0x80), 0, 3)); // an encoded surrogate, U+D800
        assertTrue(Input.wellFormed(bytes(0xED, 0x9F, 0xBF), 0, 3)); // U+D7FF
        assertFalse(Input.wellFormed(bytes(0xF4, 0x90, 0x80, 0x80), 0, 4)); // U+110000
        assertTrue(Input.wellFormed(bytes(0xF4, 0x8F, 0xBF, 0xBF), 0, 4)); // U+10FFFF
        assertFalse(Input.wellFormed(bytes(0xE2, 0x82), 0, 2)); // truncated
        assertFalse(Input.wellFormed(bytes(0x7B, 0x00, 0x7D), 0, 3)); // a zero byte
        assertTrue(Input.wellFormed(bytes(0x00, 0x7B, 0x7D), 1, 3)); // only [from, to) is checked
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder();
        s.chars().forEach(c -> out.append(String.format(java.util.Locale.ROOT, "\\u%04x", c)));
        return out.toString();
    }
}
