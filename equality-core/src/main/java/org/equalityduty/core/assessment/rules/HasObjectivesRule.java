package org.equalityduty.core.assessment.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.equalityduty.core.constraints.HasObjectives;
import org.equalityduty.core.plan.EqualityPlan;

/**
 * The validators of {@link HasObjectives}, found by Hibernate Validator through {@link java.util.ServiceLoader}.
 *
 * @since 0.2.0
 */
public final class HasObjectivesRule {
    private HasObjectivesRule() {
    }

    /**
     * Checks a plan.
     *
     * @since 0.1.0
     */
    public static final class PlanValidator implements ConstraintValidator<HasObjectives, EqualityPlan> {
        /**
         * Creates a validator; Bean Validation providers call this.
         *
         * @since 0.1.0
         */
        public PlanValidator() {
        }

        @Override
        public boolean isValid(EqualityPlan plan, ConstraintValidatorContext context) {
            if (plan == null || !plan.getObjectives().isEmpty()) {
                return true;
            }
            Reports.at(context, "This plan has no equality objectives; the specific duties require at least one.",
                    "Add at least one objective, with why it was chosen and how progress will be measured.");
            return false;
        }
    }
}
