package org.equalityduty.core.assessment.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.equalityduty.core.plan.Direction;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.QuantitativeTarget;
import org.equalityduty.core.plan.Target;
import org.equalityduty.core.plan.TargetKind;

/**
 * Rule {@code smart.direction-contradicts}: a gap asked to increase, or a level target on the wrong side of the
 * baseline for the stated direction.
 *
 * @since 0.2.0
 */
public final class ConsistentDirectionRule implements Check {
    /**
     * Creates the check.
     *
     * @since 0.2.0
     */
    public ConsistentDirectionRule() {
    }

    @Override
    public void run(EqualityPlan plan, LocalDate asOf, Findings findings) {
        for (Walk.At at : Walk.quantitative(plan)) {
            QuantitativeTarget criterion = (QuantitativeTarget) at.criterion();
            if (criterion.getDirection() == Direction.INCREASE && criterion.getMeasure().getKind().isGap()) {
                findings.add(at.site(), "This criterion asks the " + Measures.words(criterion.getMeasure().getKind())
                        + " to increase, but a gap that must narrow should decrease.");
                continue;
            }
            Optional<Target> target = criterion.getTarget().filter(t -> t.getKind() == TargetKind.LEVEL);
            if (target.isEmpty() || criterion.getBaseline().isEmpty()) {
                continue;
            }
            BigDecimal t = target.get().getValue();
            BigDecimal b = criterion.getBaseline().get().getValue();
            if (criterion.getDirection() == Direction.DECREASE && t.compareTo(b) > 0) {
                findings.add(at.site(), "This criterion asks for a decrease, but its target of " + Reports.number(t)
                        + " is above the baseline of " + Reports.number(b) + ".");
            } else if (criterion.getDirection() == Direction.INCREASE && t.compareTo(b) < 0) {
                findings.add(at.site(), "This criterion asks for an increase, but its target of " + Reports.number(t)
                        + " is below the baseline of " + Reports.number(b) + ".");
            }
        }
    }
}
