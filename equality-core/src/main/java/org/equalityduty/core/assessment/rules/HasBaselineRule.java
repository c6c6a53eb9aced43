package org.equalityduty.core.assessment.rules;

import java.time.LocalDate;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.QuantitativeTarget;

/**
 * Rule {@code smart.no-baseline}: a quantitative target with no starting value.
 *
 * @since 0.2.0
 */
public final class HasBaselineRule implements Check {
    /**
     * Creates the check.
     *
     * @since 0.2.0
     */
    public HasBaselineRule() {
    }

    @Override
    public void run(EqualityPlan plan, LocalDate asOf, Findings findings) {
        for (Walk.At at : Walk.quantitative(plan)) {
            if (((QuantitativeTarget) at.criterion()).getBaseline().isEmpty()) {
                findings.add(at.site(), "This criterion does not say where the measure starts from, so progress "
                        + "cannot be measured.");
            }
        }
    }
}
