package org.equalityduty.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlanPrinterTest {

    @Test
    void printsObjectivesActionsCriteriaAndChildFriendlyVersions() {
        String text = PlanPrinter.render(SeedPlans.soke());
        assertTrue(text.startsWith("Soke Education Trust: Equality Objectives & Action Plan 2023-2026\n"), text);
        assertTrue(text.contains("Objective o2: Reduce the attainment gap"), text);
        assertTrue(text.contains("    Time frame: within 3 months of the plan start\n"), text);
        assertTrue(text.contains("Success [o1.a2.c1] Target: Increase in the number of male applicants"), text);
        assertTrue(text.contains("  Child-friendly: We want to have more men working in our schools"), text);
        assertTrue(text.lines().allMatch(l -> l.length() <= 100), "lines wrap at 100 characters");
        assertEquals(text, PlanPrinter.render(SeedPlans.soke()), "deterministic");
    }

    @Test
    void printsAimsStatedOnceForThePlanAndSaysObjectivesTakeThem() {
        String text = PlanPrinter.render(org.equalityduty.core.plan.EqualityPlan.builder()
                .organisation(org.equalityduty.core.duty.Organisation.school("Example Primary", "123456"))
                .jurisdiction(org.equalityduty.core.duty.Jurisdiction.ENGLAND)
                .addAims(org.equalityduty.core.duty.DutyAim.FOSTER_GOOD_RELATIONS,
                        org.equalityduty.core.duty.DutyAim.ADVANCE_EQUALITY_OF_OPPORTUNITY)
                .addObjectives(org.equalityduty.core.plan.Objective.builder().id("1").title("Respect").build())
                .build());
        assertTrue(text.contains("\nDuty aims of every objective: advance equality of opportunity, foster good "
                + "relations\n"), text);
        assertTrue(text.contains("\n  Duty aims: (the plan's)\n"), text);
        assertTrue(PlanPrinter.render(SeedPlans.soke()).lines().noneMatch(l -> l.startsWith("Duty aims of every")));
    }
}
