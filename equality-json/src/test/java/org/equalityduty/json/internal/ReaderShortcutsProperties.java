package org.equalityduty.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The reader's hand-written shortcuts against what they replace: {@link NodeReader#notBlank} against the pattern
 * {@link NodeReader#NOT_BLANK_REGEX} (core's {@code @Pattern} of optional texts), and {@link NodeReader#day}
 * against {@code LocalDate.parse} with the reader's rule of years 1000 to 9999.
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

    private static String escape(String s) {
        StringBuilder out = new StringBuilder();
        s.chars().forEach(c -> out.append(String.format(java.util.Locale.ROOT, "\\u%04x", c)));
        return out.toString();
    }
}
