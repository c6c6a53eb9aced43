package org.equalityduty.core.assessment.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.time.Period;
import org.equalityduty.core.assessment.AssessedPlan;
import org.equalityduty.core.constraints.ObjectivesUpToDate;
import org.equalityduty.core.duty.Jurisdiction;
import org.equalityduty.core.plan.EqualityPlan;

/**
 * The validators of {@link ObjectivesUpToDate}, found by Hibernate Validator through {@link java.util.ServiceLoader}.
 *
 * @since 0.2.0
 */
public final class ObjectivesUpToDateRule {
    private ObjectivesUpToDateRule() {
    }

    /**
     * Checks an assessed plan.
     *
     * @since 0.1.0
     */
    public static final class AssessedPlanValidator implements ConstraintValidator<ObjectivesUpToDate, AssessedPlan> {
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
