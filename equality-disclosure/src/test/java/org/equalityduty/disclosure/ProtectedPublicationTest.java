package org.equalityduty.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading a protected publication as a report builder does: each cell's text, the legend, the counts. */
class ProtectedPublicationTest {
    private static ProtectedPublication sample() {
        Publication.Builder b = Publication.builder();
        b.table("t", "Pupils").rows("a", "b", "c").columns("n").counts(new long[][] {{4}, {40}, {60}}).totalRow().add();
        b.percentage("pa", CellRef.of("t", "a", "n"), CellRef.of("t", "Total", "n"), 0);
        return DisclosureControl.protect(b.build(), DisclosureRules.defaults());
    }

    @Test
    void aReportBuilderReadsTextsAndTheLegend() {
        ProtectedPublication p = sample();
        assertEquals(ProtectionStatus.PROTECTED, p.getStatus());
        assertEquals("Every small count is protected to a width of at least 10: 1 withheld by the primary rule, 1"
                + " more to protect them.", p.getReason());
        ProtectedTable t = p.getTable("t");
        assertEquals("Pupils", t.getTitle());
        assertEquals(List.of("c", "c", "60", "104"), List.of(t.getCell(0, 0).getText(), t.getCell(1, 0).getText(),
                t.getCell(2, 0).getText(), t.getCell(3, 0).getText()));
        assertEquals(List.of("c = confidential: withheld so that no person can be identified, including figures"
                + " withheld because they would let a withheld figure be worked out"),
                t.getLegend().stream().map(LegendEntry::toString).toList());
        assertEquals(t.getLegend().toString(), p.getLegend().toString());
        assertEquals("c", p.getFigure("pa").getText());
        assertEquals(1, p.getPrimaryCount());
        assertEquals(1, p.getSecondaryCount());
        assertEquals(40, p.getSecondaryTotal());
        assertEquals(0, p.getWithheldCount());
        assertEquals(List.of("t"), p.getTables().stream().map(ProtectedTable::getId).toList());
        assertEquals(DisclosureRules.defaults().toString(), p.getRules().toString());
        assertTrue(t.getNotes().isEmpty());
        assertFalse(t.isWithheld());
    }

    @Test
    void cellsAndCountsAndUnknownNames() {
        ProtectedPublication p = sample();
        ProtectedTable t = p.getTable("t");
        PublishedCell shown = t.getCell("c", "n");
        assertTrue(shown.isShown());
        assertEquals(60, shown.getCount().getAsLong());
        assertTrue(shown.getSymbol().isEmpty());
        PublishedCell hidden = t.getCell("a", "n");
        assertTrue(hidden.getCount().isEmpty(), "a withheld cell never carries its count");
        assertEquals(Symbol.CONFIDENTIAL, hidden.getSymbol().orElseThrow());
        assertEquals("c", hidden.toString());
        assertEquals("table: no table 'q'", assertThrows(DisclosureInputException.class, () -> p.getTable("q"))
                .getMessage());
        assertEquals("figure: no figure 'q'", assertThrows(DisclosureInputException.class, () -> p.getFigure("q"))
                .getMessage());
        assertEquals("row: table 't' has no row 'q'", assertThrows(DisclosureInputException.class,
                () -> t.getCell("q", "n")).getMessage());
        assertEquals("column: table 't' has no column 'q'", assertThrows(DisclosureInputException.class,
                () -> t.getCell("a", "q")).getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> t.getCell(4, 0));
    }

    @Test
    void theAuditIsForTheRecord() {
        AuditedInterval a = sample().getAudit().get(0);
        assertEquals("t/a/n", a.getCell());
        assertEquals(4, a.getValue());
        assertTrue(a.isKnown());
        assertTrue(a.isBounded());
        assertEquals(1, a.getLower());
        assertEquals(43, a.getUpper(), "104 - 60 - 1: b is at least 1 (hand calculation)");
        assertTrue(a.isAtLeast(42));
        assertFalse(a.isAtLeast(43));
        AuditedInterval open = new AuditedInterval("x", 3, true, 1, Long.MAX_VALUE);
        assertEquals("x in [1, unbounded]", open.toString());
        assertTrue(open.isAtLeast(1_000_000));
        AuditedInterval unknown = new AuditedInterval("y", 3, false, 0, Long.MAX_VALUE);
        assertFalse(unknown.isAtLeast(1));
        assertEquals("y in [0, unbounded] (unknown: solver limit)", unknown.toString());
    }
}
