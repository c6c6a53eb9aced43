package org.equalityduty.core.assessment.rules;

import java.util.Optional;

/**
 * Rule {@code duty.objectives-overdue}: as of the assessment date, the objectives were published longer ago than the
 * jurisdiction's cycle allows (four years in England, Wales and Scotland); with no publication date, the count starts
 * at the start of the plan period.
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
                plan -> Optional.of(plan.getPeriod().getStart()),
                "The objectives were published on {from}; {duties} require objectives at least every {every}, so "
                        + "new ones were due by {due}.",
                "The plan does not say when it was published; counting from the start of its period, {from}, "
                        + "{duties} required new objectives by {due} (at least every {every}).");
    }
}
