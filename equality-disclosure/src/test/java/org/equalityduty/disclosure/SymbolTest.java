package org.equalityduty.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SymbolTest {
    @Test
    void everySymbolHasItsCodeAndAnExplanation() {
        assertEquals("c", Symbol.CONFIDENTIAL.getCode());
        assertEquals("x", Symbol.NOT_AVAILABLE.getCode());
        assertEquals("z", Symbol.NOT_APPLICABLE.getCode());
        assertEquals("low", Symbol.LOW.getCode());
        assertEquals("u", Symbol.LOW_RELIABILITY.getCode());
        assertEquals("not available", Symbol.NOT_AVAILABLE.getExplanation());
        assertEquals("rounds to zero, but is not zero", Symbol.LOW.getExplanation());
        assertEquals("confidential: withheld so that no person can be identified, including figures withheld because"
                + " they would let a withheld figure be worked out", Symbol.CONFIDENTIAL.getExplanation());
    }

    @Test
    void aLegendEntryPairsTheWrittenSymbolWithItsMeaning() {
        LegendEntry e = new LegendEntry(Symbol.NOT_APPLICABLE, SymbolStyle.GSS_BRACKETED);
        assertEquals(Symbol.NOT_APPLICABLE, e.getSymbol());
        assertEquals("[z]", e.getText());
        assertEquals("not applicable", e.getExplanation());
        assertEquals("[z] = not applicable", e.toString());
    }
}
