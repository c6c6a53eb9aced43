package org.equalityduty.core.assessment.rules;

import java.util.Optional;
import org.equalityduty.core.constraints.ProgressUpToDate;

/**
 * The validator of {@link ProgressUpToDate}, on {@link PublicationDue}'s one mechanism.
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
    public static final class AssessedPlanValidator extends PublicationDue<ProgressUpToDate> {
        /**
         * Creates a validator; Bean Validation providers call this.
         *
         * @since 0.1.0
         */
        public AssessedPlanValidator() {
            super(ProgressUpToDate::jurisdiction, cycle -> cycle.getProgressEvery(),
                    (plan, asOf) -> lastOnOrBefore(plan.getProgressReportDates(), asOf),
                    plan -> plan.getPublishedOn().or(plan::startDate),
                    "Progress on the objectives was last reported on {from}; {duties} require a report at least every "
                            + "{every}, so one was due by {due}.",
                    "No progress report is recorded since {from}; {duties} require a report at least every {every}, so "
                            + "one was due by {due}.",
                    "Publish a progress report on the objectives and record the date.");
        }
    }
}
