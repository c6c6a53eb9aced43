package org.equalityduty.core.assessment.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.equalityduty.core.constraints.HasBaseline;
import org.equalityduty.core.plan.QuantitativeTarget;

/**
 * The validators of {@link HasBaseline}, found by Hibernate Validator through {@link java.util.ServiceLoader}.
 *
 * @since 0.2.0
 */
public final class HasBaselineRule {
    private HasBaselineRule() {
    }

    /**
     * Checks a quantitative target.
     *
     * @since 0.1.0
     */
    public static final class QuantitativeValidator implements ConstraintValidator<HasBaseline, QuantitativeTarget> {
        /**
         * Creates a validator; Bean Validation providers call this.
         *
         * @since 0.1.0
         */
        public QuantitativeValidator() {
        }

        @Override
        public boolean isValid(QuantitativeTarget criterion, ConstraintValidatorContext context) {
            if (criterion == null || criterion.getBaseline().isPresent()) {
                return true;
            }
            Reports.at(context, "This criterion does not say where the measure starts from, so progress cannot be "
                    + "measured.", "State the current value and the date it refers to.");
            return false;
        }
    }
}
