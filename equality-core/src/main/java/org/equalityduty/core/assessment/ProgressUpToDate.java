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
import java.util.Optional;
import org.equalityduty.core.EqualityPlan;
import org.equalityduty.core.Jurisdiction;

/**
 * Rule {@code duty.progress-overdue}: where the jurisdiction sets
 * {@link org.equalityduty.core.PublicationCycle#getProgressEvery()} (Wales, Scotland), as of the assessment date
 * progress was last reported no longer ago than that, counting from the last progress report on or before the
 * assessment date or, if none, from the plan's publication date or the start of its period. Jurisdictions without a
 * separate progress cycle (England) always pass. Placed on {@link AssessedPlan}, which carries the date.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = ProgressUpToDate.AssessedPlanValidator.class)
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

    /**
     * Checks an assessed plan.
     *
     * @since 0.1.0
     */
    final class AssessedPlanValidator implements ConstraintValidator<ProgressUpToDate, AssessedPlan> {
        private Jurisdiction jurisdiction;

        /** Creates a validator; Bean Validation providers call this. */
        public AssessedPlanValidator() {
        }

        @Override
        public void initialize(ProgressUpToDate annotation) {
            this.jurisdiction = annotation.jurisdiction();
        }

        @Override
        public boolean isValid(AssessedPlan assessed, ConstraintValidatorContext context) {
            if (assessed == null || jurisdiction.getPublicationCycle().getProgressEvery().isEmpty()) {
                return true;
            }
            EqualityPlan plan = assessed.getPlan();
            Period every = jurisdiction.getPublicationCycle().getProgressEvery().get();
            Optional<LocalDate> last = Cycles.lastOnOrBefore(plan.getProgressReportDates(), assessed.getAsOf());
            LocalDate from = last.orElse(plan.getPublishedOn().orElse(plan.getPeriod().getStart()));
            LocalDate due = from.plus(every);
            if (!assessed.getAsOf().isAfter(due)) {
                return true;
            }
            Reports.at(context, last.isPresent()
                    ? "Progress on the objectives was last reported on {from}; {duties} require a report at least every "
                            + "{every}, so one was due by {due}."
                    : "No progress report is recorded since {from}; {duties} require a report at least every {every}, so "
                            + "one was due by {due}.",
                    "Publish a progress report on the objectives and record the date.",
                    "from", from.toString(), "due", due.toString(), "every", Reports.period(every), "duties", Cycles.duties(jurisdiction));
            return false;
        }
    }
}
