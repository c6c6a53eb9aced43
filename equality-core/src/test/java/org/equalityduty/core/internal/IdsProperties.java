package org.equalityduty.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.regex.Pattern;
import org.equalityduty.core.InvalidValueException;
import org.junit.jupiter.api.Test;

/** The identifier check, a loop over the characters, against the regular expression it replaced ({@link Ids#FORM}). */
class IdsProperties {
    private static final Pattern FORM = Pattern.compile(Ids.FORM);

    /** The edges of each class in the form ('/' and ':' around the digits, '@' '[' '`' '{' around the letters). */
    private static final String ALPHABET = "09azAZ5mQ._-/:@[`{ ,+~\u00e9\u0663\uff10\u0000\n";

    private static String text(List<Integer> picks) {
        StringBuilder out = new StringBuilder();
        for (int i : picks) {
            out.append(ALPHABET.charAt(i));
        }
        return out.toString();
    }

    @Test
    void theLoopIsTheForm() {
        qt().withExamples(20_000).forAll(lists().of(integers().between(0, ALPHABET.length() - 1)).ofSizeBetween(0, 5))
                .checkAssert(picks -> {
                    String id = text(picks);
                    assertEquals(FORM.matcher(id).matches(), Ids.wellFormed(id), id);
                });
        // Around the length limit: a valid start, then 62 to 65 characters of which one may be out of place.
        qt().withExamples(5_000).forAll(integers().between(62, 65), integers().between(0, 65),
                integers().between(0, ALPHABET.length() - 1)).checkAssert((length, at, pick) -> {
                    StringBuilder id = new StringBuilder("a").append("b".repeat(length));
                    if (at < id.length()) {
                        id.setCharAt(at, ALPHABET.charAt(pick));
                    }
                    assertEquals(FORM.matcher(id).matches(), Ids.wellFormed(id.toString()), id.toString());
                });
        qt().forAll(strings().allPossible().ofLengthBetween(0, 6)).checkAssert(id ->
                assertEquals(FORM.matcher(id).matches(), Ids.wellFormed(id), id));
    }

    @Test
    void examples() {
        assertTrue(Ids.wellFormed("a"));
        assertTrue(Ids.wellFormed("9"));
        assertTrue(Ids.wellFormed("Z.z_0-9"));
        assertTrue(Ids.wellFormed("x".repeat(64)));
        assertFalse(Ids.wellFormed("x".repeat(65)));
        assertFalse(Ids.wellFormed(""));
        assertFalse(Ids.wellFormed(".a"));
        assertFalse(Ids.wellFormed("_a"));
        assertFalse(Ids.wellFormed("-a"));
        assertFalse(Ids.wellFormed("a b"));
        assertFalse(Ids.wellFormed("a/b"));
        assertFalse(Ids.wellFormed("\u00e9"));
        assertFalse(Ids.wellFormed("\u0663")); // an Arabic-Indic digit is not [0-9]
    }

    @Test
    void checkNamesTheFieldAndTheValue() {
        Ids.check("id", "sc-1");
        InvalidValueException ex = assertThrows(InvalidValueException.class, () -> Ids.check("criterionId", "a b"));
        assertEquals("criterionId 'a b' must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or "
                + "digit", ex.getMessage());
    }
}
