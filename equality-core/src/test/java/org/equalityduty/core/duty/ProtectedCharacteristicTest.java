package org.equalityduty.core.duty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.equalityduty.core.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Facts checked against the Equality Act 2010 ss.4-12, 17-18, 84, 149(7) and Schedule 18 para 1. */
class ProtectedCharacteristicTest {

    @Test
    void nineCharacteristicsWithTheirSections() {
        assertEquals(9, ProtectedCharacteristic.values().length);
        assertEquals("5", ProtectedCharacteristic.AGE.getSection());
        assertEquals("8", ProtectedCharacteristic.MARRIAGE_AND_CIVIL_PARTNERSHIP.getSection());
        assertEquals("17-18", ProtectedCharacteristic.PREGNANCY_AND_MATERNITY.getSection());
        assertEquals("12", ProtectedCharacteristic.SEXUAL_ORIENTATION.getSection());
    }

    @Test
    void ageAndMarriageDoNotApplyToPupils() {
        for (ProtectedCharacteristic c : ProtectedCharacteristic.values()) {
            boolean excluded = c == ProtectedCharacteristic.AGE
                    || c == ProtectedCharacteristic.MARRIAGE_AND_CIVIL_PARTNERSHIP;
            assertEquals(!excluded, c.isAppliesToPupils(), c.name());
            assertEquals(!excluded, c.isProtectedFor(Population.PUPILS), c.name());
            assertTrue(c.isProtectedFor(Population.STAFF), c.name());
            assertTrue(c.isProtectedFor(Population.JOB_APPLICANTS), c.name());
        }
    }

    @Test
    void marriageCountsForAimAOnly() {
        assertEquals(Set.of(DutyAim.ELIMINATE_DISCRIMINATION),
                ProtectedCharacteristic.MARRIAGE_AND_CIVIL_PARTNERSHIP.getDutyAims());
        assertEquals(EnumSet.allOf(DutyAim.class), ProtectedCharacteristic.RACE.getDutyAims());
    }

    @Test
    void codesRoundTripAndUnknownCodeIsNamed() {
        for (ProtectedCharacteristic c : ProtectedCharacteristic.values()) {
            assertEquals(c, ProtectedCharacteristic.fromCode(c.getCode()));
        }
        assertEquals("religion_or_belief", ProtectedCharacteristic.RELIGION_OR_BELIEF.getCode());
        InvalidValueException ex = assertThrows(InvalidValueException.class,
                () -> ProtectedCharacteristic.fromCode("RACE"));
        assertEquals("ProtectedCharacteristic code 'RACE' is not one of age, disability, gender_reassignment,"
                + " marriage_and_civil_partnership, pregnancy_and_maternity, race, religion_or_belief, sex,"
                + " sexual_orientation", ex.getMessage());
        assertThrows(NullPointerException.class, () -> ProtectedCharacteristic.fromCode(null));
    }

    @Test
    void aimsHaveTheirStatutoryLimbs() {
        assertTrue(DutyAim.ELIMINATE_DISCRIMINATION.getLimbs().isEmpty());
        assertEquals(3, DutyAim.ADVANCE_EQUALITY_OF_OPPORTUNITY.getLimbs().size());
        assertEquals("149(3)(c)", DutyAim.ADVANCE_EQUALITY_OF_OPPORTUNITY.getLimbs().get(2).getSection());
        assertEquals(java.util.List.of(DutyLimb.TACKLE_PREJUDICE, DutyLimb.PROMOTE_UNDERSTANDING),
                DutyAim.FOSTER_GOOD_RELATIONS.getLimbs());
        assertFalse(Population.PUPILS.isEmployment());
    }
}
