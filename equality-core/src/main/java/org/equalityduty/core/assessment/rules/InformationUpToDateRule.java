package org.equalityduty.core.assessment.rules;

import java.util.Optional;

/**
 * Rule {@code duty.information-overdue}: the last publication of equality information on record, on or before the
 * assessment date, is older than the jurisdiction's cycle (12 months in England and Wales, two years in Scotland).
 * A plan that records no such date is {@link InformationRecordedRule}'s, not this rule's.
 *
 * @since 0.2.0
 */
public final class InformationUpToDateRule extends PublicationDue {
    /**
     * Creates the check.
     *
     * @since 0.2.0
     */
    public InformationUpToDateRule() {
        super(cycle -> Optional.of(cycle.getInformationEvery()),
                (plan, asOf) -> lastOnOrBefore(plan.getInformationPublishedOn(), asOf),
                plan -> Optional.empty(),
                "Equality information was last published on {from}; {duties} require it at least every {every}, so it "
                        + "was due again by {due}.",
                null);
    }
}
