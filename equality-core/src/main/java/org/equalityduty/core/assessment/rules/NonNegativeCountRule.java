package org.equalityduty.core.assessment.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.equalityduty.core.constraints.NonNegativeCount;
import org.equalityduty.core.plan.QuantitativeTarget;
import org.equalityduty.core.plan.TargetKind;

/**
 * The validators of {@link NonNegativeCount}, found by Hibernate Validator through {@link java.util.ServiceLoader}.
 *
 * @since 0.2.0
 */
public final class NonNegativeCountRule {
    private NonNegativeCountRule() {
    }

    /**
     * Checks a quantitative target.
     *
     * @since 0.1.0
     */
    public static final class QuantitativeValidator implements ConstraintValidator<NonNegativeCount, QuantitativeTarget> {
        /**
         * Creates a validator; Bean Validation providers call this.
         *
         * @since 0.1.0
         */
        public QuantitativeValidator() {
        }

        @Override
        public boolean isValid(QuantitativeTarget criterion, ConstraintValidatorContext context) {
            if (criterion == null || !Measures.isCount(criterion.getMeasure())) {
                return true;
            }
            boolean valid = true;
            String fix = "Use a count of zero or more.";
            if (criterion.getBaseline().isPresent() && criterion.getBaseline().get().getValue().signum() < 0) {
                Reports.at(context, "A count cannot be negative, but the baseline is {value}.", fix,
                        "value", Reports.number(criterion.getBaseline().get().getValue()));
                valid = false;
            }
            if (criterion.getTarget().isPresent() && criterion.getTarget().get().getKind() == TargetKind.LEVEL
                    && criterion.getTarget().get().getValue().signum() < 0) {
                Reports.at(context, "A count cannot be negative, but the target is {value}.", fix,
                        "value", Reports.number(criterion.getTarget().get().getValue()));
                valid = false;
            }
            return valid;
        }
    }
}
