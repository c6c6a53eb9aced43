package org.equalityduty.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.validation.EqualityValidation;
import org.equalityduty.testkit.EqualityGenerators;
import org.junit.jupiter.api.Test;

class PlanValidationTest {
    private final PlanValidation validation = new PlanValidation(EqualityValidation.validator());

    @Test
    void givesTheProblemsOfTheLibrarysValidation() {
        for (long seed = 0; seed < 20; seed++) {
            EqualityPlan plan = EqualityGenerators.plans().apply(new SplittableRandom(seed));
            assertEquals(EqualityValidation.validate(plan), validation.validate(plan));
        }
    }

    @Test
    void nullsAreRejectedWithTheirNames() {
        assertEquals("validator", assertThrows(NullPointerException.class, () -> new PlanValidation(null)).getMessage());
        assertEquals("value", assertThrows(NullPointerException.class, () -> validation.validate(null)).getMessage());
        assertSame(EqualityValidation.validator(), validation.getValidator());
    }
}
