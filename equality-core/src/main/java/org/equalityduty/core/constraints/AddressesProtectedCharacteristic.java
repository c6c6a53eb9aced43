package org.equalityduty.core.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Rule {@code duty.non-protected-only}: at least one objective of a plan with objectives addresses a protected
 * characteristic, directly or through a group of a standard dimension tied to one (sex, ethnicity, SEN provision,
 * disability). A plan whose objectives address only groups such as disadvantaged pupils is allowed, so this is
 * advice, not an error.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface AddressesProtectedCharacteristic {
    /**
     * Gets the message template; the validator replaces it with a more precise one.
     *
     * @return the template
     */
    String message() default "addresses no protected characteristic";

    /**
     * Gets the validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * Gets the payload. The severity of a finding is its rule's, {@code Rule.getSeverity()}, not a payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};
}
