package org.equalityduty.core.assessment.rules;

import java.time.LocalDate;
import java.util.List;
import org.equalityduty.core.duty.Population;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.Objective;

/**
 * Rule {@code child.missing}: an objective about pupils without a child-friendly version.
 *
 * @since 0.2.0
 */
public final class HasChildFriendlyVersionRule implements Check {
    /**
     * Creates the check.
     *
     * @since 0.2.0
     */
    public HasChildFriendlyVersionRule() {
    }

    @Override
    public void run(EqualityPlan plan, LocalDate asOf, Findings findings) {
        List<Objective> objectives = plan.getObjectives();
        for (int o = 0; o < objectives.size(); o++) {
            Objective objective = objectives.get(o);
            if (objective.getPopulations().contains(Population.PUPILS) && objective.getChildFriendlyVersion().isEmpty()) {
                findings.add(Site.objective(o), "This objective is about pupils but has no child-friendly version.");
            }
        }
    }
}
