package org.equalityduty.core.assessment.rules;

import java.time.LocalDate;
import org.equalityduty.core.plan.EqualityPlan;

/**
 * Rule {@code duty.no-objectives}: a plan with no objectives.
 *
 * @since 0.2.0
 */
public final class HasObjectivesRule implements Check {
    /**
     * Creates the check.
     *
     * @since 0.2.0
     */
    public HasObjectivesRule() {
    }

    @Override
    public void run(EqualityPlan plan, LocalDate asOf, Findings findings) {
        if (plan.getObjectives().isEmpty()) {
            findings.add(Site.plan(), "This plan has no equality objectives; the specific duties require at least one.");
        }
    }
}
