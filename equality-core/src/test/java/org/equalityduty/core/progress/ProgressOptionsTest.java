package org.equalityduty.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.equalityduty.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class ProgressOptionsTest {

    @Test
    void defaultsReadPercentAsStatedRelatively() {
        assertEquals(Reading.RELATIVE, ProgressOptions.defaults().getPercentAsStated());
    }

    @Test
    void withPercentAsStatedIsACopy() {
        ProgressOptions defaults = ProgressOptions.defaults();
        ProgressOptions points = defaults.withPercentAsStated(Reading.PERCENTAGE_POINTS);
        assertEquals(Reading.PERCENTAGE_POINTS, points.getPercentAsStated());
        assertEquals(Reading.RELATIVE, defaults.getPercentAsStated());
        assertEquals(ProgressOptions.defaults(), points.withPercentAsStated(Reading.RELATIVE));
    }

    @Test
    void rejectsNullReading() {
        assertThrows(NullPointerException.class, () -> ProgressOptions.defaults().withPercentAsStated(null));
    }

    @Test
    void codesReadBack() {
        for (CriterionStatus s : CriterionStatus.values()) {
            assertEquals(s, CriterionStatus.fromCode(s.getCode()));
        }
        for (CriterionKind k : CriterionKind.values()) {
            assertEquals(k, CriterionKind.fromCode(k.getCode()));
        }
        assertEquals(Reading.PERCENTAGE_POINTS, Reading.fromCode("percentage_points"));
        assertEquals("Reading code 'points' is not one of percentage_points, relative",
                assertThrows(InvalidValueException.class, () -> Reading.fromCode("points")).getMessage());
    }
}
