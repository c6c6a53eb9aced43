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
import org.equalityduty.core.Objective;

/**
 * Rule {@code smart.not-relevant}: an objective is tied to at least one aim of the general duty (s.149(1)).
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = Relevant.ObjectiveValidator.class)
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Relevant {
    /**
     * Gets the message template; the validator replaces it with a more precise one.
     *
     * @return the template
     */
    String message() default "is not relevant";

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
     * Checks an objective.
     *
     * @since 0.1.0
     */
    final class ObjectiveValidator implements ConstraintValidator<Relevant, Objective> {
        /** Creates a validator; Bean Validation providers call this. */
        public ObjectiveValidator() {
        }

        @Override
        public boolean isValid(Objective objective, ConstraintValidatorContext context) {
            if (objective == null || !objective.getAims().isEmpty()) {
                return true;
            }
            Reports.at(context, "This objective is not tied to any aim of the general equality duty.",
                    "Say which aim it serves: eliminating discrimination, advancing equality of opportunity, or "
                    + "fostering good relations (s.149(1)(a), (b) or (c)).");
            return false;
        }
    }
}
