package org.equalityduty.core.assessment.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.equalityduty.core.plan.Action;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.Objective;
import org.equalityduty.core.plan.PlanPeriod;

/**
 * Rule {@code smart.deadline-outside-period}: a target date, an action's due date or a criterion's deadline outside
 * the plan period.
 *
 * @since 0.2.0
 */
public final class DeadlinesWithinPeriodRule implements Check {
    /**
     * Creates the check.
     *
     * @since 0.2.0
     */
    public DeadlinesWithinPeriodRule() {
    }

    @Override
    public void run(EqualityPlan plan, LocalDate asOf, Findings findings) {
        if (plan.getPeriod().isEmpty()) {
            return;
        }
        PlanPeriod period = plan.getPeriod().get();
        List<Objective> objectives = plan.getObjectives();
        for (int o = 0; o < objectives.size(); o++) {
            Objective objective = objectives.get(o);
            Optional<LocalDate> target = objective.getTargetDate().filter(d -> !period.contains(d));
            if (target.isPresent()) {
                findings.add(Site.objective(o).field("targetDate"), message("target date", target.get(), period));
            }
            List<Action> actions = objective.getActions();
            for (int a = 0; a < actions.size(); a++) {
                Optional<LocalDate> due = actions.get(a).getTimeFrame().flatMap(plan::dueDateOf)
                        .filter(x -> !period.contains(x));
                if (due.isPresent()) {
                    findings.add(Site.action(o, a), message("time frame", due.get(), period));
                }
            }
        }
        for (Walk.At at : Walk.criteria(plan)) {
            Optional<LocalDate> d = Walk.date(at.criterion()).filter(x -> !period.contains(x));
            if (d.isPresent()) {
                findings.add(at.site(), message("deadline", d.get(), period));
            }
        }
    }

    private static String message(String what, LocalDate date, PlanPeriod period) {
        return "The " + what + " " + date + " is outside the plan period, " + period.getStart() + " to "
                + period.getEnd() + ".";
    }
}
