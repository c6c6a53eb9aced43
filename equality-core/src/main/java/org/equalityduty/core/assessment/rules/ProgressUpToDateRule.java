package org.equalityduty.core.assessment.rules;

import java.util.Optional;

/**
 * Rule {@code duty.progress-overdue}: progress not reported within the jurisdiction's cycle (yearly in Wales, every
 * two years in Scotland; England sets none), counting from the last report, the publication date or the start of the
 * plan period.
 *
 * @since 0.2.0
 */
public final class ProgressUpToDateRule extends PublicationDue {
    /**
     * Creates the check.
     *
     * @since 0.2.0
     */
    public ProgressUpToDateRule() {
        super(cycle -> cycle.getProgressEvery(),
                (plan, asOf) -> lastOnOrBefore(plan.getProgressReportDates(), asOf),
                plan -> plan.getPublishedOn().or(plan::startDate),
                "Progress on the objectives was last reported on {from}; {duties} require a report at least every "
                        + "{every}, so one was due by {due}.",
                "No progress report is recorded since {from}; {duties} require a report at least every {every}, so "
                        + "one was due by {due}.");
    }
}
