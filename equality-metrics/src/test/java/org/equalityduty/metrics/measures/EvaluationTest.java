package org.equalityduty.metrics.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import org.equalityduty.core.observation.Observation;
import org.equalityduty.core.observation.ObservationStatus;
import org.equalityduty.metrics.results.MetricStatus;
import org.junit.jupiter.api.Test;

class EvaluationTest {

    private static final LocalDate DATE = LocalDate.of(2025, 7, 31);
    private static final Observation EMPTY = Observation.builder().date(DATE).status(ObservationStatus.NOT_COLLECTED)
            .note("focus group is empty").build();

    private static Evaluation empty() {
        return new Evaluation(EMPTY, MetricStatus.EMPTY, "focus group is empty", 0, OptionalLong.of(7));
    }

    @Test
    void evaluationsWithTheSameFieldsAreEqualAndAnyDifferenceTellsThemApart() {
        Evaluation e = empty();
        assertEquals(empty(), e);
        assertEquals(empty().hashCode(), e.hashCode());
        Observation other = Observation.builder().date(DATE.plusDays(1)).status(ObservationStatus.NOT_COLLECTED)
                .note("focus group is empty").build();
        List<Evaluation> others = List.of(
                new Evaluation(other, MetricStatus.EMPTY, "focus group is empty", 0, OptionalLong.of(7)),
                new Evaluation(EMPTY, MetricStatus.UNDEFINED, "focus group is empty", 0, OptionalLong.of(7)),
                new Evaluation(EMPTY, MetricStatus.EMPTY, "no one", 0, OptionalLong.of(7)),
                new Evaluation(EMPTY, MetricStatus.EMPTY, "focus group is empty", 1, OptionalLong.of(7)),
                new Evaluation(EMPTY, MetricStatus.EMPTY, "focus group is empty", 0, OptionalLong.empty()));
        for (Evaluation o : others) {
            assertNotEquals(o, e);
            assertNotEquals(o.hashCode(), e.hashCode(), o.toString());
        }
        assertEquals("focus group is empty", e.getReason());
        assertEquals(MetricStatus.EMPTY, e.getStatus());
    }

    @Test
    void textGivesTheObservationStatusReasonAndSizes() {
        assertEquals("Evaluation[" + EMPTY + ", status=EMPTY, reason=focus group is empty, focusN=0, referenceN=7]",
                empty().toString());
        assertEquals("Evaluation[" + EMPTY + ", status=EMPTY, reason=focus group is empty, focusN=0]",
                new Evaluation(EMPTY, MetricStatus.EMPTY, "focus group is empty", 0, OptionalLong.empty()).toString());
    }
}
