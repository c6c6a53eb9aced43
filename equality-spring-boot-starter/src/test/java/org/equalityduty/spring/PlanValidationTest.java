package org.equalityduty.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.equalityduty.core.assessment.AssessedPlan;
import org.equalityduty.core.assessment.PlanAssessor;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.validation.EqualityValidation;
import org.equalityduty.testkit.EqualityGenerators;
import org.equalityduty.testkit.NearMiss;
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
    void aNearMissHasTheProblemItWasMadeWith() {
        // The testkit's near misses each break one rule; validated with all the assessment's groups, the problems
        // are the library's, and there is at least one.
        LocalDate asOf = LocalDate.of(2026, 12, 1);
        for (long seed = 0; seed < 10; seed++) {
            NearMiss miss = EqualityGenerators.nearMisses().apply(new SplittableRandom(seed));
            AssessedPlan assessed = AssessedPlan.of(miss.plan(), asOf);
            Class<?>[] groups = PlanAssessor.groupsFor(miss.plan().getJurisdiction());
            assertEquals(EqualityValidation.validate(assessed, groups), validation.validate(assessed, groups));
            assertFalse(validation.validate(assessed, groups).isEmpty(), miss.ruleCode());
        }
    }

    @Test
    void nullsAreRejectedWithTheirNames() {
        assertEquals("validator", assertThrows(NullPointerException.class, () -> new PlanValidation(null)).getMessage());
        assertEquals("value", assertThrows(NullPointerException.class, () -> validation.validate(null)).getMessage());
        assertSame(EqualityValidation.validator(), validation.getValidator());
    }
}
