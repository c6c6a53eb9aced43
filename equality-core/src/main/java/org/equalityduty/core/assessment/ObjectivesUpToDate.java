package org.equalityduty.core.assessment;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.Period;
import org.equalityduty.core.EqualityPlan;
import org.equalityduty.core.Jurisdiction;

/**
 * Rule {@code duty.objectives-overdue}: as of the assessment date, the objectives were published no longer ago than
 * the jurisdiction's {@link org.equalityduty.core.PublicationCycle#getObjectivesEvery()} (four years in England,
 * Wales and Scotland), counting from the plan's publication date or, if it has none, the start of its period.
 * Placed on {@link AssessedPlan}, which carries the date.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = ObjectivesUpToDate.AssessedPlanValidator.class)
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
     * Gets the payload; put the severity here, such as {@link Severity.Warning}.
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

    /**
     * Checks an assessed plan.
     *
     * @since 0.1.0
     */
    final class AssessedPlanValidator implements ConstraintValidator<ObjectivesUpToDate, AssessedPlan> {
        private Jurisdiction jurisdiction;

        /** Creates a validator; Bean Validation providers call this. */
        public AssessedPlanValidator() {
        }

        @Override
        public void initialize(ObjectivesUpToDate annotation) {
            this.jurisdiction = annotation.jurisdiction();
        }

        @Override
        public boolean isValid(AssessedPlan assessed, ConstraintValidatorContext context) {
            if (assessed == null) {
                return true;
            }
            EqualityPlan plan = assessed.getPlan();
            Period every = jurisdiction.getPublicationCycle().getObjectivesEvery();
            LocalDate from = plan.getPublishedOn().orElse(plan.getPeriod().getStart());
            LocalDate due = from.plus(every);
            if (!assessed.getAsOf().isAfter(due)) {
                return true;
            }
            Reports.at(context, plan.getPublishedOn().isPresent()
                    ? "The objectives were published on {from}; {duties} require objectives at least every {every}, so "
                            + "new ones were due by {due}."
                    : "The plan does not say when it was published; counting from the start of its period, {from}, "
                            + "{duties} required new objectives by {due} (at least every {every}).",
                    "Review the objectives, publish them again and record the date of publication.",
                    "from", from.toString(), "due", due.toString(), "every", Reports.period(every), "duties", Cycles.duties(jurisdiction));
            return false;
        }
    }
}
