package org.equalityduty.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Protecting whole publications: the attacks of issue 16, derived figures, coarser groups, rounding and symbols,
 * and failing closed. Intervals are checked with the independent {@link Intruder} or worked by hand.
 */
class DisclosureControlTest {
    private static final DisclosureRules RULES = DisclosureRules.defaults();

    private static long[][] col(long... v) {
        long[][] out = new long[v.length][1];
        for (int i = 0; i < v.length; i++) {
            out[i][0] = v[i];
        }
        return out;
    }

    /**
     * The first attack: 32 pupils, 30 shown, so two suppressed rows share 2 and, being at least 1 each, are
     * each exactly 1. Protected, the 30 is withheld too, and each small row lies in [1, 30] (32 minus the other two,
     * each at least 1; hand calculation), confirmed by the intruder.
     */
    @Test
    void aTotalMinusTheShownRowsNoLongerGivesTheHiddenRows() {
        Publication pub = Publication.builder().table("t", "pupils").rows("Mixed", "Black", "White British")
                .columns("Pupils").counts(col(1, 1, 30)).totalRow().add().build();
        ProtectedPublication out = DisclosureControl.protect(pub, RULES);
        ProtectedTable t = out.getTable("t");
        assertEquals(ProtectionStatus.PROTECTED, out.getStatus());
        assertEquals(CellStatus.PRIMARY, t.getCell("Mixed", "Pupils").getStatus());
        assertEquals(CellStatus.PRIMARY, t.getCell("Black", "Pupils").getStatus());
        assertEquals(CellStatus.SECONDARY, t.getCell("White British", "Pupils").getStatus());
        assertEquals("32", t.getCell("Total", "Pupils").getText());
        assertEquals(2, out.getPrimaryCount());
        assertEquals(1, out.getSecondaryCount());
        assertEquals(30, out.getSecondaryTotal());
        Intruder intruder = new Intruder(true);
        intruder.table(col(1, 1, 30, 32), t, true, false);
        assertEquals(new Intruder.Range(1, 30), intruder.attack(new Intruder.Pos(0, 0, 0)));
        assertEquals("[t/Mixed/Pupils in [1, 30], t/Black/Pupils in [1, 30]]", out.getAudit().toString());
    }

    /**
     * The second attack: a group's size hidden in one table and printed in another. Linked, the size is one
     * quantity, hidden in both tables; the intruder, told about the link, cannot narrow it below the width.
     */
    @Test
    void aGroupSizeHiddenInOneTableIsHiddenInEveryTable() {
        Publication.Builder b = Publication.builder();
        b.table("reading", "KS2 reading").rows("EHC plan", "SEN support", "No SEN").columns("Met", "Not met")
                .counts(new long[][] {{4, 8}, {20, 25}, {150, 40}}).totals().add();
        b.table("sizes", "Pupils").rows("EHC plan", "SEN support", "No SEN").columns("Pupils")
                .counts(col(12, 45, 190)).totalRow().add();
        for (String g : List.of("EHC plan", "SEN support", "No SEN")) {
            b.link(CellRef.of("reading", g, "Total"), CellRef.of("sizes", g, "Pupils"));
        }
        b.link(CellRef.of("reading", "Total", "Total"), CellRef.of("sizes", "Total", "Pupils"));
        ProtectedPublication out = DisclosureControl.protect(b.build(), RULES);
        assertEquals(ProtectionStatus.PROTECTED, out.getStatus());
        ProtectedTable reading = out.getTable("reading");
        ProtectedTable sizes = out.getTable("sizes");
        for (String g : List.of("EHC plan", "SEN support", "No SEN")) {
            assertEquals(reading.getCell(g, "Total").isShown(), sizes.getCell(g, "Pupils").isShown(), g);
        }
        Intruder intruder = new Intruder(true);
        intruder.table(RandomPublications.withMargins(new long[][] {{4, 8}, {20, 25}, {150, 40}}), reading, true, true);
        intruder.table(col(12, 45, 190, 247), sizes, true, false);
        for (int r = 0; r < 3; r++) {
            intruder.link(new Intruder.Pos(0, r, 2), new Intruder.Pos(1, r, 0));
        }
        intruder.link(new Intruder.Pos(0, 3, 2), new Intruder.Pos(1, 3, 0));
        assertTrue(intruder.attack(new Intruder.Pos(0, 0, 0)).width() >= 10);
        assertTrue(intruder.attack(new Intruder.Pos(0, 0, 1)).width() >= 10);
        out.getAudit().forEach(a -> assertTrue(a.isAtLeast(10), a.toString()));
    }

