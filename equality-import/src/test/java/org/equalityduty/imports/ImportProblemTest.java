package org.equalityduty.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.equalityduty.imports.ImportProblem.Severity;
import org.junit.jupiter.api.Test;

class ImportProblemTest {

    @Test
    void readsAsAUserReadsIt() {
        assertEquals("line 4, column 'sex', value 'X': unknown code",
                ImportProblem.of(Severity.WARNING, 4, "sex", "X", "unknown code").toString());
        assertEquals("line 4: too few fields", ImportProblem.of(Severity.ERROR, 4, "", "", "too few fields").toString());
        assertEquals("line 1, column 'sen': required column is missing",
                ImportProblem.of(Severity.ERROR, 1, "sen", "", "required column is missing").toString());
        assertEquals("the file is empty", ImportProblem.of(Severity.ERROR, 0, "", "", "the file is empty").toString());
    }

    @Test
    void longAndHostileValuesAreCutAndMasked() {
        ImportProblem p = ImportProblem.of(Severity.ERROR, 2, "pupil_id", "a\u0000b\r\n" + "x".repeat(100), "bad");
        assertEquals("a?b??" + "x".repeat(32) + "...", p.getValue());
        assertEquals(40, p.getValue().length());
    }

    @Test
    void aValueIsNeverCutInsideASurrogatePair() {
        // 25 emoji are 50 chars. The cut at 37 would fall between the 19th emoji's two halves (chars 36 and 37),
        // leaving a lone high surrogate in the message: the cut moves back to 36 chars, 18 whole emoji.
        String emoji = "\uD83D\uDE00";
        ImportProblem p = ImportProblem.of(Severity.WARNING, 2, "sex", emoji.repeat(25), "unknown code");
        assertEquals(emoji.repeat(18) + "...", p.getValue());
        // One ASCII character first moves the pairs by one: the cut at 37 falls after the 18th whole emoji.
        ImportProblem q = ImportProblem.of(Severity.WARNING, 2, "sex", "a" + emoji.repeat(25), "unknown code");
        assertEquals("a" + emoji.repeat(18) + "...", q.getValue());
        assertEquals(40, q.getValue().length());
    }

    @Test
    void gettersEqualityAndChecks() {
        ImportProblem p = ImportProblem.of(Severity.ERROR, 3, "fte", "2", "out of range");
        assertEquals(Severity.ERROR, p.getSeverity());
        assertEquals(3, p.getLine());
        assertEquals("fte", p.getColumn());
        assertEquals("2", p.getValue());
        assertEquals("out of range", p.getReason());
        assertEquals(p, ImportProblem.of(Severity.ERROR, 3, "fte", "2", "out of range"));
        assertEquals(p.hashCode(), ImportProblem.of(Severity.ERROR, 3, "fte", "2", "out of range").hashCode());
        assertNotEquals(p, ImportProblem.of(Severity.WARNING, 3, "fte", "2", "out of range"));
        assertEquals("line must not be negative: -1", assertThrows(IllegalArgumentException.class,
                () -> ImportProblem.of(Severity.ERROR, -1, "", "", "r")).getMessage());
        assertEquals("reason", assertThrows(NullPointerException.class,
                () -> ImportProblem.of(Severity.ERROR, 1, "", "", null)).getMessage());
    }
}
