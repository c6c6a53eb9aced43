package org.equalityduty.examples;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.assessment.Assessment;
import org.equalityduty.core.assessment.PlanAssessor;
import org.equalityduty.json.EqualityJson;
import org.junit.jupiter.api.Test;

/** The starter plan {@code init} writes on any day reads as a valid plan and has no error on that day. */
class StarterPlanProperties {
    @Test
    void theStarterPlanOfAnyDayHasNoErrorOnThatDay() {
        LocalDate first = LocalDate.of(2000, 1, 1);
        qt().withExamples(300).forAll(integers().between(0, 365 * 100))
                .checkAssert(offset -> {
                    LocalDate day = first.plusDays(offset);
                    EqualityPlan plan = EqualityJson.defaults().readPlan(InitCommand.starterPlan(day));
                    Assessment assessment = PlanAssessor.assess(plan, day);
                    if (assessment.hasErrors()) {
                        throw new AssertionError(day + ": " + assessment.getFindings());
                    }
                });
    }
}
