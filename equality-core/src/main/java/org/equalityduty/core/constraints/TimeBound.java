package org.equalityduty.core.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Rule {@code smart.not-time-bound}, checked on the whole plan because a criterion's deadline may come from its
 * action. It reports:
 * <ul>
 * <li>an action with no time frame, or an {@link org.equalityduty.core.plan.Ongoing} one with no review point
 * (at {@code objectives[i].actions[j]});</li>
 * <li>a quantitative target with no deadline, or a milestone with no due date, whose action has no dated time frame
 * ({@link org.equalityduty.core.plan.WithinDuration} or {@link org.equalityduty.core.plan.DueBy}); for a criterion of the
 * objective itself, whose objective has no target date;</li>
 * <li>an objective with no target date, no actions and no criteria but qualitative ones, so that no other
 * finding says it has no date (at {@code objectives[i]}).</li>
 * </ul>
 * Qualitative criteria are not checked here: without a measure they are reported by {@link Measurable}.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface TimeBound {
    /**
     * Gets the message template; the validator replaces it with a more precise one.
     *
     * @return the template
     */
    String message() default "is not time-bound";

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
