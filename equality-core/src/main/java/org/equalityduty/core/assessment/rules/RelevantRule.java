package org.equalityduty.core.assessment.rules;

import java.time.LocalDate;
import java.util.List;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.Objective;

/**
 * Rule {@code smart.not-relevant}: an objective tied to no aim of the general duty (Equality Act 2010 s.149(1)),
 * neither by its own aims nor by aims the plan states once for all its objectives (issue 13: "aims stated at plan
 * level count for every objective").
 *
 * @since 0.2.0
 */
public final class RelevantRule implements Check {
    /**
     * Creates the check.
     *
     * @since 0.2.0
     */
    public RelevantRule() {
    }

    @Override
    public void run(EqualityPlan plan, LocalDate asOf, Findings findings) {
        List<Objective> objectives = plan.getObjectives();
        for (int o = 0; o < objectives.size(); o++) {
            if (plan.aimsOf(objectives.get(o)).isEmpty()) {
                findings.add(Site.objective(o), "This objective is not tied to any aim of the general equality duty.");
            }
        }
    }
}
