package org.equalityduty.metrics.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ComparisonTest {

    @Test
    void kindsAndLabels() {
        assertEquals(Comparison.Kind.NAMED_GROUP, Comparison.namedGroup("girls").getKind());
        assertEquals("girls", Comparison.namedGroup("girls").getLabel());
        assertEquals("REST_OF_POPULATION[rest of population]", Comparison.restOfPopulation().toString());
        assertEquals(0.61, Comparison.externalBenchmark("national 2024/25", 0.61).getBenchmark(), 0);
        assertEquals("a WHOLE_POPULATION reference has no benchmark value",
                assertThrows(IllegalStateException.class, () -> Comparison.wholePopulation().getBenchmark())
                        .getMessage());
    }

    @Test
    void badArgumentsAreRejectedByName() {
        assertEquals("label must not be blank: ' '",
                assertThrows(IllegalArgumentException.class, () -> Comparison.namedGroup(" ")).getMessage());
        assertEquals("value must be finite: NaN", assertThrows(IllegalArgumentException.class,
                () -> Comparison.externalBenchmark("x", Double.NaN)).getMessage());
    }

    @Test
    void equalComparisonsHashAlikeAndDifferentOnesApart() {
        assertEquals(Comparison.namedGroup("girls"), Comparison.namedGroup("girls"));
        assertEquals(Comparison.namedGroup("girls").hashCode(), Comparison.namedGroup("girls").hashCode());
        assertNotEquals(Comparison.namedGroup("girls").hashCode(), Comparison.namedGroup("boys").hashCode());
        assertNotEquals(Comparison.externalBenchmark("x", 0.5).hashCode(),
                Comparison.externalBenchmark("x", 0.6).hashCode());
        assertEquals("EXTERNAL_BENCHMARK[x=0.5]", Comparison.externalBenchmark("x", 0.5).toString());
    }
}
