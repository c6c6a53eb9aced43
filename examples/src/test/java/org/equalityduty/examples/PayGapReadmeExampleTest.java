package org.equalityduty.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.equalityduty.core.population.EthnicGroup;
import org.equalityduty.paygap.Figure;
import org.equalityduty.paygap.GenderPayGap;
import org.equalityduty.paygap.GenderPayGapReport;
import org.equalityduty.paygap.GovUkChecks;
import org.equalityduty.paygap.GovUkField;
import org.equalityduty.paygap.GroupPayGapReport;
import org.equalityduty.paygap.GroupPayGaps;
import org.equalityduty.paygap.Grouping;
import org.equalityduty.paygap.HourlyPay;
import org.equalityduty.paygap.PayRecord;
import org.equalityduty.paygap.Sex;
import org.junit.jupiter.api.Test;

/** The README's "Pay gap" code, kept true: it compiles and gives what the README says. */
class PayGapReadmeExampleTest {

    @Test
    void readmeSnippetRuns() {
        List<PayRecord> records = List.of(
                PayRecord.builder().id("t1").sex(Sex.MALE).hourlyPay(HourlyPay.rate("20")).bonusPay(BigDecimal.ZERO)
                        .attribute("ethnicity", "WBRI").build(),
                PayRecord.builder().id("t2").sex(Sex.FEMALE).hourlyPay(HourlyPay.rate("18"))
                        .bonusPay(BigDecimal.ZERO).attribute("ethnicity", "AIND").build());
        // --- README ---
        GenderPayGapReport report = GenderPayGap.calculate(records, LocalDate.of(2025, 3, 31));
        Figure median = report.getFigure(GovUkField.DIFF_MEDIAN_HOURLY_PERCENT); // value, or status and reason
        List<String> problems = GovUkChecks.check(report);                       // what the service would reject

        List<GroupPayGapReport> ethnicity = GroupPayGaps.calculate(records, List.of(
                Grouping.censusEthnicityDetailed("WBRI"), Grouping.censusEthnicityAggregated(EthnicGroup.WHITE)));
        // --- end ---
        // (20 - 18) / 20 = 10.0; two people are below the minimum of 50, so every group figure is withheld.
        assertEquals("10.0", median.getValue().get().toPlainString());
        assertEquals(List.of(), problems);
        assertEquals(2, ethnicity.size());
        assertEquals(false, ethnicity.get(0).getGroups().get(0).isPublishable());
    }
}
