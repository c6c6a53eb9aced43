package org.equalityduty.paygap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroupPayGapReportTest {
    /** Two disclosed, one blank: 1 / 3 = 33.3% not disclosed. */
    @Test
    void nonDisclosureShare() {
        List<PayRecord> records = List.of(
                PayRecord.builder().id("a").sex(Sex.MALE).hourlyPay(HourlyPay.rate("10")).bonusPay(BigDecimal.ZERO)
                        .attribute(Grouping.DISABILITY, "N").build(),
                PayRecord.builder().id("b").sex(Sex.MALE).hourlyPay(HourlyPay.rate("10")).bonusPay(BigDecimal.ZERO)
                        .attribute(Grouping.DISABILITY, "Y").build(),
                PayRecord.builder().id("c").sex(Sex.MALE).hourlyPay(HourlyPay.rate("10")).bonusPay(BigDecimal.ZERO)
                        .build());
        GroupPayGapReport r = GroupPayGaps.calculate(records, List.of(Grouping.disability()), 1).get(0);
        assertEquals(3, r.getRelevantEmployees());
        assertEquals(1, r.getNotDisclosed());
        assertEquals("33.3", r.getNotDisclosedPercent().getValue().get().toPlainString());
        assertEquals("Not disabled", r.getGroups().get(0).getGroup());
        assertEquals("disability", r.getGrouping());
        assertThrows(UnsupportedOperationException.class, () -> r.getGroups().clear());
    }
}
