package org.equalityduty.core.assessment.rules;

import java.time.LocalDate;
import java.util.Optional;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.QuantitativeTarget;

/**
 * Rule {@code smart.baseline-after-deadline}: a baseline dated after the date by which its target is to be reached
 * (the criterion's deadline, or else its action's due date, or else its objective's target date), so the starting
 * value cannot be where progress starts from (SMART: measurable and time-bound, docs/domain.md, section 6).
 *
 * @since 0.2.0
 */
public final class BaselineAfterDeadlineRule implements Check {
    /**
     * Creates the check.
     *
     * @since 0.2.0
     */
    public BaselineAfterDeadlineRule() {
    }

    @Override
    public void run(EqualityPlan plan, LocalDate asOf, Findings findings) {
        for (Walk.At at : Walk.quantitative(plan)) {
            QuantitativeTarget criterion = (QuantitativeTarget) at.criterion();
            Optional<LocalDate> baseline = criterion.getBaseline().flatMap(b -> b.getDate());
            if (baseline.isEmpty()) {
                continue;
            }
            String which = "deadline";
            Optional<LocalDate> due = criterion.getDeadline();
            if (due.isEmpty() && at.action() != null) {
                due = at.action().getTimeFrame().flatMap(plan::dueDateOf);
                which = "due date of its action";
            }
            if (due.isEmpty()) {
                due = at.objective().getTargetDate();
                which = "target date of its objective";
            }
            if (due.isPresent() && baseline.get().isAfter(due.get())) {
                findings.add(at.site(), "The baseline is dated " + baseline.get() + ", after the " + which + ", "
                        + due.get() + ", by which the target is to be reached.");
            }
        }
    }
}
