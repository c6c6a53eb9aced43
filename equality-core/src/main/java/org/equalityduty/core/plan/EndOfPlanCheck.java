package org.equalityduty.core.plan;

import java.time.LocalDate;
import java.util.Optional;
import org.equalityduty.core.InvalidValueException;

/**
 * Checks that every date a plan states as "the end of the plan" resolves to the plan period's end. Not part of the
 * public API.
 */
final class EndOfPlanCheck {
    private final Optional<LocalDate> end;

    EndOfPlanCheck(Optional<LocalDate> end) {
        this.end = end;
    }

    void plan(EqualityPlan plan) {
        for (Objective o : plan.getObjectives()) {
            check("targetDate of objective '" + o.getId() + "'", o.getTargetDate(), o.getTargetDateAsStated());
            for (SuccessCriterion c : o.getSuccessCriteria()) {
                criterion(c);
            }
            for (Action a : o.getActions()) {
                if (a.getTimeFrame().isPresent() && a.getTimeFrame().get() instanceof DueBy) {
                    DueBy due = (DueBy) a.getTimeFrame().get();
                    check("date of a due_by time frame in objective '" + o.getId() + "'", Optional.of(due.getDate()),
                            due.getDateAsStated());
                }
                for (SuccessCriterion c : a.getSuccessCriteria()) {
                    criterion(c);
                }
            }
        }
    }

    private void criterion(SuccessCriterion c) {
        if (c instanceof QuantitativeTarget q) {
            check("deadline of criterion '" + q.getId() + "'", q.getDeadline(), q.getDeadlineAsStated());
        } else if (c instanceof Milestone m) {
            check("due of milestone '" + m.getId() + "'", m.getDue(), m.getDueAsStated());
        }
    }

    private void check(String what, Optional<LocalDate> exact, Optional<PlanDate> stated) {
        if (stated.isEmpty() || stated.get().getPrecision() != PlanDate.Precision.END_OF_PLAN) {
            return;
        }
        if (end.isEmpty()) {
            throw new InvalidValueException(what + " is end_of_plan, which needs the plan's period end, and the plan "
                    + "states none");
        }
        if (!exact.equals(end)) {
            throw new InvalidValueException(what + " is end_of_plan, so it must be " + end.get() + ", not "
                    + exact.map(LocalDate::toString).orElse("empty"));
        }
    }
}
