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
 * Rule {@code duty.objectives-overdue}: as of the assessment date, the objectives were published no longer ago than
 * the jurisdiction's {@link org.equalityduty.core.duty.PublicationCycle#getObjectivesEvery()} (four years in England,
 * Wales and Scotland), counting from the plan's publication date or, if it has none, the start of its period.
 * Placed on {@link org.equalityduty.core.assessment.AssessedPlan}, which carries the date.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(ObjectivesUpToDate.List.class)
public @interface ObjectivesUpToDate {
    /**
     * Gets the message template; the validator replaces it with a more precise one.
     *
     * @return the template
     */
    String message() default "objectives are overdue";

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
     * Several {@code @ObjectivesUpToDate} constraints on one type, one per jurisdiction.
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
        ObjectivesUpToDate[] value();
    }
}
