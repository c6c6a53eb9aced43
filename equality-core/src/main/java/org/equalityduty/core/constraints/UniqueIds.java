package org.equalityduty.core.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Requires the objective identifiers of a plan, and the success criterion identifiers, each to be unique, so that
 * progress can be recorded against them. Each repeated identifier is reported at its second and later uses.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = {})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface UniqueIds {
    /**
     * Gets the message template.
     *
     * @return the template
     * @since 0.1.0
     */
    String message() default "identifiers must be unique within the plan";

    /**
     * Gets the validation groups.
     *
     * @return the groups
     * @since 0.1.0
     */
    Class<?>[] groups() default {};

    /**
     * Gets the payload.
     *
     * @return the payload
     * @since 0.1.0
     */
    Class<? extends Payload>[] payload() default {};
}
