package org.equalityduty.core.assessment.rules;

import java.time.LocalDate;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.QuantitativeTarget;
import org.equalityduty.core.plan.TargetKind;

/**
 * Rule {@code smart.negative-count}: a count with a negative baseline or level target.
 *
 * @since 0.2.0
 */
public final class NonNegativeCountRule implements Check {
    /**
     * Creates the check.
     *
     * @since 0.2.0
     */
    public NonNegativeCountRule() {
    }

    @Override
    public void run(EqualityPlan plan, LocalDate asOf, Findings findings) {
        for (Walk.At at : Walk.quantitative(plan)) {
            QuantitativeTarget criterion = (QuantitativeTarget) at.criterion();
            if (!Measures.isCount(criterion.getMeasure())) {
                continue;
            }
            if (criterion.getBaseline().isPresent() && criterion.getBaseline().get().getValue().signum() < 0) {
                findings.add(at.site(), "A count cannot be negative, but the baseline is "
                        + Reports.number(criterion.getBaseline().get().getValue()) + ".");
            }
            if (criterion.getTarget().isPresent() && criterion.getTarget().get().getKind() == TargetKind.LEVEL
                    && criterion.getTarget().get().getValue().signum() < 0) {
                findings.add(at.site(), "A count cannot be negative, but the target is "
                        + Reports.number(criterion.getTarget().get().getValue()) + ".");
            }
        }
    }
}
