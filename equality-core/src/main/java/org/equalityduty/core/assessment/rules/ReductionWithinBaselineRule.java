package org.equalityduty.core.assessment.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Optional;
import org.equalityduty.core.plan.Direction;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.QuantitativeTarget;
import org.equalityduty.core.plan.Target;
import org.equalityduty.core.plan.TargetKind;

/**
 * Rule {@code smart.reduction-exceeds-baseline}: a reduction larger than the starting value.
 *
 * @since 0.2.0
 */
public final class ReductionWithinBaselineRule implements Check {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Creates the check.
     *
     * @since 0.2.0
     */
    public ReductionWithinBaselineRule() {
    }

    @Override
    public void run(EqualityPlan plan, LocalDate asOf, Findings findings) {
        for (Walk.At at : Walk.quantitative(plan)) {
            QuantitativeTarget criterion = (QuantitativeTarget) at.criterion();
            if (criterion.getDirection() != Direction.DECREASE || criterion.getTarget().isEmpty()) {
                continue;
            }
            Target target = criterion.getTarget().get();
            if (target.getKind() == TargetKind.RELATIVE_PERCENT && target.getValue().compareTo(HUNDRED) > 0) {
                findings.add(at.site(), "A reduction of " + Reports.number(target.getValue())
                        + "% is more than the whole of the starting value.");
                continue;
            }
            if ((target.getKind() == TargetKind.CHANGE || target.getKind() == TargetKind.PERCENTAGE_POINTS)
                    && !Measures.isShare(criterion.getMeasure()) && criterion.getBaseline().isPresent()) {
                BigDecimal b = criterion.getBaseline().get().getValue();
                Optional<BigDecimal> reached = target.resolve(Optional.of(b), Direction.DECREASE, MathContext.UNLIMITED);
                if (b.signum() >= 0 && reached.isPresent() && reached.get().signum() < 0) {
                    findings.add(at.site(), "This criterion asks to reduce the "
                            + Measures.words(criterion.getMeasure().getKind()) + " by " + Reports.number(target.getValue())
                            + ", more than its starting value of " + Reports.number(b) + ".");
                }
            }
        }
    }
}
