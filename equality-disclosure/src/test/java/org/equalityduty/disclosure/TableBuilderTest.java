package org.equalityduty.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class TableBuilderTest {
    private static void fails(String message, Executable e) {
        assertEquals(message, assertThrows(DisclosureInputException.class, e).getMessage());
    }

    @Test
    void totalsAndSubtotalsAreAddedAndShown() {
        Publication pub = Publication.builder().table("t", "t").rows("a", "b", "c").columns("x", "y")
                .counts(new long[][] {{10, 20}, {30, 40}, {50, 60}}).subtotalRow("a+b", "a", "b").totals()
                .totalLabel("All").add().build();
        ProtectedTable t = DisclosureControl.protect(pub, DisclosureRules.defaults()).getTable("t");
        assertEquals(List.of("a", "b", "c", "a+b", "All"), t.getRowLabels());
        assertEquals(List.of("x", "y", "All"), t.getColumnLabels());
        assertEquals("40", t.getCell("a+b", "x").getText());
        assertEquals("100", t.getCell("a+b", "All").getText());
        assertEquals("210", t.getCell("All", "All").getText());
    }

    /** A subtotal is a relation the intruder uses: a hidden 3 under a subtotal of 13 needs the 10 withheld too. */
    @Test
    void aSubtotalIsProtectedLikeATotal() {
        Publication pub = Publication.builder().table("h", "h").rows("a", "b", "c").columns("n")
                .counts(new long[][] {{3}, {10}, {50}}).subtotalRow("a+b", "a", "b").totalRow().add().build();
        ProtectedPublication out = DisclosureControl.protect(pub, DisclosureRules.defaults());
        ProtectedTable t = out.getTable("h");
        assertTrue(!t.getCell("a", "n").isShown());
        Intruder intruder = new Intruder(true);
        long[][] full = {{3}, {10}, {50}, {13}, {63}};
        intruder.table(full, t, false, false);
        intruder.sum(new Intruder.Pos(0, 3, 0), List.of(new Intruder.Pos(0, 0, 0), new Intruder.Pos(0, 1, 0)));
        intruder.sum(new Intruder.Pos(0, 4, 0), List.of(new Intruder.Pos(0, 0, 0), new Intruder.Pos(0, 1, 0),
                new Intruder.Pos(0, 2, 0)));
        assertTrue(intruder.attack(new Intruder.Pos(0, 0, 0)).width() >= 10, out.getAudit().toString());
    }

    @Test
    void badTables() {
        Publication.Builder b = Publication.builder();
        fails("rows must not be empty: table 't'", () -> b.table("t", "t").columns("n").add());
        fails("columns must not be empty: table 't'", () -> b.table("t", "t").rows("r").add());
        fails("counts must be given: table 't'", () -> b.table("t", "t").rows("r").columns("n").add());
        fails("counts must have 2 rows: table 't' has 1",
                () -> b.table("t", "t").rows("r", "s").columns("n").counts(new long[][] {{1}}).add());
        fails("counts[0] must have 2 columns: table 't' row 'r' has 1",
                () -> b.table("t", "t").rows("r").columns("n", "m").counts(new long[][] {{1}}).add());
        fails("counts[0][0] must be at least 0: -4",
                () -> b.table("t", "t").rows("r").columns("n").counts(new long[][] {{-4}}).add());
        fails("counts[0][0] must be at most 1000000000: 1000000001",
                () -> b.table("t", "t").rows("r").columns("n").counts(new long[][] {{1_000_000_001L}}).add());
        fails("rows must not repeat a label: 'r'", () -> b.table("t", "t").rows("r", "r"));
        fails("columns must not contain a blank label: ''", () -> b.table("t", "t").columns(""));
        fails("rows must not be empty", () -> b.table("t", "t").rows());
        fails("totalLabel must not repeat a row label: 'r'", () -> b.table("t", "t").rows("r").columns("n")
                .counts(new long[][] {{1}}).totalLabel("r").totalRow().add());
        fails("totalLabel must not repeat a column label: 'n'", () -> b.table("t", "t").rows("r").columns("n")
                .counts(new long[][] {{1}}).totalLabel("n").totalColumn().add());
        fails("subtotalRow.rows: table 't' has no row 'q'", () -> b.table("t", "t").rows("r").columns("n")
                .counts(new long[][] {{1}}).subtotalRow("s", "q").add());
        fails("subtotalRow must not repeat a label: 'r'", () -> b.table("t", "t").rows("r").columns("n")
                .counts(new long[][] {{1}}).subtotalRow("r", "r").add());
        assertEquals("counts", assertThrows(NullPointerException.class, () -> b.table("t", "t").counts(null))
                .getMessage());
    }
}
