package org.equalityduty.core.assessment.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.equalityduty.core.plan.EqualityPlan;
import org.junit.jupiter.api.Test;

/**
 * {@link AdoptedPlans}: the adoptions checked once per adopted plan and read by both checks of adoptions. The plans
 * are {@link WalkTest}'s: a school adopts from two trusts, T (adoption 0) and U (adoption 1).
 */
class AdoptedPlansTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);
    private static final EqualityPlan T = WalkTest.T;
    private static final EqualityPlan U = WalkTest.U;
    private static final EqualityPlan SCHOOL = WalkTest.SCHOOL;

    private static List<String> run(Check check, AdoptedPlans adopted) {
        List<String> found = new ArrayList<>();
        check.run(SCHOOL, AS_OF, adopted, (site, message) -> found.add(site.getPointer() + ": " + message));
        return found;
    }

    @Test
    void eachAdoptedPlanIsCheckedOnceForBothChecksOfAdoptions() {
        CountedAdoptions counted = CountedAdoptions.ofCheck();
        AdoptedPlans adopted = counted.of(SCHOOL, List.of(T, U));
        assertEquals(2, counted.calls());
        assertEquals(List.of("/adoptions/0/version: The plan cites version 'v2' of T's plan, which is version 'v1'.",
                "/adoptions/0/objectives/0/title: Objective 't1' is reproduced in wording that differs from T's "
                        + "plan, which says 'Curriculum'."), run(new AdoptedVersionMismatchRule(), adopted));
        assertEquals(List.of("/adoptions/0/objectives/1/id: Objective 't9' is not in T's plan.",
                "/adoptions/1/objectives/1/id: Objective 'u7' is not in U's plan."),
                run(new AdoptedObjectiveMissingRule(), adopted));
        // Both checks read the problems found when the adopted plans were given: the check ran no more.
        assertEquals(2, counted.calls());
        assertEquals(List.of(T, U), adopted.getPlans());
        // And they report only what those problems say: given none, neither reports.
        AdoptedPlans none = CountedAdoptions.findingNothing().of(SCHOOL, List.of(T, U));
        assertEquals(List.of(), run(new AdoptedVersionMismatchRule(), none));
        assertEquals(List.of(), run(new AdoptedObjectiveMissingRule(), none));
    }

    @Test
    void theProblemsAreEachAdoptedPlansInTurnWithTheirSites() {
        AdoptedPlans adopted = AdoptedPlans.of(SCHOOL, List.of(U, T));
        List<String> found = new ArrayList<>();
        for (Walk.Adopted a : adopted.problems()) {
            found.add(a.status() + " " + a.site().getPath() + " " + a.adopted().getOrganisation().getName());
        }
        assertEquals(List.of("OBJECTIVE_MISSING adoptions[1].objectives[1].id U",
                "VERSION_MISMATCH adoptions[0].version T",
                "TITLE_DIFFERS adoptions[0].objectives[0].title T",
                "OBJECTIVE_MISSING adoptions[0].objectives[1].id T"), found);
        assertEquals(List.of(U, T), adopted.getPlans());
        assertEquals(List.of(), AdoptedPlans.of(SCHOOL, List.of()).problems());
        assertEquals(List.of(), AdoptedPlans.of(SCHOOL, List.of()).getPlans());
    }

    @Test
    void plansThePlanDoesNotAdoptFromOrTwoOfOneOrganisationAreRefused() {
        assertEquals("the plan adopts no objectives from V", assertThrows(IllegalArgumentException.class,
                () -> AdoptedPlans.of(SCHOOL, List.of(T, WalkTest.trust("V", "1", "v1", "x")))).getMessage());
        assertEquals("two of the adopted plans are T's; give one", assertThrows(IllegalArgumentException.class,
                () -> AdoptedPlans.of(SCHOOL, List.of(T, U, WalkTest.trust("T", "v2", "t1", "Curriculum")))).getMessage());
        assertEquals("adopted", assertThrows(NullPointerException.class, () -> AdoptedPlans.of(SCHOOL, null))
                .getMessage());
        assertEquals("plan", assertThrows(NullPointerException.class, () -> AdoptedPlans.of(null, List.of(T)))
                .getMessage());
        CountedAdoptions counted = CountedAdoptions.ofCheck();
        assertThrows(IllegalArgumentException.class, () -> counted.of(SCHOOL, List.of(T, T)));
        // Refused before any check ran.
        assertEquals(0, counted.calls());
    }
}
