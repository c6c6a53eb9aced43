package org.equalityduty.core.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Rule {@code smart.share-out-of-range}: on a share (a measure kind that is a share, or a measure stated in percent
 * that is not a gap), the baseline and a level target lie between 0 and 100, and a change in percentage points, in
 * the measure's unit or relative to the baseline does not take the baseline above 100 or below 0. (A relative
 * decrease of more than 100% is reported by {@link ReductionWithinBaseline} instead, so each weakness is reported
 * once.)
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ShareInRange {
    /**
     * Gets the message template; the validator replaces it with a more precise one.
     *
     * @return the template
     */
    String message() default "share is out of range";

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
