package org.equalityduty.core.assessment.rules;

import java.time.LocalDate;
import java.util.List;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.Milestone;

/**
 * Rule {@code smart.output-not-outcome}: every success criterion of an objective is a one-off task (a
 * {@link Milestone}: a policy reviewed, a forum set up, an award gained), so the objective can be met without
 * anything changing for the people it is for. The specific duties ask for objectives that are specific and measurable
 * (docs/domain.md, sections 2 and 6); a task is a step towards an outcome, not the outcome. An objective with no
 * criteria is {@code smart.not-measurable}'s.
 *
 * @since 0.2.0
 */
public final class OutputNotOutcomeRule implements Check {
    /**
     * Creates the check.
     *
     * @since 0.2.0
     */
    public OutputNotOutcomeRule() {
    }

    @Override
    public void run(EqualityPlan plan, LocalDate asOf, Findings findings) {
        List<Walk.At> all = Walk.criteria(plan);
        for (int o = 0; o < plan.getObjectives().size(); o++) {
            int objective = o;
            List<Walk.At> criteria = all.stream().filter(at -> at.o() == objective).toList();
            if (!criteria.isEmpty() && criteria.stream().allMatch(at -> at.criterion() instanceof Milestone)) {
                findings.add(Site.objective(o), "Every success criterion of this objective is a one-off task, so it "
                        + "can be met without anything changing for the people it is for.");
            }
        }
    }
}
