package org.equalityduty.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ReferenceTest {

    @Test
    void kindsAndLabels() {
        assertEquals(Reference.Kind.NAMED_GROUP, Reference.namedGroup("girls").getKind());
        assertEquals("girls", Reference.namedGroup("girls").getLabel());
        assertEquals("REST_OF_POPULATION[rest of population]", Reference.restOfPopulation().toString());
        assertEquals(0.61, Reference.externalBenchmark("national 2024/25", 0.61).getBenchmark(), 0);
        assertEquals("a WHOLE_POPULATION reference has no benchmark value",
                assertThrows(IllegalStateException.class, () -> Reference.wholePopulation().getBenchmark())
                        .getMessage());
    }

    @Test
    void badArgumentsAreRejectedByName() {
        assertEquals("label must not be blank: ' '",
                assertThrows(IllegalArgumentException.class, () -> Reference.namedGroup(" ")).getMessage());
        assertEquals("value must be finite: NaN", assertThrows(IllegalArgumentException.class,
                () -> Reference.externalBenchmark("x", Double.NaN)).getMessage());
    }
}
