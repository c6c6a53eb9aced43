package org.equalityduty.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.equalityduty.examples.CorpusAgreement.Key;
import org.equalityduty.examples.CorpusAgreement.Share;
import org.junit.jupiter.api.Test;

/**
 * The agreement figures, checked against hand counts: the expected values below were counted by hand from the
 * keys listed in each test, not computed by the class under test.
 */
class CorpusAgreementTest {
    private static Key k(String document, String code, String objective) {
        return new Key(document, code, objective);
    }

    @Test
    void precisionAndRecallAreCountedOverKeys() {
        // raised: 4 keys, 3 of them expected; expected: 5 keys, 3 of them raised.
        // Precision 3/4 = 75.0%; recall 3/5 = 60.0% (hand count).
        Set<Key> raised = Set.of(k("a", "smart.not-measurable", "1"), k("a", "smart.not-measurable", "2"),
                k("a", "duty.period-unstated", "plan"), k("b", "smart.not-specific", "1"));
        Set<Key> expected = Set.of(k("a", "smart.not-measurable", "1"), k("a", "smart.not-measurable", "2"),
                k("a", "duty.period-unstated", "plan"), k("b", "smart.no-baseline", "1"),
                k("b", "smart.not-measurable", "3"));
        CorpusAgreement a = new CorpusAgreement(raised, expected);
        assertEquals(new Share(3, 4), a.precision());
        assertEquals(new Share(3, 5), a.recall());
        assertEquals("75.0%", a.precision().percent());
        assertEquals("60.0%", a.recall().percent());
        assertEquals(List.of(k("b", "smart.not-specific", "1")), List.copyOf(a.unexpected()));
        assertEquals(List.of(k("b", "smart.no-baseline", "1"), k("b", "smart.not-measurable", "3")),
                List.copyOf(a.missed()));
    }

    @Test
    void perRuleFiguresCountEachCodeAlone() {
        // smart.not-measurable: raised 2 (a@1, a@2), expected 3 (a@1, a@2, b@3): precision 2/2, recall 2/3 = 66.7%.
        // smart.not-specific: raised 1, expected 0: precision 0/1 = 0.0%, recall undefined.
        // smart.no-baseline: raised 0, expected 1: precision undefined, recall 0/1.
        Set<Key> raised = Set.of(k("a", "smart.not-measurable", "1"), k("a", "smart.not-measurable", "2"),
                k("b", "smart.not-specific", "1"));
        Set<Key> expected = Set.of(k("a", "smart.not-measurable", "1"), k("a", "smart.not-measurable", "2"),
                k("b", "smart.not-measurable", "3"), k("b", "smart.no-baseline", "1"));
        CorpusAgreement a = new CorpusAgreement(raised, expected);
        assertEquals(List.of("smart.no-baseline", "smart.not-measurable", "smart.not-specific"),
                List.copyOf(a.perRule().keySet()));
        assertEquals(new Share(2, 2), a.perRule().get("smart.not-measurable")[0]);
        assertEquals("66.7%", a.perRule().get("smart.not-measurable")[1].percent());
        assertEquals("0.0%", a.perRule().get("smart.not-specific")[0].percent());
        assertEquals("-", a.perRule().get("smart.not-specific")[1].percent());
        assertEquals("-", a.perRule().get("smart.no-baseline")[0].percent());
        assertEquals(new Share(0, 1), a.perRule().get("smart.no-baseline")[1]);
        assertEquals("| rule | raised | expected | matched | precision | recall |\n"
                + "|---|---|---|---|---|---|\n"
                + "| **all rules** | 3 | 4 | 2 | 66.7% | 50.0% |\n"
                + "| `smart.no-baseline` | 0 | 1 | 0 | - | 0.0% |\n"
                + "| `smart.not-measurable` | 2 | 3 | 2 | 100.0% | 66.7% |\n"
                + "| `smart.not-specific` | 1 | 0 | 0 | 0.0% | - |\n", a.table());
    }

    @Test
    void thresholdsAreComparedExactlyAndAnUndefinedShareMeetsNone() {
        // 9/10 is exactly 90%; 89/99 is 89.89...%, which rounds to 89.9% but is below 90%.
        assertTrue(new Share(9, 10).atLeast(90));
        assertFalse(new Share(89, 99).atLeast(90));
        assertEquals("89.9%", new Share(89, 99).percent());
        // 2/3 = 66.666...% rounds half up to 66.7%; 1/8 = 12.5% exactly.
        assertEquals("66.7%", new Share(2, 3).percent());
        assertEquals("12.5%", new Share(1, 8).percent());
        assertFalse(new Share(0, 0).atLeast(0));
        assertEquals("-", new Share(0, 0).percent());
        assertEquals("0/0 (-)", new Share(0, 0).toString());
    }

    @Test
    void keysRejectNullsWithTheFieldName() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> k("a", null, "1"));
        assertEquals("code", e.getMessage());
        assertEquals("objective", assertThrows(NullPointerException.class, () -> k("a", "c", null)).getMessage());
        assertEquals("document", assertThrows(NullPointerException.class, () -> k(null, "c", "1")).getMessage());
    }
}
