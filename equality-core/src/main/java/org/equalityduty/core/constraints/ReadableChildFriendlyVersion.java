package org.equalityduty.core.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Rule {@code child.hard-to-read}: an objective's child-friendly version has a Flesch reading ease (see
 * {@link org.equalityduty.core.assessment.Readability}) of at least {@link #minimumReadingEase()}, 70 by default: in Flesch's table 70-80 is
 * "fairly easy" (about age 12) and lower scores are "standard" or harder, pitched at secondary-school readers and
 * above, so harder than a primary pupil should be asked to read. The score in the message is rounded half-up to one
 * decimal place.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ReadableChildFriendlyVersion {
    /**
     * Gets the message template; the validator replaces it with a more precise one.
     *
     * @return the template
     */
    String message() default "child-friendly version is hard to read";

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

    /**
     * Gets the lowest Flesch reading ease accepted.
     *
     * @return the minimum score, 70 unless set
     */
    double minimumReadingEase() default 70;
}
