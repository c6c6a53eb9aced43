package org.equalityduty.paygap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
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

    /** Equal by name, status, value and reason. */
    @Test
    void valueSemantics() {
        ValueSemantics.assertValueSemantics(Figure.computed("MaleBonusPercent", new BigDecimal("12.5")),
                Figure.computed("MaleBonusPercent", new BigDecimal("12.5")), List.of(
                        Figure.computed("FemaleBonusPercent", new BigDecimal("12.5")),
                        Figure.computed("MaleBonusPercent", new BigDecimal("12.6")),
                        Figure.notComputed("MaleBonusPercent", "no men"),
                        Figure.withheld("MaleBonusPercent", "no men")));
        ValueSemantics.assertValueSemantics(Figure.notComputed("X", "a"), Figure.notComputed("X", "a"),
                List.of(Figure.notComputed("X", "b"), Figure.withheld("X", "a")));
    }
}
