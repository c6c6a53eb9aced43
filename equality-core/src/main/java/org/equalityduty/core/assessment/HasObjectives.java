package org.equalityduty.core.assessment;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.equalityduty.core.EqualityPlan;

/**
 * Rule {@code duty.no-objectives}: a plan has at least one objective (England: SI 2017/353 reg. 4; Wales and
 * Scotland likewise).
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = HasObjectives.PlanValidator.class)
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface HasObjectives {
    /**
     * Gets the message template; the validator replaces it with a more precise one.
     *
     * @return the template
     */
    String message() default "has no objectives";

    /**
     * Gets the validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * Gets the payload; put the severity here, such as {@link Severity.Warning}.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};

    /**
     * Checks a plan.
     *
     * @since 0.1.0
     */
    final class PlanValidator implements ConstraintValidator<HasObjectives, EqualityPlan> {
        /** Creates a validator; Bean Validation providers call this. */
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
