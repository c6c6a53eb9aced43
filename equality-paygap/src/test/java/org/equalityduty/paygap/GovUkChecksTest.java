package org.equalityduty.paygap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The gov.uk service's checks applied to figures (docs/domain.md section 4: one decimal place, -200.9..200.9, pairs). */
class GovUkChecksTest {

    private static Map<GovUkField, Figure> valid() {
        Map<GovUkField, Figure> m = new EnumMap<>(GovUkField.class);
        for (GovUkField f : GovUkField.values()) {
            m.put(f, Figure.computed(f.getServiceName(), new BigDecimal("50.0")));
        }
        return m;
    }

    @Test
    void acceptsValidFigures() {
        assertEquals(List.of(), GovUkChecks.check(valid()));
    }

    @Test
    void reportsEachProblemInFieldOrder() {
        Map<GovUkField, Figure> m = valid();
        m.put(GovUkField.DIFF_MEAN_HOURLY_PERCENT, Figure.computed("DiffMeanHourlyPercent", new BigDecimal("-201.0")));
        m.put(GovUkField.FEMALE_BONUS_PERCENT, Figure.computed("FemaleBonusPercent", new BigDecimal("100.1")));
        m.put(GovUkField.MALE_TOP_QUARTILE, Figure.computed("MaleTopQuartile", new BigDecimal("50.1")));
        m.remove(GovUkField.DIFF_MEDIAN_BONUS_PERCENT);
        assertEquals(List.of("DiffMeanHourlyPercent -201.0 is outside the service's range -200.9 to 200.9",
                "DiffMedianBonusPercent is missing",
                "FemaleBonusPercent 100.1 is outside 0 to 100",
                "MaleTopQuartile 50.1 and FemaleTopQuartile 50.0 must sum to 100"), GovUkChecks.check(m));
    }

    @Test
    void acceptsTheEdgesOfTheRange() {
        Map<GovUkField, Figure> m = valid();
        m.put(GovUkField.DIFF_MEAN_HOURLY_PERCENT, Figure.computed("DiffMeanHourlyPercent", new BigDecimal("-200.9")));
        m.put(GovUkField.DIFF_MEDIAN_HOURLY_PERCENT, Figure.notComputed("DiffMedianHourlyPercent", "no women"));
        assertEquals(List.of(), GovUkChecks.check(m));
    }

    /** Women paid over three times men's rate: (10 - 31) / 10 x 100 = -210.0, outside what the service accepts. */
    @Test
    void flagsOurOwnOutputWhenTheServiceWouldRejectIt() {
        GenderPayGapReport r = GenderPayGap.calculate(Records.of("M:10", "F:31"), LocalDate.of(2025, 3, 31));
        assertEquals(List.of("DiffMeanHourlyPercent -210.0 is outside the service's range -200.9 to 200.9",
                "DiffMedianHourlyPercent -210.0 is outside the service's range -200.9 to 200.9"),
                GovUkChecks.check(r));
    }

    @Test
    void figuresMustHaveOneDecimalPlace() {
        assertEquals("value must be rounded to one decimal place, but was '12.34'", org.junit.jupiter.api.Assertions
                .assertThrows(RuntimeException.class, () -> Figure.computed("x", new BigDecimal("12.34")))
                .getMessage());
    }

    /** The top of the gaps' range: 200.9 is accepted, 201.0 refused (the service's range, GovUkChecks.MAX_GAP). */
    @Test
    void theTopOfTheGapRange() {
        Map<GovUkField, Figure> m = valid();
        m.put(GovUkField.DIFF_MEDIAN_BONUS_PERCENT, Figure.computed("DiffMedianBonusPercent", new BigDecimal("200.9")));
        assertEquals(List.of(), GovUkChecks.check(m));
        m.put(GovUkField.DIFF_MEDIAN_BONUS_PERCENT, Figure.computed("DiffMedianBonusPercent", new BigDecimal("201.0")));
        assertEquals(List.of("DiffMedianBonusPercent 201.0 is outside the service's range -200.9 to 200.9"),
                GovUkChecks.check(m));
    }
}
