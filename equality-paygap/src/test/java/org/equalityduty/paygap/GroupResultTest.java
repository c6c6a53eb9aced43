package org.equalityduty.paygap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroupResultTest {
    @Test
    void figuresByName() {
        GroupResult g = new GroupResult("Indian", false, 60, true,
                List.of(Figure.computed("DiffMeanHourlyPercent", new BigDecimal("4.2"))));
        assertEquals("4.2", g.getFigure("DiffMeanHourlyPercent").getValue().get().toPlainString());
        assertEquals("no figure 'Nope'", assertThrows(IllegalArgumentException.class,
                () -> g.getFigure("Nope")).getMessage());
        assertEquals("Indian: [DiffMeanHourlyPercent 4.2]", g.toString());
        assertEquals(60, g.getRelevantEmployees());
    }

    @Test
    void valueSemantics() {
        List<Figure> figures = List.of(Figure.computed("BonusPercent", new BigDecimal("4.2")));
        ValueSemantics.assertValueSemantics(new GroupResult("Indian", false, 60, true, figures),
                new GroupResult("Indian", false, 60, true, List.copyOf(figures)), List.of(
                        new GroupResult("Pakistani", false, 60, true, figures),
                        new GroupResult("Indian", true, 60, true, figures),
                        new GroupResult("Indian", false, 61, true, figures),
                        new GroupResult("Indian", false, 60, false, figures),
                        new GroupResult("Indian", false, 60, true, List.of())));
    }
}
