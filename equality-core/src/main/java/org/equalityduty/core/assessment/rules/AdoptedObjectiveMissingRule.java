package org.equalityduty.core.assessment.rules;

import java.time.LocalDate;
import org.equalityduty.core.plan.Adoptions;
import org.equalityduty.core.plan.EqualityPlan;

/**
 * Rule {@code duty.adopted-objective-missing}: a plan adopts by reference an objective that the adopted plan (its
 * trust's) does not have, so the objective it claims to pursue is not published anywhere. It needs the adopted plan,
 * so it reports only when the assessment is given the plans the plan adopts from.
 *
 * @since 0.2.0
 */
public final class AdoptedObjectiveMissingRule implements Check {
    /**
     * Creates the check.
     *
     * @since 0.2.0
     */
    public AdoptedObjectiveMissingRule() {
    }

    @Override
    public void run(EqualityPlan plan, LocalDate asOf, Findings findings) {
        // Without the adopted plans there is nothing to compare.
    }

    @Override
    public void run(EqualityPlan plan, LocalDate asOf, AdoptedPlans adopted, Findings findings) {
        for (Walk.Adopted a : adopted.problems()) {
            if (a.status() == Adoptions.Status.OBJECTIVE_MISSING) {
                findings.add(a.site(), a.sentence(""));
            }
        }
    }
}
