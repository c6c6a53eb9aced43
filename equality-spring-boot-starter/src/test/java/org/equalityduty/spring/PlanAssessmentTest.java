package org.equalityduty.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.equalityduty.core.assessment.Assessment;
import org.equalityduty.core.assessment.PlanAssessor;
import org.equalityduty.core.duty.Jurisdiction;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.validation.EqualityValidation;
import org.equalityduty.testkit.EqualityGenerators;
import org.junit.jupiter.api.Test;

class PlanAssessmentTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);

    @Test
    void withoutAJurisdictionEachPlanIsAssessedAgainstItsOwn() {
        PlanAssessment assessment = new PlanAssessment(EqualityValidation.validator(), null);
        for (long seed = 0; seed < 20; seed++) {
            EqualityPlan plan = EqualityGenerators.plans().apply(new SplittableRandom(seed));
            assertEquals(PlanAssessor.assess(plan, AS_OF).getFindings(), assessment.assess(plan, AS_OF).getFindings());
        }
    }

    @Test
    void aConfiguredJurisdictionChoosesTheDutiesAssessed() {
        for (long seed = 0; seed < 20; seed++) {
            EqualityPlan plan = EqualityGenerators.plans().apply(new SplittableRandom(seed));
            // the plan's own jurisdiction configured: what the plan assessor gives
            assertEquals(PlanAssessor.assess(plan, AS_OF).getFindings(),
                    new PlanAssessment(EqualityValidation.validator(), plan.getJurisdiction()).assess(plan, AS_OF)
                            .getFindings());
            // another: the plan assessed as if it named that jurisdiction
            Jurisdiction other = plan.getJurisdiction() == Jurisdiction.SCOTLAND ? Jurisdiction.WALES : Jurisdiction.SCOTLAND;
            Assessment expected = PlanAssessor.assess(plan.forJurisdiction(other), AS_OF);
            assertEquals(expected.getFindings(),
                    new PlanAssessment(EqualityValidation.validator(), other).assess(plan, AS_OF).getFindings());
        }
    }

    @Test
    void nullsAreRejectedWithTheirNames() {
        assertEquals("validator", assertThrows(NullPointerException.class, () -> new PlanAssessment(null, null))
                .getMessage());
        PlanAssessment assessment = new PlanAssessment(EqualityValidation.validator(), null);
        EqualityPlan plan = EqualityGenerators.plans().apply(new SplittableRandom(1));
        assertEquals("plan", assertThrows(NullPointerException.class, () -> assessment.assess(null, AS_OF)).getMessage());
        assertEquals("asOf", assertThrows(NullPointerException.class, () -> assessment.assess(plan, null)).getMessage());
    }

    @Test
    void describesItsJurisdiction() {
        assertEquals("PlanAssessment[jurisdiction=wales]",
                new PlanAssessment(EqualityValidation.validator(), Jurisdiction.WALES).toString());
        assertEquals("PlanAssessment[jurisdiction=each plan's own]",
                new PlanAssessment(EqualityValidation.validator(), null).toString());
    }
}
