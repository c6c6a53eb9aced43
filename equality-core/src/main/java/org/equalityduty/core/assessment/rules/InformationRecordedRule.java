package org.equalityduty.core.assessment.rules;

import java.util.Optional;

/**
 * Rule {@code duty.information-unrecorded}: the plan records no publication of equality information on or before the
 * assessment date, so whether it is up to date cannot be checked. A warning, distinct from
 * {@link InformationUpToDateRule}'s error for a recorded date that is too old: published plans rarely state the date
 * of their equality information, and its absence from the plan is not evidence that it was not published.
 *
 * @since 0.2.0
 */
public final class InformationRecordedRule extends PublicationDue {
    /**
     * Creates the check.
     *
     * @since 0.2.0
     */
    public InformationRecordedRule() {
        super(cycle -> Optional.of(cycle.getInformationEvery()),
                (plan, asOf) -> lastOnOrBefore(plan.getInformationPublishedOn(), asOf),
                plan -> Optional.empty(),
                null,
                "No publication of equality information is recorded on or before {asOf}; {duties} require it at "
                        + "least every {every}, so whether it is up to date cannot be checked.");
    }
}
