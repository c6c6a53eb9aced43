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
import org.equalityduty.core.Population;

/**
 * Rule {@code child.missing}: an objective whose populations include pupils has a child-friendly version.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = HasChildFriendlyVersion.ObjectiveValidator.class)
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface HasChildFriendlyVersion {
    /**
     * Gets the message template; the validator replaces it with a more precise one.
     *
     * @return the template
     */
    String message() default "has no child-friendly version";

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
    final class ObjectiveValidator implements ConstraintValidator<HasChildFriendlyVersion, Objective> {
        /** Creates a validator; Bean Validation providers call this. */
        public ObjectiveValidator() {
        }

        @Override
        public boolean isValid(Objective objective, ConstraintValidatorContext context) {
            if (objective == null || !objective.getPopulations().contains(Population.PUPILS)
                    || objective.getChildFriendlyVersion().isPresent()) {
                return true;
            }
            Reports.at(context, "This objective is about pupils but has no child-friendly version.",
                    "Add a short child-friendly version in everyday words, so pupils can see what the school is doing "
                    + "for them.");
            return false;
        }
    }
}
