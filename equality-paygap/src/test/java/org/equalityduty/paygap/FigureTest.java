package org.equalityduty.paygap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class FigureTest {
    @Test
    void computedAndNot() {
        Figure f = Figure.computed("DiffMeanHourlyPercent", new BigDecimal("12.3"));
        assertEquals(FigureStatus.COMPUTED, f.getStatus());
        assertEquals("", f.getReason());
        assertEquals("DiffMeanHourlyPercent 12.3", f.toString());
        Figure n = Figure.notComputed("DiffMeanBonusPercent", "no man was paid bonus pay");
        assertTrue(n.getValue().isEmpty());
        assertEquals("DiffMeanBonusPercent NOT_COMPUTED (no man was paid bonus pay)", n.toString());
        assertEquals(FigureStatus.WITHHELD, Figure.withheld("x", "fewer than 50").getStatus());
        assertEquals(Figure.computed("a", new BigDecimal("1.0")), Figure.computed("a", new BigDecimal("1.0")));
        assertEquals(RoundingMode.HALF_UP, Figure.ROUNDING);
        assertEquals(1, Figure.SCALE);
    }
}
