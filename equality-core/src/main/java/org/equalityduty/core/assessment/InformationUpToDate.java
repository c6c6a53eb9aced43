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
import org.equalityduty.core.Jurisdiction;

/**
 * Rule {@code duty.information-overdue}: as of the assessment date, equality information was last published no longer
 * ago than the jurisdiction's {@link org.equalityduty.core.PublicationCycle#getInformationEvery()} (12 months in
 * England and Wales, two years in Scotland). Only publication dates on or before the assessment date count; a plan
 * with none is overdue. Placed on {@link AssessedPlan}, which carries the date.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = InformationUpToDate.AssessedPlanValidator.class)
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(InformationUpToDate.List.class)
public @interface InformationUpToDate {
    /**
     * Gets the message template; the validator replaces it with a more precise one.
     *
     * @return the template
     */
    String message() default "equality information is overdue";

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
     * Several {@code @InformationUpToDate} constraints on one type, one per jurisdiction.
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
        InformationUpToDate[] value();
    }

    /**
     * Checks an assessed plan.
     *
     * @since 0.1.0
     */
    final class AssessedPlanValidator implements ConstraintValidator<InformationUpToDate, AssessedPlan> {
        private Jurisdiction jurisdiction;

        /** Creates a validator; Bean Validation providers call this. */
        public AssessedPlanValidator() {
        }

        @Override
        public void initialize(InformationUpToDate annotation) {
            this.jurisdiction = annotation.jurisdiction();
        }

        @Override
        public boolean isValid(AssessedPlan assessed, ConstraintValidatorContext context) {
            if (assessed == null) {
                return true;
            }
            Period every = jurisdiction.getPublicationCycle().getInformationEvery();
            Optional<LocalDate> last = Cycles.lastOnOrBefore(assessed.getPlan().getInformationPublishedOn(),
                    assessed.getAsOf());
            String fix = "Publish up-to-date equality information and record the date.";
            if (last.isEmpty()) {
                Reports.at(context, "No publication of equality information is recorded on or before {asOf}; {duties} "
                        + "require it at least every {every}.", fix, "asOf", assessed.getAsOf().toString(),
                        "every", Reports.period(every), "duties", Cycles.duties(jurisdiction));
                return false;
            }
            LocalDate due = last.get().plus(every);
            if (!assessed.getAsOf().isAfter(due)) {
                return true;
            }
            Reports.at(context, "Equality information was last published on {last}; {duties} require it at least every "
                    + "{every}, so it was due again by {due}.", fix, "last", last.get().toString(), "due", due.toString(),
                    "every", Reports.period(every), "duties", Cycles.duties(jurisdiction));
            return false;
        }
    }
}
