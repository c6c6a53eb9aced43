package org.equalityduty.paygap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The field names exactly as the gov.uk service and its data download spell them (issue 15, docs/domain.md section 4). */
class GovUkFieldTest {
    @Test
    void namesAndOrder() {
        assertEquals(List.of("DiffMeanHourlyPercent", "DiffMedianHourlyPercent", "DiffMeanBonusPercent",
                "DiffMedianBonusPercent", "MaleBonusPercent", "FemaleBonusPercent", "MaleLowerQuartile",
                "FemaleLowerQuartile", "MaleLowerMiddleQuartile", "FemaleLowerMiddleQuartile",
                "MaleUpperMiddleQuartile", "FemaleUpperMiddleQuartile", "MaleTopQuartile", "FemaleTopQuartile"),
                Arrays.stream(GovUkField.values()).map(GovUkField::getServiceName).collect(Collectors.toList()));
    }

    @Test
    void quartilePartners() {
        assertEquals(GovUkField.FEMALE_TOP_QUARTILE, GovUkField.MALE_TOP_QUARTILE.getQuartilePartner());
        assertEquals(GovUkField.MALE_LOWER_QUARTILE, GovUkField.FEMALE_LOWER_QUARTILE.getQuartilePartner());
        assertEquals("DiffMeanHourlyPercent is not a quartile field", assertThrows(IllegalStateException.class,
                GovUkField.DIFF_MEAN_HOURLY_PERCENT::getQuartilePartner).getMessage());
        assertEquals(GovUkField.Kind.GAP, GovUkField.DIFF_MEDIAN_BONUS_PERCENT.getKind());
        assertEquals(GovUkField.Kind.SHARE, GovUkField.FEMALE_BONUS_PERCENT.getKind());
    }
}
