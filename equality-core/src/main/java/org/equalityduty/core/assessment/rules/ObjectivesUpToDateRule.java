package org.equalityduty.core.assessment.rules;

import java.time.LocalDate;
import java.util.Optional;
import org.equalityduty.core.plan.EqualityPlan;

/**
 * Rule {@code duty.objectives-overdue}: as of the assessment date, the objectives were published longer ago than the
 * jurisdiction's cycle allows (four years in England, Wales and Scotland); with no publication date, the count starts
 * at the start of the plan period, or an open-ended start, or the start every reading of a period written in words
 * shares ("2018/2021": 1 September 2018). With none of these, nothing is counted: {@code duty.period-unstated} says
 * what is missing.
 *
 * @since 0.2.0
 */
public final class ObjectivesUpToDateRule extends PublicationDue {
    /**
     * Creates the check.
     *
     * @since 0.2.0
     */
    public ObjectivesUpToDateRule() {
        super(cycle -> Optional.of(cycle.getObjectivesEvery()),
                (plan, asOf) -> plan.getPublishedOn(),
                StatedPeriod::setOn,
                "The objectives were published on {from}; {duties} require objectives at least every {every}, so "
                        + "new ones were due by {due}.",
                "The plan does not say when it was published; counting from the start of its period, {from}, "
                        + "{duties} required new objectives by {due} (at least every {every}).");
    }

    @Override
    public void run(EqualityPlan plan, LocalDate asOf, Findings findings) {
        if (StatedPeriod.setOn(plan).isEmpty()) {
            return;
        }
        super.run(plan, asOf, findings);
    }
}