    /** Percentages: shown over a large denominator, `c` over a small one (and its numerator then withheld). */
    @Test
    void derivedFiguresFollowTheirCounts() {
        Publication.Builder b = Publication.builder();
        b.table("t", "KS2").rows("Disadvantaged", "Other", "EHC plan").columns("Met", "Pupils")
                .counts(new long[][] {{30, 50}, {120, 150}, {12, 15}}).add();
        b.percentage("dis", CellRef.of("t", "Disadvantaged", "Met"), CellRef.of("t", "Disadvantaged", "Pupils"), 1);
        b.percentage("ehc", CellRef.of("t", "EHC plan", "Met"), CellRef.of("t", "EHC plan", "Pupils"), 1);
        ProtectedPublication out = DisclosureControl.protect(b.build(), RULES.withMinimumDenominator(20));
        assertEquals("60.0", out.getFigure("dis").getText(), "30 / 50 = 60.0% (hand calculation)");
        assertEquals("c", out.getFigure("ehc").getText(), "15 pupils is below the minimum denominator 20");
        assertEquals(CellStatus.PRIMARY, out.getFigure("ehc").getStatus());
        assertEquals(CellStatus.PRIMARY, out.getTable("t").getCell("EHC plan", "Met").getStatus(),
                "the numerator is withheld too, or the percentage could be recomputed from 12 / 15");
        assertEquals("15", out.getTable("t").getCell("EHC plan", "Pupils").getText());
    }

    @Test
    void aFigureOnAHiddenCountIsWithheldAndSoIsARankOnIt() {
        Publication.Builder b = Publication.builder();
        b.table("t", "KS2").rows("A", "B").columns("Met", "Pupils").counts(new long[][] {{3, 40}, {30, 60}}).add();
        b.percentage("a", CellRef.of("t", "A", "Met"), CellRef.of("t", "A", "Pupils"), 0);
        b.percentage("b", CellRef.of("t", "B", "Met"), CellRef.of("t", "B", "Pupils"), 0);
        b.figure("rank", FigureKind.RANK, "B highest").dependsOnFigures("a", "b").add();
        b.figure("mean", FigureKind.MEAN, "103.4").denominator(CellRef.of("t", "B", "Pupils")).add();
        ProtectedPublication out = DisclosureControl.protect(b.build(), RULES);
        assertEquals("c", out.getFigure("a").getText());
        assertEquals(CellStatus.SECONDARY, out.getFigure("a").getStatus());
        assertEquals("50", out.getFigure("b").getText(), "30 / 60 = 50% (hand calculation)");
        assertEquals("c", out.getFigure("rank").getText(), "a rank would reveal where the hidden group stands");
        assertEquals("103.4", out.getFigure("mean").getText());
    }

