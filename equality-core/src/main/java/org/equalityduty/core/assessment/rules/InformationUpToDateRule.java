package org.equalityduty.core.assessment.rules;

import java.util.Optional;
import org.equalityduty.core.constraints.InformationUpToDate;

/**
 * The validator of {@link InformationUpToDate}, on {@link PublicationDue}'s one mechanism.
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
    public static final class AssessedPlanValidator extends PublicationDue<InformationUpToDate> {
        /**
         * Creates a validator; Bean Validation providers call this.
         *
         * @since 0.1.0
         */
        public AssessedPlanValidator() {
            super(InformationUpToDate::jurisdiction, cycle -> Optional.of(cycle.getInformationEvery()),
                    (plan, asOf) -> lastOnOrBefore(plan.getInformationPublishedOn(), asOf),
                    plan -> Optional.empty(),
                    "Equality information was last published on {from}; {duties} require it at least every {every}, so it "
                            + "was due again by {due}.",
                    "No publication of equality information is recorded on or before {asOf}; {duties} require it at "
                            + "least every {every}.",
                    "Publish up-to-date equality information and record the date.");
        }
    }
}
