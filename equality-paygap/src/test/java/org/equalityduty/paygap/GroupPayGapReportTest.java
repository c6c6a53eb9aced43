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

    /** Reports are equal by every part, and their text names the grouping, the reference and the groups. */
    @Test
    void valueSemanticsAndText() {
        GroupPayGapReport r = GroupPayGaps.calculate(Records.of("M:10", "F:12"), List.of(Grouping.disability()), 1)
                .get(0);
        ValueSemantics.assertValueSemantics(r, GroupPayGaps.calculate(Records.of("M:10", "F:12"),
                List.of(Grouping.disability()), 1).get(0), List.of(
                        GroupPayGaps.calculate(Records.of("M:10", "F:12"), List.of(Grouping.disability()), 2).get(0),
                        GroupPayGaps.calculate(Records.of("M:10", "F:12", "F:13"), List.of(Grouping.disability()), 1)
                                .get(0)));
        // No one disclosed: no groups, and all (2 of 2) not disclosed.
        assertEquals("disability (reference Not disabled, NotDisclosedPercent 100.0): []", r.toString());
    }
}
