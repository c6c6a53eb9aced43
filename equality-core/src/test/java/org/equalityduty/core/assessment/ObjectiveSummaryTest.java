package org.equalityduty.core.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.equalityduty.core.duty.ProtectedCharacteristic;
import org.equalityduty.core.duty.Population;
import org.equalityduty.core.plan.Objective;
import org.equalityduty.core.plan.QualitativeCriterion;
import org.equalityduty.core.plan.TimeFrame;
import org.junit.jupiter.api.Test;

/** The SMART letters of an objective, from plans whose findings the rule tests establish. */
class ObjectiveSummaryTest {
    @Test
    void aSmartObjectiveMeetsEveryLetter() {
        ObjectiveSummary smart = Fixtures.assess(Fixtures.plan(Fixtures.objective())).getObjectives().get(0);
        assertTrue(smart.isSmart());
        for (SmartLetter letter : SmartLetter.values()) {
            assertTrue(smart.meets(letter), letter::toString);
        }
        assertEquals(EnumSet.noneOf(SmartLetter.class), smart.getUnmet());
    }

    @Test
    void anObjectiveMissingLettersMeetsOnlyTheOthers() {
        // No aim (R), an ongoing action with no review point (T), a qualitative criterion with no method (M).
        Objective o = Fixtures.objectiveBuilder("o1").addCharacteristics(ProtectedCharacteristic.SEX)
                .addPopulations(Population.STAFF)
                .addActions(Fixtures.action(TimeFrame.ongoing(), QualitativeCriterion.of("c1", "Positive feedback")))
                .build();
        ObjectiveSummary summary = Fixtures.assess(Fixtures.plan(o)).getObjectives().get(0);
        assertFalse(summary.isSmart());
        assertTrue(summary.meets(SmartLetter.S));
        assertTrue(summary.meets(SmartLetter.A));
        assertFalse(summary.meets(SmartLetter.M));
        assertFalse(summary.meets(SmartLetter.R));
        assertFalse(summary.meets(SmartLetter.T));
        assertEquals("letter", assertThrows(NullPointerException.class, () -> summary.meets(null)).getMessage());
    }
}
