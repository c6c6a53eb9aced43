package org.equalityduty.paygap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SexTest {
    @Test
    void parsesTheCodesAPayrollExportUses() {
        assertEquals(Sex.MALE, Sex.parse("m"));
        assertEquals(Sex.MALE, Sex.parse("MALE"));
        assertEquals(Sex.FEMALE, Sex.parse("F"));
        assertEquals(Sex.NOT_RECORDED, Sex.parse("   "));
        assertEquals("sex must be M, F, male, female, or empty for not recorded, but was 'U'",
                assertThrows(IllegalArgumentException.class, () -> Sex.parse("U")).getMessage());
        assertEquals("sex", assertThrows(NullPointerException.class, () -> Sex.parse(null)).getMessage());
    }
}
