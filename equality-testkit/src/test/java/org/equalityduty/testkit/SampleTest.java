package org.equalityduty.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SampleTest {

    @Test
    void sampleUsesASplittableRandomOfTheSeed() {
        Sample<Long> next = random -> random.nextLong();
        assertEquals(new SplittableRandom(5L).nextLong(), next.sample(5L));
        SplittableRandom r = new SplittableRandom(6L);
        assertEquals(List.of(r.nextLong(), r.nextLong(), r.nextLong()), next.samples(6L, 3));
        assertEquals(List.of(), next.samples(6L, 0));
    }

    @Test
    void mapTransformsEachValue() {
        Sample<String> urns = EqualityGenerators.urns();
        assertEquals(urns.sample(8L).length(), urns.map(String::length).sample(8L));
        assertThrows(NullPointerException.class, () -> urns.map(null));
    }
}