    @Test
    void lowNotApplicableAndLowReliability() {
        Publication.Builder b = Publication.builder();
        b.table("t", "t").rows("A", "B", "C").columns("Met", "Pupils")
                .counts(new long[][] {{0, 0}, {10, 4000}, {15, 25}}).add();
        b.percentage("none", CellRef.of("t", "A", "Met"), CellRef.of("t", "A", "Pupils"), 0);
        b.percentage("tiny", CellRef.of("t", "B", "Met"), CellRef.of("t", "B", "Pupils"), 0);
        b.percentage("few", CellRef.of("t", "C", "Met"), CellRef.of("t", "C", "Pupils"), 0);
        ProtectedPublication out = DisclosureControl.protect(b.build(), RULES.withLowReliabilityBelow(30)
                .withSymbolStyle(SymbolStyle.GSS_BRACKETED));
        assertEquals("[z]", out.getFigure("none").getText());
        assertEquals("[low]", out.getFigure("tiny").getText(), "10 / 4000 = 0.25% rounds to 0 but is not 0");
        assertEquals("[u]", out.getFigure("few").getText());
        assertEquals(List.of("[z] = not applicable", "[low] = rounds to zero, but is not zero",
                "[u] = low reliability: based on too few people to be a reliable guide"),
                out.getLegend().stream().map(LegendEntry::toString).toList());
    }

    /** Coarser groups: minority ethnic groups combined instead of blanks, and the combined table is protected. */
    @Test
    void aCoarserGroupingReplacesBlanks() {
        Publication.Builder b = Publication.builder();
        b.table("eth", "Pupils by ethnicity").rows("White British", "Mixed", "Asian", "Black").columns("Pupils")
                .counts(col(200, 4, 12, 6)).totalRow().add();
        Map<String, List<String>> groups = new LinkedHashMap<>();
        groups.put("Minority ethnic groups", List.of("Mixed", "Asian", "Black"));
        b.coarsening("eth", "Pupils by ethnicity (minority ethnic groups combined)", groups);
        ProtectedPublication out = DisclosureControl.protect(b.build(), RULES);
        ProtectedTable t = out.getTable("eth");
        assertTrue(t.isCoarsened());
        assertEquals(List.of("White British", "Minority ethnic groups", "Total"), t.getRowLabels());
        assertEquals(List.of("200", "22", "222"), List.of(t.getCell(0, 0).getText(), t.getCell(1, 0).getText(),
                t.getCell(2, 0).getText()), "4 + 12 + 6 = 22; nothing is withheld");
        assertEquals(List.of("Groups are combined so that fewer figures need to be withheld."), t.getNotes());
        // The detail is no longer published, and the library's audit shows Mixed (4) and Black (6) in [0, 22].
        assertEquals(ProtectionStatus.PROTECTED, out.getStatus());
        assertEquals(0, out.getPrimaryCount(), "no shown cell is withheld");
    }

    @Test
    void aCoarseningIsNotUsedWhenTheDetailIsSafe() {
        Publication.Builder b = Publication.builder();
        b.table("sen", "SEN").rows("SEN support", "EHC plan", "No SEN").columns("Pupils").counts(col(40, 15, 300))
                .totalRow().add();
        b.coarsening("sen", "SEN combined", Map.of("SEN support or EHC plan", List.of("SEN support", "EHC plan")));
        ProtectedTable t = DisclosureControl.protect(b.build(), RULES).getTable("sen");
        assertFalse(t.isCoarsened());
        assertEquals("15", t.getCell("EHC plan", "Pupils").getText());
    }

    /** Rounding to 5 is applied per quantity, so a linked count shows the same in every table. */
    @Test
    void roundingIsConsistentAcrossLinkedTables() {
        Publication.Builder b = Publication.builder();
        b.table("a", "a").rows("x", "y").columns("n").counts(col(13, 27)).totalRow().add();
        b.table("b", "b").rows("x", "z").columns("n").counts(col(13, 3)).add();
        b.link(CellRef.of("a", "x", "n"), CellRef.of("b", "x", "n"));
        ProtectedPublication out = DisclosureControl.protect(b.build(), RULES.withThreshold(1)
                .withRounding(Rounding.NEAREST_FIVE));
        assertEquals("15", out.getTable("a").getCell("x", "n").getText(), "13 has remainder 3: up to 15");
        assertEquals("15", out.getTable("b").getCell("x", "n").getText());
        assertEquals("25", out.getTable("a").getCell("y", "n").getText(), "27 has remainder 2: down to 25");
        assertEquals("40", out.getTable("a").getCell("Total", "n").getText());
        assertEquals("fewer than 5", out.getTable("b").getCell("z", "n").getText());
        assertEquals(List.of("Counts are rounded to the nearest 5; \"fewer than 5\" means 1 to 4. Totals are rounded"
                + " separately, so they may not equal the sum of the rounded counts."), out.getTable("b").getNotes());
    }

