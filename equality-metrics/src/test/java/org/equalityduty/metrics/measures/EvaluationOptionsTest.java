package org.equalityduty.metrics.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.equalityduty.metrics.options.MetricOptions;
import org.junit.jupiter.api.Test;

class EvaluationOptionsTest {

    @Test
    void defaultsAndCopies() {
        EvaluationOptions d = EvaluationOptions.defaults();
        assertEquals(4, d.getDecimals());
        assertEquals(MetricOptions.defaults(), d.getMetricOptions());
        assertEquals(ApplicantStage.APPOINTED, d.getSelectionStage());
        assertEquals(List.of(), d.getDisclosureDimensions());
        assertEquals("EvaluationOptions[MetricOptions[minimumGroupSize=5, confidenceLevel=0.95, "
                + "polarity=HIGHER_IS_BETTER], decimals=4, fteWeighted=false, disclosureDimensions=[], "
                + "selectionStage=APPOINTED]", d.toString());
        EvaluationOptions c = d.withDecimals(2).withFteWeighted(true).withDisclosureDimensions(List.of("ethnicity"))
                .withSelectionStage(ApplicantStage.SHORTLISTED);
        assertEquals("EvaluationOptions[MetricOptions[minimumGroupSize=5, confidenceLevel=0.95, "
                + "polarity=HIGHER_IS_BETTER], decimals=2, fteWeighted=true, disclosureDimensions=[ethnicity], "
                + "selectionStage=SHORTLISTED]", c.toString());
        assertEquals(4, d.getDecimals());
    }

    @Test
    void decimalsRunFromZeroToTen() {
        assertEquals(0, EvaluationOptions.defaults().withDecimals(0).getDecimals());
        assertEquals(10, EvaluationOptions.defaults().withDecimals(10).getDecimals());
        assertEquals("decimals must be between 0 and 10: -1", assertThrows(IllegalArgumentException.class,
                () -> EvaluationOptions.defaults().withDecimals(-1)).getMessage());
        assertEquals("decimals must be between 0 and 10: 11", assertThrows(IllegalArgumentException.class,
                () -> EvaluationOptions.defaults().withDecimals(11)).getMessage());
    }

    @Test
    void optionsWithTheSameSettingsAreEqualAndAnyDifferenceTellsThemApart() {
        EvaluationOptions d = EvaluationOptions.defaults();
        assertEquals(d.withDecimals(4).withFteWeighted(false), d);
        assertEquals(d.withDecimals(4).hashCode(), d.hashCode());
        List<EvaluationOptions> others = List.of(d.withDecimals(2), d.withFteWeighted(true),
                d.withDisclosureDimensions(List.of("sex")), d.withSelectionStage(ApplicantStage.APPLIED),
                d.withMetricOptions(MetricOptions.defaults().withMinimumGroupSize(10)));
        for (EvaluationOptions other : others) {
            assertNotEquals(other, d);
            assertNotEquals(other.hashCode(), d.hashCode(), other.toString());
        }
        assertNotEquals("options", d);
    }
}
