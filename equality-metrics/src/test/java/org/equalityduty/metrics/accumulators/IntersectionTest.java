package org.equalityduty.metrics.accumulators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class IntersectionTest {

    @Test
    void cartesianProductInDeclaredOrder() {
        assertEquals(List.of(Intersection.of("D", "M"), Intersection.of("D", "F"), Intersection.of("N", "M"),
                Intersection.of("N", "F")), Intersection.all(List.of("D", "N"), List.of("M", "F")));
        assertEquals("D & M", Intersection.of("D", "M").toString());
        assertEquals("second", assertThrows(NullPointerException.class, () -> Intersection.of("D", null))
                .getMessage());
    }

    @Test
    void aDimensionWithNoCategoriesGivesNoCells() {
        assertEquals(List.of(), Intersection.all(List.of(true, false), List.of()));
        assertEquals(List.of(), Intersection.all(List.of(), List.of("M", "F")));
    }
}
