package org.equalityduty.core.assessment.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import java.util.Optional;
import org.equalityduty.core.constraints.ConsistentDirection;
import org.equalityduty.core.plan.Direction;
import org.equalityduty.core.plan.QuantitativeTarget;
import org.equalityduty.core.plan.TargetKind;

/**
 * The validators of {@link ConsistentDirection}, found by Hibernate Validator through {@link java.util.ServiceLoader}.
 *
 * @since 0.2.0
 */
public final class ConsistentDirectionRule {
    private ConsistentDirectionRule() {
    }

    /**
     * Checks a quantitative target.
     *
     * @since 0.1.0
     */
    public static final class QuantitativeValidator implements ConstraintValidator<ConsistentDirection, QuantitativeTarget> {
        /**
         * Creates a validator; Bean Validation providers call this.
         *
         * @since 0.1.0
         */
        public QuantitativeValidator() {
        }

        @Override
        public boolean isValid(QuantitativeTarget criterion, ConstraintValidatorContext context) {
            if (criterion == null) {
                return true;
            }
            String fix = "Make the direction agree with the target: a gap that must narrow, or a target below the "
                    + "baseline, decreases.";
            if (criterion.getDirection() == Direction.INCREASE && criterion.getMeasure().getKind().isGap()) {
                Reports.at(context, "This criterion asks the {kind} to increase, but a gap that must narrow should "
                        + "decrease.", fix, "kind", Measures.words(criterion.getMeasure().getKind()));
                return false;
            }
            Optional<org.equalityduty.core.plan.Target> target = criterion.getTarget().filter(t -> t.getKind() == TargetKind.LEVEL);
            if (target.isEmpty() || criterion.getBaseline().isEmpty()) {
                return true;
            }
            BigDecimal t = target.get().getValue();
            BigDecimal b = criterion.getBaseline().get().getValue();
            if (criterion.getDirection() == Direction.DECREASE && t.compareTo(b) > 0) {
                Reports.at(context, "This criterion asks for a decrease, but its target of {target} is above the "
                        + "baseline of {baseline}.", fix, "target", Reports.number(t), "baseline", Reports.number(b));
                return false;
            }
            if (criterion.getDirection() == Direction.INCREASE && t.compareTo(b) < 0) {
                Reports.at(context, "This criterion asks for an increase, but its target of {target} is below the "
                        + "baseline of {baseline}.", fix, "target", Reports.number(t), "baseline", Reports.number(b));
                return false;
            }
            return true;
        }
    }
}
