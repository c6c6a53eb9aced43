package org.equalityduty.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Building publications: structure, and the exact message for every impossible one. */
class PublicationTest {
    private static Publication.Builder twoTables() {
        Publication.Builder b = Publication.builder();
        b.table("a", "A").rows("x", "y").columns("n").counts(new long[][] {{12}, {30}}).totalRow().add();
        b.table("b", "B").rows("x", "z").columns("n").counts(new long[][] {{12}, {5}}).add();
        return b;
    }

    private static void fails(String message, Executable e) {
        assertEquals(message, assertThrows(DisclosureInputException.class, e).getMessage());
    }

    @Test
    void linkedCellsAreOneQuantity() {
        Publication.Builder b = twoTables();
        assertEquals(5, b.build().getQuantityCount(), "a: x, y, Total; b: x, z");
        b.link(CellRef.of("a", "x", "n"), CellRef.of("b", "x", "n"));
        Publication p = b.build();
        assertEquals(4, p.getQuantityCount());
        assertEquals(List.of("a", "b"), p.getTableIds());
    }

    @Test
    void figuresAreListedInOrder() {
        Publication.Builder b = twoTables();
        b.percentage("p", CellRef.of("a", "x", "n"), CellRef.of("a", "Total", "n"), 1);
        b.figure("m", FigureKind.MEAN, "101.2").denominator(CellRef.of("a", "y", "n")).add();
        assertEquals(List.of("p", "m"), b.build().getFigureIds());
    }

    @Test
    void badReferencesAndCounts() {
        Publication.Builder b = twoTables();
        fails("cell.table: no table 'q' has been added", () -> b.link(CellRef.of("q", "x", "n"), CellRef.of("a", "x", "n")));
        fails("cell.row: table 'a' has no row 'w'", () -> b.link(CellRef.of("a", "w", "n"), CellRef.of("a", "x", "n")));
        fails("cell.column: table 'a' has no column 'm'",
                () -> b.link(CellRef.of("a", "x", "m"), CellRef.of("a", "x", "n")));
        fails("cell.table: no table 'q' has been added", () -> b.published(CellRef.of("q", "x", "n")));
        fails("cell.row: table 'a' has no row 'w'", () -> b.published(CellRef.of("a", "w", "n")));
        fails("link: a/y/n (30) and b/x/n (12) hold different counts",
                () -> b.link(CellRef.of("a", "y", "n"), CellRef.of("b", "x", "n")));
        fails("sum: a/Total/n (42) is not the sum of its 2 parts (17)",
                () -> b.sum(CellRef.of("a", "Total", "n"), CellRef.of("b", "x", "n"), CellRef.of("b", "z", "n")));
        fails("sum.parts must not be empty: a/x/n", () -> b.sum(CellRef.of("a", "x", "n")));
        fails("percentage: numerator a/Total/n (42) exceeds denominator a/x/n (12)",
                () -> b.percentage("p", CellRef.of("a", "Total", "n"), CellRef.of("a", "x", "n"), 1));
        fails("percentage.decimals must be from 0 to 6: 7",
                () -> b.percentage("p", CellRef.of("a", "x", "n"), CellRef.of("a", "Total", "n"), 7));
        fails("table.id is already used: 'a'", () -> b.table("a", "again"));
        fails("table.id must not be blank: ' '", () -> b.table(" ", "blank"));
        fails("tables must not be empty: a publication needs a table", () -> Publication.builder().build());
    }

    @Test
    void badFigures() {
        Publication.Builder b = twoTables();
        b.percentage("p", CellRef.of("a", "x", "n"), CellRef.of("a", "Total", "n"), 1);
        fails("figure.id is already used: 'p'", () -> b.figure("p", FigureKind.RATE, "1.0"));
        fails("figure 'r' must depend on at least one count or figure", () -> b.figure("r", FigureKind.RATIO, "2").add());
        fails("figure.dependsOnFigures: figure 'k' depends on 'later', which has not been added before it",
                () -> b.figure("k", FigureKind.RANK, "1st").dependsOnFigures("later").add());
    }

    @Test
    void badCoarsenings() {
        Publication.Builder b = twoTables();
        fails("coarsening.table: no table 'q' has been added", () -> b.coarsening("q", "Q", Map.of()));
        fails("coarsening.groups: group 'g' is empty", () -> b.coarsening("a", "A", Map.of("g", List.of())));
        fails("coarsening.groups: table 'a' has no row 'w'", () -> b.coarsening("a", "A", Map.of("g", List.of("w"))));
        fails("coarsening.groups: row 'x' is in two groups",
                () -> b.coarsening("a", "A", Map.of("g", List.of("x", "x"))));
        fails("coarsening.groups: group 'y' has the label of another row of table 'a'",
                () -> b.coarsening("a", "A", Map.of("y", List.of("x"))));
    }

    @Test
    void aCallersOwnPrimaryIsWithheldAndProtected() {
        Publication.Builder b = Publication.builder();
        b.table("t", "t").rows("p", "q", "r").columns("n").counts(new long[][] {{40}, {50}, {60}}).totalRow().add();
        b.primary(CellRef.of("t", "p", "n"));
        ProtectedPublication out = DisclosureControl.protect(b.build(), DisclosureRules.defaults());
        assertEquals(CellStatus.PRIMARY, out.getTable("t").getCell("p", "n").getStatus());
        assertEquals(CellStatus.SECONDARY, out.getTable("t").getCell("q", "n").getStatus(), "the cheaper of q and r");
        assertEquals("60", out.getTable("t").getCell("r", "n").getText());
        assertEquals("t/p/n in [1, 89]", out.getAudit().get(0).toString(), "150 - 60 - 1 = 89 (hand calculation)");
    }
}
