package org.equalityduty.core.assessment.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.equalityduty.core.assessment.AssessedPlan;
import org.equalityduty.core.constraints.InformationUpToDate;
import org.equalityduty.core.duty.Jurisdiction;

/**
 * The validators of {@link InformationUpToDate}, found by Hibernate Validator through {@link java.util.ServiceLoader}.
 *
 * @since 0.2.0
 */
public final class InformationUpToDateRule {
    private InformationUpToDateRule() {
    }

    /**
     * Checks an assessed plan.
     *
     * @since 0.1.0
     */
    public static final class AssessedPlanValidator implements ConstraintValidator<InformationUpToDate, AssessedPlan> {
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
