package org.equalityduty.core.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.equalityduty.core.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Roll-ups checked against the DfE school census main ethnicity codes (docs/domain.md, section 3, from the DfE school census codes guidance). */
class CensusEthnicityTest {

    @Test
    void mainCodesRollUpToMajorGroups() {
        assertEquals(EthnicGroup.WHITE, CensusEthnicity.WROM.getMajorGroup());
        assertEquals(EthnicGroup.MIXED, CensusEthnicity.MOTH.getMajorGroup());
        assertEquals(EthnicGroup.ASIAN, CensusEthnicity.ABAN.getMajorGroup());
        assertEquals(EthnicGroup.BLACK, CensusEthnicity.BOTH.getMajorGroup());
        assertEquals(EthnicGroup.CHINESE, CensusEthnicity.CHNE.getMajorGroup());
        assertEquals(EthnicGroup.ANY_OTHER, CensusEthnicity.OOTH.getMajorGroup());
        assertEquals(EthnicGroup.UNCLASSIFIED, CensusEthnicity.REFU.getMajorGroup());
        assertEquals(20, CensusEthnicity.values().length);
    }

    @Test
    void refusedAndNotObtainedAreNotDisclosed() {
        assertEquals(Disclosure.REFUSED, CensusEthnicity.REFU.getDisclosure());
        assertEquals(Disclosure.NOT_OBTAINED, CensusEthnicity.NOBT.getDisclosure());
        assertEquals(Disclosure.KNOWN, CensusEthnicity.WBRI.getDisclosure());
        assertEquals("refused", Dimensions.ethnicGroupOf(CensusEthnicity.REFU).getCode());
        assertEquals("ethnic_group:mixed", Dimensions.ethnicGroupOf(CensusEthnicity.MOTH).toString());
    }

    @Test
    void extendedCodesRollUpToMainCodes() {
        for (String code : new String[] {"WENG", "WSCO", "WWEL", "WNIR", "WCOR"}) {
            assertEquals(CensusEthnicity.WBRI, CensusEthnicity.parse(code));
        }
        for (String code : new String[] {"WROG", "WROR", "WROO"}) {
            assertEquals(CensusEthnicity.WROM, CensusEthnicity.parse(code));
        }
        assertEquals(CensusEthnicity.AIND, CensusEthnicity.parse(" aind "));
    }

    @Test
    void unknownCodeIsRejectedAndHostileInputIsCut() {
        InvalidValueException ex = assertThrows(InvalidValueException.class, () -> CensusEthnicity.parse("XXXX"));
        assertEquals("ethnicity code 'XXXX' is not a school census main code or a known extended code",
                ex.getMessage());
        String hostile = "A".repeat(10_000) + "\n";
        ex = assertThrows(InvalidValueException.class, () -> CensusEthnicity.parse(hostile));
        assertEquals("ethnicity code '" + "A".repeat(40) + "...' is not a school census main code or a known"
                + " extended code", ex.getMessage());
    }
}
