package org.equalityduty.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FigureBuilderTest {
    private static Publication.Builder table() {
        Publication.Builder b = Publication.builder();
        b.table("t", "t").rows("group", "others").columns("met", "pupils").counts(new long[][] {{20, 40}, {70, 80}})
                .add();
        return b;
    }

    /** An "others" complement reveals the others' count: withheld with it, shown with it. */
    @Test
    void anOthersComplementFollowsTheCountsItReveals() {
        Publication.Builder b = table();
        b.figure("others", FigureKind.OTHERS_COMPLEMENT, "87.5").denominator(CellRef.of("t", "others", "pupils"))
                .reveals(CellRef.of("t", "others", "met")).add();
        b.figure("ratio", FigureKind.RATIO, "0.5").dependsOn(CellRef.of("t", "group", "met"),
                CellRef.of("t", "group", "pupils")).add();
        ProtectedPublication out = DisclosureControl.protect(b.build(), DisclosureRules.defaults());
        assertEquals("87.5", out.getFigure("others").getText());
        assertEquals("0.5", out.getFigure("ratio").getText());
        ProtectedPublication strict = DisclosureControl.protect(b.build(),
                DisclosureRules.defaults().withMinimumDenominator(100));
        assertEquals("c", strict.getFigure("others").getText());
        assertEquals(CellStatus.PRIMARY, strict.getTable("t").getCell("others", "met").getStatus());
    }

    @Test
    void nullsAreRejected() {
        FigureBuilder f = table().figure("x", FigureKind.RATE, "1");
        assertEquals("cells", assertThrows(NullPointerException.class, () -> f.dependsOn((CellRef[]) null)).getMessage());
        assertEquals("cells", assertThrows(NullPointerException.class, () -> f.reveals((CellRef[]) null)).getMessage());
        assertEquals("ids", assertThrows(NullPointerException.class, () -> f.dependsOnFigures((String[]) null))
                .getMessage());
        assertEquals("kind", assertThrows(NullPointerException.class, () -> table().figure("y", null, "1")).getMessage());
        assertEquals("text", assertThrows(NullPointerException.class,
                () -> table().figure("y", FigureKind.RATE, null)).getMessage());
    }
}
