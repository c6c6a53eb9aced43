package org.equalityduty.core.assessment.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.equalityduty.core.plan.Action;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.Milestone;
import org.equalityduty.core.plan.Objective;
import org.equalityduty.core.plan.PlanPeriod;
import org.equalityduty.core.plan.QualitativeCriterion;
import org.equalityduty.core.plan.QuantitativeTarget;
import org.equalityduty.core.plan.SuccessCriterion;
import org.equalityduty.core.plan.TimeFrame;
import org.jspecify.annotations.Nullable;

/** The traversal the checks share: every criterion with its objective, its action and its site. */
final class Walk {
    private Walk() {
    }

    /** A criterion where it stands. */
    record At(int o, int a, int c, Objective objective, @Nullable Action action, SuccessCriterion criterion) {
        Site site() {
            return Site.criterion(o, a, c, criterion.getId());
        }

        Optional<QuantitativeTarget> quantitative() {
            return criterion instanceof QuantitativeTarget q ? Optional.of(q) : Optional.empty();
        }
    }

    /** Every criterion of the plan in plan order: for each objective its own criteria, then each action's. */
    static List<At> criteria(EqualityPlan plan) {
        List<At> all = new ArrayList<>();
        List<Objective> objectives = plan.getObjectives();
        for (int o = 0; o < objectives.size(); o++) {
            Objective objective = objectives.get(o);
            List<SuccessCriterion> own = objective.getSuccessCriteria();
            for (int c = 0; c < own.size(); c++) {
                all.add(new At(o, -1, c, objective, null, own.get(c)));
            }
            List<Action> actions = objective.getActions();
            for (int a = 0; a < actions.size(); a++) {
                List<SuccessCriterion> criteria = actions.get(a).getSuccessCriteria();
                for (int c = 0; c < criteria.size(); c++) {
                    all.add(new At(o, a, c, objective, actions.get(a), criteria.get(c)));
                }
            }
        }
        return all;
    }

    /** The quantitative targets of the plan, in plan order. */
    static List<At> quantitative(EqualityPlan plan) {
        List<At> q = new ArrayList<>();
        for (At at : criteria(plan)) {
            if (at.criterion() instanceof QuantitativeTarget) {
                q.add(at);
            }
        }
        return q;
    }

    /**
     * The plan's period. The one place the checks read it, so that a plan that states no period (format version 2)
     * changes this line only: every check passes over what it cannot judge without one.
     */
    static Optional<PlanPeriod> period(EqualityPlan plan) {
        return plan.getPeriod();
    }

    /** The plan's first day, where time frames given as durations count from. */
    static Optional<java.time.LocalDate> start(EqualityPlan plan) {
        return plan.startDate();
    }

    /** The day by which work in a time frame is due: a date as given, or a duration from the plan's start. */
    static Optional<java.time.LocalDate> dueDate(EqualityPlan plan, TimeFrame frame) {
        return plan.dueDateOf(frame);
    }

    /** The date a criterion states: a target's deadline or a milestone's due date. */
    static Optional<java.time.LocalDate> date(SuccessCriterion criterion) {
        if (criterion instanceof QuantitativeTarget q) {
            return q.getDeadline();
        }
        if (criterion instanceof Milestone m) {
            return m.getDue();
        }
        return Optional.empty();
    }

    /** Whether a criterion is a qualitative one. */
    static boolean qualitative(SuccessCriterion criterion) {
        return criterion instanceof QualitativeCriterion;
    }
}
