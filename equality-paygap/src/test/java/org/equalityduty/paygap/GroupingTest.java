package org.equalityduty.paygap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Optional;
import org.equalityduty.core.population.EthnicGroup;
import org.junit.jupiter.api.Test;

/** Groupings classify records by core's census codes and roll-up; refused and not obtained are not disclosed. */
class GroupingTest {
    private static PayRecord with(String attribute, String value) {
        return PayRecord.builder().id("e").sex(Sex.FEMALE).bonusPay(BigDecimal.ZERO).attribute(attribute, value)
                .build();
    }

    @Test
    void censusEthnicity() {
        Grouping detailed = Grouping.censusEthnicityDetailed("WBRI");
        Grouping aggregated = Grouping.censusEthnicityAggregated(EthnicGroup.WHITE);
        assertEquals(Optional.of("Pakistani"), detailed.classify(with(Grouping.ETHNICITY, "APKN")));
        assertEquals(Optional.of("Asian"), aggregated.classify(with(Grouping.ETHNICITY, "APKN")));
        assertEquals(Optional.of("White - British"), detailed.classify(with(Grouping.ETHNICITY, "WSCO")));
        assertEquals(Optional.empty(), detailed.classify(with(Grouping.ETHNICITY, "REFU")));
        assertEquals(Optional.empty(), aggregated.classify(with(Grouping.ETHNICITY, "NOBT")));
        assertEquals(Optional.empty(), detailed.classify(with(Grouping.DISABILITY, "Y")));
        assertEquals("White", aggregated.getReference());
        assertEquals("ethnicity (detailed) (reference: White - British)", detailed.toString());
        assertEquals("reference must be a classified ethnic group, but was 'Unclassified'",
                assertThrows(IllegalArgumentException.class,
                        () -> Grouping.censusEthnicityAggregated(EthnicGroup.UNCLASSIFIED)).getMessage());
    }

    @Test
    void disabilityAndCustom() {
        assertEquals(Optional.of("Disabled"), Grouping.disability().classify(with(Grouping.DISABILITY, "yes")));
        assertEquals(Optional.empty(), Grouping.disability().classify(with(Grouping.DISABILITY, "prefer not to say")));
        Grouping custom = Grouping.of("role", "role", v -> Optional.of(v.toUpperCase(java.util.Locale.ROOT)), "TA");
        assertEquals(Optional.of("TEACHER"), custom.classify(with("role", "teacher")));
        assertEquals("role", custom.getAttribute());
    }
}