    /** A width that the published total cannot allow: the table is withheld whole; the other is still shown. */
    @Test
    void failsClosedTableByTable() {
        Publication.Builder b = Publication.builder();
        b.table("small", "small").rows("x", "y").columns("n").counts(col(3, 40)).totalRow().totalsMayBeWithheld(false)
                .add();
        b.table("big", "big").rows("p", "q").columns("n").counts(col(100, 200)).totalRow().add();
        ProtectedPublication out = DisclosureControl.protect(b.build(), RULES.withProtectionWidth(50));
        assertEquals(ProtectionStatus.TABLES_WITHHELD, out.getStatus());
        assertTrue(out.getTable("small").isWithheld());
        assertEquals(CellStatus.WITHHELD, out.getTable("small").getCell("Total", "n").getStatus());
        assertFalse(out.getTable("big").isWithheld());
        assertEquals("300", out.getTable("big").getCell("Total", "n").getText());
        assertEquals("1 of 2 tables are withheld; the rest protect every small count to a width of at least 50.",
                out.getReason());
    }

    /** A solver limit is not a proof of safety: with one pivot allowed, everything is withheld. */
    @Test
    void failsClosedOnSolverLimits() {
        Publication pub = Publication.builder().table("t", "t").rows("a", "b", "c").columns("n").counts(col(3, 40, 50))
                .totalRow().add().build();
        ProtectedPublication out = DisclosureControl.protect(pub, RULES.withSolverLimits(1, 1));
        assertEquals(ProtectionStatus.ALL_WITHHELD, out.getStatus());
        assertTrue(out.getTable("t").isWithheld());
        for (int r = 0; r < 4; r++) {
            assertFalse(out.getTable("t").getCell(r, 0).isShown());
        }
    }

    @Test
    void theSameInputGivesTheSameOutput() {
        RandomPublications.Case c = RandomPublications.generate(42, true);
        ProtectedPublication one = DisclosureControl.protect(c.publication(), RULES);
        ProtectedPublication two = DisclosureControl.protect(c.publication(), RULES);
        for (int i = 0; i < one.getTables().size(); i++) {
            ProtectedTable a = one.getTables().get(i);
            ProtectedTable b = two.getTables().get(i);
            for (int r = 0; r < a.getRowLabels().size(); r++) {
                for (int k = 0; k < a.getColumnLabels().size(); k++) {
                    assertEquals(a.getCell(r, k).getText(), b.getCell(r, k).getText());
                }
            }
        }
        assertEquals(one.getAudit().toString(), two.getAudit().toString());
    }

