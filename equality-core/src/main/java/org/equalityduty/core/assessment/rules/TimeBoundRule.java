package org.equalityduty.core.assessment.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.equalityduty.core.plan.Action;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.Objective;
import org.equalityduty.core.plan.Ongoing;
import org.equalityduty.core.plan.SuccessCriterion;
import org.equalityduty.core.plan.TimeFrame;

/**
 * Rule {@code smart.not-time-bound}: an objective with no target date and nothing dated, an action with no time
 * frame or ongoing with no review point, or a criterion with no deadline whose objective or action gives none. Only
 * for a plan whose period has an end: with none, there is nothing to be bound by, and {@code duty.period-unstated}
 * (or the period as written) says so once for the plan rather than once per objective.
 *
 * @since 0.2.0
 */
public final class TimeBoundRule implements Check {
    /**
     * Creates the check.
     *
     * @since 0.2.0
     */
    public TimeBoundRule() {
    }

    @Override
    public void run(EqualityPlan plan, LocalDate asOf, Findings findings) {
        if (plan.endDate().isEmpty()) {
            return;
        }
        List<Objective> objectives = plan.getObjectives();
        for (int o = 0; o < objectives.size(); o++) {
            Objective objective = objectives.get(o);
            if (objective.getTargetDate().isEmpty() && objective.getActions().isEmpty()
                    && objective.getSuccessCriteria().stream().allMatch(Walk::qualitative)) {
                findings.add(Site.objective(o), "This objective has no target date and no actions with a time frame, "
                        + "so it is not clear by when it should be achieved.");
            }
            List<Action> actions = objective.getActions();
            for (int a = 0; a < actions.size(); a++) {
                Optional<TimeFrame> frame = actions.get(a).getTimeFrame();
                if (frame.isEmpty()) {
                    findings.add(Site.action(o, a), "This action has no time frame.");
                } else if (frame.get() instanceof Ongoing ongoing && ongoing.getReviewEvery().isEmpty()) {
                    findings.add(Site.action(o, a), "This action is ongoing with no review point, so nobody can tell "
                            + "when to check on it.");
                }
            }
        }
        for (Walk.At at : Walk.criteria(plan)) {
            if (dated(at.criterion())) {
                continue;
            }
            if (at.action() == null) {
                if (at.objective().getTargetDate().isEmpty()) {
                    findings.add(at.site(), "This criterion has no deadline, and its objective has no target date.");
                }
            } else if (at.action().getTimeFrame().flatMap(plan::dueDateOf).isEmpty()) {
                findings.add(at.site(), "This criterion has no deadline, and its action has no date.");
            }
        }
    }

    private static boolean dated(SuccessCriterion criterion) {
        return Walk.qualitative(criterion) || Walk.date(criterion).isPresent();
    }
}
