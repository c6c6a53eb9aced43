package org.equalityduty.core.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Rule {@code smart.deadline-outside-period}: every date the plan sets lies inside the plan period: an objective's
 * target date (at {@code objectives[i].targetDate}), an action's time frame resolved from the period start (at the
 * action), a quantitative target's deadline and a milestone's due date (at the criterion).
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface DeadlinesWithinPeriod {
    /**
     * Gets the message template; the validator replaces it with a more precise one.
     *
     * @return the template
     */
    String message() default "sets a date outside the plan period";

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
