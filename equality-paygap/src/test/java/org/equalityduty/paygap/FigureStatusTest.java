package org.equalityduty.paygap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FigureStatusTest {
    @Test
    void threeStatuses() {
        assertEquals(List.of(FigureStatus.COMPUTED, FigureStatus.NOT_COMPUTED, FigureStatus.WITHHELD),
                List.of(FigureStatus.values()));
    }
}
