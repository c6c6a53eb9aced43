package org.equalityduty.core.assessment.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.equalityduty.core.constraints.AddressesProtectedCharacteristic;
import org.equalityduty.core.plan.EqualityPlan;

/**
 * The validators of {@link AddressesProtectedCharacteristic}, found by Hibernate Validator through {@link java.util.ServiceLoader}.
 *
 * @since 0.2.0
 */
public final class AddressesProtectedCharacteristicRule {
    private AddressesProtectedCharacteristicRule() {
    }

    /**
     * Checks a plan.
     *
     * @since 0.1.0
     */
    public static final class PlanValidator implements ConstraintValidator<AddressesProtectedCharacteristic, EqualityPlan> {
        /**
         * Creates a validator; Bean Validation providers call this.
         *
         * @since 0.1.0
         */
        public PlanValidator() {
        }

        @Override
        public boolean isValid(EqualityPlan plan, ConstraintValidatorContext context) {
            if (plan == null || plan.getObjectives().isEmpty()
                    || plan.getObjectives().stream().anyMatch(Measures::addressesProtected)) {
                return true;
            }
            Reports.at(context, "Every objective is about groups that are not protected characteristics, such as "
                    + "disadvantaged pupils. That is allowed and often wise, but the equality duty is about protected "
                    + "characteristics.", "Consider adding an objective for a protected characteristic, such as sex, "
                    + "race or disability, or naming the characteristics your objectives also serve.");
            return false;
        }
    }
}
