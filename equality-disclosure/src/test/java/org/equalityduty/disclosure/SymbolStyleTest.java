package org.equalityduty.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** DfE's codes (explore education statistics) and the GSS bracketed style. */
class SymbolStyleTest {
    @Test
    void dfeAndGss() {
        assertEquals("[c, x, z, low, u]",
                Arrays.toString(Arrays.stream(Symbol.values()).map(SymbolStyle.DFE::render).toArray()));
        assertEquals("[[c], [x], [z], [low], [u]]",
                Arrays.toString(Arrays.stream(Symbol.values()).map(SymbolStyle.GSS_BRACKETED::render).toArray()));
        assertEquals("symbol", assertThrows(NullPointerException.class, () -> SymbolStyle.DFE.render(null)).getMessage());
    }
}
