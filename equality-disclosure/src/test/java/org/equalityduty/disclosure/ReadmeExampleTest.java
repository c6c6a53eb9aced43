package org.equalityduty.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's disclosure-control example, kept true: the same code, with the values its comments show. */
class ReadmeExampleTest {
    @Test
    void theReadmeExample() {
        Publication.Builder pub = Publication.builder();
        pub.table("ks2", "KS2 reading: expected standard").rows("No SEN", "SEN support", "EHC plan")
                .columns("Met", "Not met").counts(new long[][] {{150, 40}, {20, 25}, {4, 8}}).totals().add();
        pub.table("sizes", "Pupils").rows("No SEN", "SEN support", "EHC plan").columns("Pupils")
                .counts(new long[][] {{190}, {45}, {12}}).totalRow().add();
        pub.link(CellRef.of("ks2", "EHC plan", "Total"), CellRef.of("sizes", "EHC plan", "Pupils"));
        pub.percentage("ehc-met", CellRef.of("ks2", "EHC plan", "Met"), CellRef.of("ks2", "EHC plan", "Total"), 1);
        ProtectedPublication safe = DisclosureControl.protect(pub.build(), DisclosureRules.defaults());
        assertEquals("c", safe.getTable("ks2").getCell("EHC plan", "Met").getText());
        assertEquals(List.of(Symbol.CONFIDENTIAL),
                safe.getTable("ks2").getLegend().stream().map(LegendEntry::getSymbol).toList());
        assertEquals("c", safe.getFigure("ehc-met").getText(), "over 12 pupils, but its numerator (4) is withheld");
        assertEquals(ProtectionStatus.PROTECTED, safe.getStatus());
        safe.getAudit().forEach(a -> assertEquals(true, a.isAtLeast(10), a.toString()));
    }
}
