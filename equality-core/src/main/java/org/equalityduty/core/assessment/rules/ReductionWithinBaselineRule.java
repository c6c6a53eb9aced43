package org.equalityduty.core.assessment.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import org.equalityduty.core.constraints.ReductionWithinBaseline;
import org.equalityduty.core.plan.Direction;
import org.equalityduty.core.plan.QuantitativeTarget;
import org.equalityduty.core.plan.TargetKind;

/**
 * The validators of {@link ReductionWithinBaseline}, found by Hibernate Validator through {@link java.util.ServiceLoader}.
 *
 * @since 0.2.0
 */
public final class ReductionWithinBaselineRule {
    private ReductionWithinBaselineRule() {
    }

    /**
     * Checks a quantitative target.
     *
     * @since 0.1.0
     */
    public static final class QuantitativeValidator implements ConstraintValidator<ReductionWithinBaseline, QuantitativeTarget> {
        private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

        /**
         * Creates a validator; Bean Validation providers call this.
         *
         * @since 0.1.0
         */
        public QuantitativeValidator() {
        }

        @Override
        public boolean isValid(QuantitativeTarget criterion, ConstraintValidatorContext context) {
            if (criterion == null || criterion.getDirection() != Direction.DECREASE || criterion.getTarget().isEmpty()) {
                return true;
            }
            org.equalityduty.core.plan.Target target = criterion.getTarget().get();
            String fix = "Reduce by no more than the starting value; to close a gap completely, set a level target of 0.";
            if (target.getKind() == TargetKind.RELATIVE_PERCENT && target.getValue().compareTo(HUNDRED) > 0) {
                Reports.at(context, "A reduction of {change}% is more than the whole of the starting value.", fix,
                        "change", Reports.number(target.getValue()));
                return false;
            }
            if ((target.getKind() == TargetKind.CHANGE || target.getKind() == TargetKind.PERCENTAGE_POINTS)
                    && !Measures.isShare(criterion.getMeasure()) && criterion.getBaseline().isPresent()) {
                BigDecimal b = criterion.getBaseline().get().getValue();
                BigDecimal reached = target.resolve(Optional.of(b), Direction.DECREASE, MathContext.UNLIMITED)
                        .orElseThrow();
                if (b.signum() >= 0 && reached.signum() < 0) {
                    Reports.at(context, "This criterion asks to reduce the {kind} by {change}, more than its starting "
                            + "value of {baseline}.", fix, "kind", Measures.words(criterion.getMeasure().getKind()),
                            "change", Reports.number(target.getValue()), "baseline", Reports.number(b));
                    return false;
                }
            }
            return true;
        }
    }
}
