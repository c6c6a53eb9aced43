package org.equalityduty.core.assessment.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.equalityduty.core.assessment.AssessedPlan;
import org.equalityduty.core.constraints.ProgressUpToDate;
import org.equalityduty.core.duty.Jurisdiction;
import org.equalityduty.core.plan.EqualityPlan;

/**
 * The validators of {@link ProgressUpToDate}, found by Hibernate Validator through {@link java.util.ServiceLoader}.
 *
 * @since 0.2.0
 */
public final class ProgressUpToDateRule {
    private ProgressUpToDateRule() {
    }

    /**
     * Checks an assessed plan.
     *
     * @since 0.1.0
     */
    public static final class AssessedPlanValidator implements ConstraintValidator<ProgressUpToDate, AssessedPlan> {
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
