package org.equalityduty.paygap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.equalityduty.core.population.EthnicGroup;
import org.junit.jupiter.api.Test;

/** Group pay gaps: input order never changes a report; each band's group shares and the undisclosed share sum to 100. */
class GroupPayGapProperties {
    private static final String[] CODES = {"WBRI", "WIRI", "AIND", "APKN", "BAFR", "MWBC", "REFU", ""};

    private static List<PayRecord> records(List<Integer> codes) {
        List<PayRecord> out = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            int c = codes.get(i);
            out.add(PayRecord.builder().id("e" + i).sex(Sex.FEMALE).hourlyPay(HourlyPay.rate((10 + c / 8) + ".5"))
                    .bonusPay(BigDecimal.valueOf(c % 3)).attribute(Grouping.ETHNICITY, CODES[c % CODES.length])
                    .build());
        }
        return out;
    }

    private static final List<Grouping> GROUPINGS = List.of(Grouping.censusEthnicityDetailed("WBRI"),
            Grouping.censusEthnicityAggregated(EthnicGroup.WHITE));

    @Test
    void inputOrderNeverChangesAReport() {
        qt().forAll(lists().of(integers().between(0, 63)).ofSizeBetween(1, 150), integers().all())
                .checkAssert((codes, seed) -> {
                    List<PayRecord> records = records(codes);
                    List<PayRecord> shuffled = new ArrayList<>(records);
                    Collections.shuffle(shuffled, new Random(seed));
                    assertEquals(GroupPayGaps.calculate(records, GROUPINGS, 3),
                            GroupPayGaps.calculate(shuffled, GROUPINGS, 3));
                });
    }

    @Test
    void everyoneIsInOneGroupOrNotDisclosed() {
        qt().forAll(lists().of(integers().between(0, 63)).ofSizeBetween(1, 150)).checkAssert(codes -> {
            for (GroupPayGapReport r : GroupPayGaps.calculate(records(codes), GROUPINGS, 1)) {
                long sum = r.getNotDisclosed();
                for (GroupResult g : r.getGroups()) {
                    sum += g.getRelevantEmployees();
                }
                assertEquals(codes.size(), sum);
            }
        });
    }
}
