package org.equalityduty.core.assessment.rules;

import java.util.Optional;
import org.equalityduty.core.constraints.ObjectivesUpToDate;
import org.equalityduty.core.plan.EqualityPlan;

/**
 * The validator of {@link ObjectivesUpToDate}, on {@link PublicationDue}'s one mechanism.
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
    public static final class AssessedPlanValidator extends PublicationDue<ObjectivesUpToDate> {
        /**
         * Creates a validator; Bean Validation providers call this.
         *
         * @since 0.1.0
         */
        public AssessedPlanValidator() {
            super(ObjectivesUpToDate::jurisdiction, cycle -> Optional.of(cycle.getObjectivesEvery()),
                    (plan, asOf) -> plan.getPublishedOn(),
                    EqualityPlan::startDate,
                    "The objectives were published on {from}; {duties} require objectives at least every {every}, so "
                            + "new ones were due by {due}.",
                    "The plan does not say when it was published; counting from the start of its period, {from}, "
                            + "{duties} required new objectives by {due} (at least every {every}).",
                    "Review the objectives, publish them again and record the date of publication.");
        }
    }
}
