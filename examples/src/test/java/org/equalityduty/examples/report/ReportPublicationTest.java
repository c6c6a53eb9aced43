package org.equalityduty.examples.report;

import static org.equalityduty.examples.report.ReportPublication.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.equalityduty.examples.report.ReportModel.Figure;
import org.equalityduty.examples.report.ReportModel.Row;
import org.equalityduty.examples.report.ReportModel.RowKind;
import org.equalityduty.examples.report.ReportModel.Table;
import org.junit.jupiter.api.Test;

/** The report's publication: the texts a section renders for counts and figures, and their symbols. */
class ReportPublicationTest {
    @Test
    void countsAndFiguresAreRenderedAsTheProtectionAllows() {
        ReportPublication pub = new ReportPublication();
        pub.builder().table("small", "pupils").rows("a", "a2").columns("Met", "Not met")
                .counts(new long[][] {{4, 30}, {12, 35}}).totals().add();
        pub.builder().table("t", "pupils").rows("b", "c").columns("Met", "Not met")
                .counts(new long[][] {{40, 45}, {0, 0}}).totals().add();
        pub.builder().table("big", "pupils").rows("d").columns("Met", "Not met")
                .counts(new long[][] {{15, 39_985}}).totals().add();
        pub.builder().percentage("a", ref("small", "a", "Met"), ref("small", "a", "Total"), 1);
        for (String g : List.of("b", "c")) {
            pub.builder().percentage(g, ref("t", g, "Met"), ref("t", g, "Total"), 1);
        }
        pub.builder().percentage("d", ref("big", "d", "Met"), ref("big", "d", "Total"), 1);
        pub.protect();
        assertEquals("c", pub.count("small", "a", "Met"), "4 is a small count");
        assertEquals("c", pub.figure("a"));
        // Hand calculation: 40 of 85 is 47.06%, 47.1 to one place, half up.
        assertEquals("47.1", pub.figure("b"));
        assertTrue(pub.shown("b"));
        assertEquals("x", pub.figure("c"), "no one in the group: not available");
        // 15 of 40,000 is 0.0375%: 0.0 to one place, but not zero.
        assertEquals("low", pub.figure("d"));
        assertFalse(pub.shown("d"));
        assertThrows(IllegalStateException.class, pub::builder, "declared after protection");
    }

    @Test
    void everySymbolATableUsesIsExplained() {
        Table t = new Table(List.of("Group", "%"), List.of(new Row(List.of("a", "c"), RowKind.SUPPRESSED),
                new Row(List.of("b", "low"), RowKind.SHOWN)));
        List<String> symbols = HtmlRenderer.symbols(new Figure("f", "f", List.of(), t, java.util.Optional.empty()));
        assertEquals(List.of(ReportModel.SUPPRESSED_MEANING, ReportModel.LOW_MEANING), symbols);
        assertEquals("low = rounds to zero, but is not zero.", ReportModel.LOW_MEANING);
    }
}
