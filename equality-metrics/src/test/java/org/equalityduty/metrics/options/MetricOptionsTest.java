package org.equalityduty.metrics.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MetricOptionsTest {

    @Test
    void defaultsAndCopies() {
        MetricOptions d = MetricOptions.defaults();
        assertEquals(5, d.getMinimumGroupSize());
        assertEquals(0.95, d.getConfidenceLevel(), 0);
        assertEquals(Polarity.HIGHER_IS_BETTER, d.getPolarity());
        MetricOptions o = d.withMinimumGroupSize(10).withConfidenceLevel(0.9);
        assertEquals(10, o.getMinimumGroupSize());
        assertEquals(5, d.getMinimumGroupSize());
        assertEquals("MetricOptions[minimumGroupSize=10, confidenceLevel=0.9, polarity=HIGHER_IS_BETTER]",
                o.toString());
        assertEquals(o, MetricOptions.defaults().withConfidenceLevel(0.9).withMinimumGroupSize(10));
    }

    @Test
    void badArgumentsAreRejectedByName() {
        assertEquals("minimumGroupSize must be at least 1: 0", assertThrows(IllegalArgumentException.class,
                () -> MetricOptions.defaults().withMinimumGroupSize(0)).getMessage());
        assertEquals("confidenceLevel must be strictly between 0 and 1: 1.0", assertThrows(
                IllegalArgumentException.class, () -> MetricOptions.defaults().withConfidenceLevel(1)).getMessage());
        assertEquals("polarity", assertThrows(NullPointerException.class,
                () -> MetricOptions.defaults().withPolarity(null)).getMessage());
    }

    @Test
    void aConfidenceLevelOfZeroIsRejected() {
        assertEquals("confidenceLevel must be strictly between 0 and 1: 0.0", assertThrows(
                IllegalArgumentException.class, () -> MetricOptions.defaults().withConfidenceLevel(0)).getMessage());
    }

    @Test
    void optionsDifferingInOneSettingAreNotEqual() {
        MetricOptions d = MetricOptions.defaults();
        assertNotEquals(d.withMinimumGroupSize(10), d);
        assertNotEquals(d.withConfidenceLevel(0.9), d);
        assertNotEquals(d.withPolarity(Polarity.LOWER_IS_BETTER), d);
        assertEquals(d.withMinimumGroupSize(10).hashCode(), MetricOptions.defaults().withMinimumGroupSize(10).hashCode());
        assertNotEquals(d.withMinimumGroupSize(10).hashCode(), d.hashCode());
    }
}
