package org.equalityduty.core.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.equalityduty.core.duty.Jurisdiction;

/**
 * Rule {@code duty.progress-overdue}: where the jurisdiction sets
 * {@link org.equalityduty.core.duty.PublicationCycle#getProgressEvery()} (Wales, Scotland), as of the assessment date
 * progress was last reported no longer ago than that, counting from the last progress report on or before the
 * assessment date or, if none, from the plan's publication date or the start of its period. Jurisdictions without a
 * separate progress cycle (England) always pass. Placed on {@link org.equalityduty.core.assessment.AssessedPlan}, which carries the date.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(ProgressUpToDate.List.class)
public @interface ProgressUpToDate {
    /**
     * Gets the message template; the validator replaces it with a more precise one.
     *
     * @return the template
     */
    String message() default "progress report is overdue";

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
     * Gets the jurisdiction whose publication cycle applies; put the constraint in that jurisdiction's group.
     *
     * @return the jurisdiction
     */
    Jurisdiction jurisdiction();

    /**
     * Several {@code @ProgressUpToDate} constraints on one type, one per jurisdiction.
     *
     * @since 0.1.0
     */
    @Documented
    @Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @interface List {
        /**
         * Gets the constraints.
         *
         * @return the constraints
         */
        ProgressUpToDate[] value();
    }
}
