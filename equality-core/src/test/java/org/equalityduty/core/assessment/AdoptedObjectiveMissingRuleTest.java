package org.equalityduty.core.assessment;

import static org.equalityduty.core.assessment.AdoptedVersionMismatchRuleTest.describe;
import static org.equalityduty.core.assessment.AdoptedVersionMismatchRuleTest.findings;
import static org.equalityduty.core.assessment.AdoptedVersionMismatchRuleTest.school;
import static org.equalityduty.core.assessment.AdoptedVersionMismatchRuleTest.trust;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.equalityduty.core.constraints.Severity;
import org.equalityduty.core.plan.AdoptedObjective;
import org.equalityduty.core.plan.EqualityPlan;
import org.junit.jupiter.api.Test;

/** {@code duty.adopted-objective-missing}: an adoption of an objective that the adopted plan does not have. */
class AdoptedObjectiveMissingRuleTest {
    @Test
    void anAdoptionOfAnObjectiveTheAdoptedPlanLacksIsAnError() {
        EqualityPlan school = school(Optional.empty(), AdoptedObjective.of("1"), AdoptedObjective.of("3"));
        List<Finding> found = findings(school, List.of(trust("2024")));
        assertEquals(List.of("duty.adopted-objective-missing at /adoptions/0/objectives/1/id: Objective '3' is not "
                + "in Co-op Academies Trust's plan."), describe(found));
        assertEquals(Severity.ERROR, found.get(0).getSeverity());
        assertEquals(Optional.of("3"), found.get(0).getObjectiveId());
        assertEquals(Optional.empty(), found.get(0).getObjectiveTitle());
    }

    @Test
    void anObjectiveTheAdoptedPlanHasIsNotFlagged() {
        assertEquals(List.of(), findings(school(Optional.empty(), AdoptedObjective.of("1"), AdoptedObjective.of("2")),
                List.of(trust("2024"))));
    }
}
