package org.equalityduty.core.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Rule {@code duty.characteristic-not-protected-for-pupils}: an objective about pupils does not address age or
 * marriage and civil partnership, which are not protected for pupils in schools (Equality Act 2010 s.84; for age,
 * Schedule 18 para. 1). Both still apply to the school as an employer, so an objective that is also about staff,
 * job applicants or the community (such as "good relations across all protected characteristics" for pupils, staff
 * and families) passes: a characteristic is reported only when none of the objective's populations is one for which
 * it is protected ({@link org.equalityduty.core.duty.ProtectedCharacteristic#isProtectedFor(Population)}).
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ProtectedForPopulation {
    /**
     * Gets the message template; the validator replaces it with a more precise one.
     *
     * @return the template
     */
    String message() default "addresses a characteristic not protected for its population";

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
