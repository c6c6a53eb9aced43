package org.equalityduty.metrics.accumulators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CategoryCountsTest {

    record Staff(String sex, double fte) { }

    @Test
    void countsAndWeightsCombineExactly() {
        List<Staff> a = List.of(new Staff("F", 1), new Staff("F", 0.5), new Staff("M", 1));
        List<Staff> b = List.of(new Staff("M", 0.5));
        CategoryCounts<String> school = CategoryCounts.over(List.of("F", "M", "X")).addAll(a, Staff::sex, Staff::fte);
        CategoryCounts<String> other = CategoryCounts.over(List.of("F", "M", "X")).addAll(b, Staff::sex, Staff::fte);
        school.combine(other);
        assertEquals(Map.of("F", 2L, "M", 2L, "X", 0L), school.asMap());
        assertEquals(1.5, school.getWeight("M"), 0);
        assertEquals(4, school.getTotalCount());
        assertEquals(3.0, school.getTotalWeight(), 0);
    }

    @Test
    void badWeightsAreRejectedByName() {
        assertEquals("weight for F must be finite and not negative: -1.0", assertThrows(IllegalArgumentException.class,
                () -> CategoryCounts.over(List.of("F")).add("F", -1)).getMessage());
    }
}
