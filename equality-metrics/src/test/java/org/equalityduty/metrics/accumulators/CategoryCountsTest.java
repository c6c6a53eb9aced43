package org.equalityduty.metrics.accumulators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class CategoryCountsTest extends AccumulatorContract<CategoryCounts<String>, CategoryCountsTest.Weighted> {

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

    // ---- the accumulator contract: people with an FTE in three categories; headcounts exactly, weights to 1e-12

    /** One person in a category with a weight (an FTE). */
    record Weighted(String category, double weight) {
    }

    private static final List<String> THREE = List.of("A", "B", "C");

    @Override
    CategoryCounts<String> empty() {
        return CategoryCounts.over(THREE);
    }

    @Override
    CategoryCounts<String> add(CategoryCounts<String> accumulator, Weighted observation) {
        return accumulator.add(observation.category(), observation.weight());
    }

    @Override
    Gen<Weighted> observations() {
        return integers().between(0, 2).zip(doubles().between(0, 2), (c, w) -> new Weighted(THREE.get(c), w));
    }

    @Override
    void assertSameFigures(CategoryCounts<String> expected, CategoryCounts<String> actual) {
        assertEquals(expected.asMap(), actual.asMap());
        for (String k : THREE) {
            assertEquals(expected.getWeight(k), actual.getWeight(k), 1e-12 * (1 + expected.getWeight(k)), k);
        }
        assertEquals(expected.getTotalSquaredWeight(), actual.getTotalSquaredWeight(),
                1e-12 * (1 + expected.getTotalSquaredWeight()));
    }

    @Override
    void assertEmpty(CategoryCounts<String> empty) {
        assertEquals(Map.of("A", 0L, "B", 0L, "C", 0L), empty.asMap());
        assertEquals(0, empty.getTotalWeight(), 0);
    }

    @Override
    void assertSingle(CategoryCounts<String> single, Weighted observation) {
        assertEquals(1, single.getTotalCount());
        assertEquals(1, single.getCount(observation.category()));
        assertEquals(observation.weight(), single.getWeight(observation.category()), 0);
        assertEquals(observation.weight() * observation.weight(), single.getTotalSquaredWeight(), 0);
    }

    @Test
    void recordsCountedWithoutWeightsWeighOneEach() {
        List<Staff> staff = List.of(new Staff("F", 0.5), new Staff("F", 0.5), new Staff("M", 1));
        CategoryCounts<String> counts = CategoryCounts.over(List.of("F", "M")).addAll(staff, Staff::sex);
        assertEquals(2.0, counts.getWeight("F"), 0);
        assertEquals(3.0, counts.getTotalWeight(), 0);
        assertEquals("CategoryCounts{F=2, M=1}", counts.toString());
    }
}