    /**
     * A total the text quotes ("51 pupils") is declared published: it is never withheld, so the protection withholds
     * the cells around it instead. Counting withheld cells, hiding the total is as cheap as hiding a row, and the
     * engine hides it; declared published, it stays and the 20 goes, and the 1 lies in [1, 20] (51 - 30 = 21 for the
     * two hidden rows, each at least 1; hand calculation), confirmed by the intruder.
     */
    @Test
    void aTotalQuotedInTheTextIsNeverWithheld() {
        DisclosureRules byCount = RULES.withCost(SuppressionCost.CELL_COUNT);
        Publication plain = Publication.builder().table("t", "pupils").rows("Mixed", "Black", "White")
                .columns("Pupils").counts(col(1, 20, 30)).totalRow().add().build();
        assertEquals(CellStatus.SECONDARY, DisclosureControl.protect(plain, byCount).getTable("t")
                .getCell("Total", "Pupils").getStatus(), "without the declaration the total is withheld");
        Publication.Builder b = Publication.builder();
        b.table("t", "pupils").rows("Mixed", "Black", "White").columns("Pupils").counts(col(1, 20, 30)).totalRow()
                .add();
        b.published(CellRef.of("t", "Total", "Pupils"));
        ProtectedPublication out = DisclosureControl.protect(b.build(), byCount);
        ProtectedTable t = out.getTable("t");
        assertEquals(ProtectionStatus.PROTECTED, out.getStatus());
        assertEquals("51", t.getCell("Total", "Pupils").getText());
        assertEquals(CellStatus.SECONDARY, t.getCell("Black", "Pupils").getStatus());
        Intruder intruder = new Intruder(true);
        intruder.table(col(1, 20, 30, 51), t, true, false);
        assertEquals(new Intruder.Range(1, 20), intruder.attack(new Intruder.Pos(0, 0, 0)));
    }

    /**
     * A quoted total that is itself a small count is still a primary suppression: the text must not quote it.
     */
    @Test
    void aQuotedTotalThatIsSmallIsStillWithheld() {
        Publication.Builder b = Publication.builder();
        b.table("t", "pupils").rows("a", "b").columns("Pupils").counts(col(3, 4)).totalRow().add();
        b.published(CellRef.of("t", "Total", "Pupils"));
        ProtectedPublication out = DisclosureControl.protect(b.build(), RULES);
        assertEquals(CellStatus.PRIMARY, out.getTable("t").getCell("Total", "Pupils").getStatus());
    }

    /**
     * A gap between a group and the others depends on two figures: it is withheld with either, and it is not
     * applicable (not confidential) when the group is empty.
     */
    @Test
    void aDifferenceOfFiguresIsWithheldWithThemAndNotApplicableForAnEmptyGroup() {
        Publication.Builder b = Publication.builder();
        b.table("n", "pupils").rows("a", "b", "c").columns("Pupils").counts(col(0, 4, 40)).totalRow().add();
        for (String g : List.of("a", "b", "c")) {
            b.figure(g + "/mean", FigureKind.MEAN, "100.0").denominator(CellRef.of("n", g, "Pupils")).add();
            b.figure(g + "/others", FigureKind.OTHERS_COMPLEMENT, "101.0")
                    .dependsOn(CellRef.of("n", g, "Pupils"), CellRef.of("n", "Total", "Pupils")).add();
            b.figure(g + "/gap", FigureKind.DIFFERENCE, "-1.0").dependsOnFigures(g + "/mean", g + "/others").add();
            b.figure(g + "/ci", FigureKind.INTERVAL, "-2.0 to 0.0").dependsOnFigures(g + "/gap").add();
        }
        ProtectedPublication out = DisclosureControl.protect(b.build(), RULES);
        assertEquals(CellStatus.NOT_APPLICABLE, out.getFigure("a/gap").getStatus(), "an empty group: z, not c");
        assertEquals(CellStatus.NOT_APPLICABLE, out.getFigure("a/ci").getStatus());
        assertEquals(CellStatus.PRIMARY, out.getFigure("b/mean").getStatus(), "4 pupils: a small denominator");
        assertEquals(CellStatus.SECONDARY, out.getFigure("b/gap").getStatus());
        assertEquals(CellStatus.SECONDARY, out.getFigure("b/ci").getStatus());
        // 40 is withheld with the 4 (else 44 - 40 gives it), so c's figures are withheld too.
        assertEquals(CellStatus.SECONDARY, out.getFigure("c/gap").getStatus());
        assertEquals("c", out.getFigure("c/gap").getText());
    }
}
