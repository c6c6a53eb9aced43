package org.equalityduty.metrics.results;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MetricStatusTest {

    @Test
    void onlyOkAndBelowMinimumCarryAFigure() {
        assertTrue(MetricStatus.OK.hasValue());
        assertTrue(MetricStatus.BELOW_MINIMUM_GROUP_SIZE.hasValue());
        assertFalse(MetricStatus.EMPTY.hasValue());
        assertFalse(MetricStatus.UNDEFINED.hasValue());
    }
}
