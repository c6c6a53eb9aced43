package org.equalityduty.core.assessment.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.equalityduty.core.constraints.HasChildFriendlyVersion;
import org.equalityduty.core.duty.Population;
import org.equalityduty.core.plan.Objective;

/**
 * The validators of {@link HasChildFriendlyVersion}, found by Hibernate Validator through {@link java.util.ServiceLoader}.
 *
 * @since 0.2.0
 */
public final class HasChildFriendlyVersionRule {
    private HasChildFriendlyVersionRule() {
    }

    /**
     * Checks an objective.
     *
     * @since 0.1.0
     */
    public static final class ObjectiveValidator implements ConstraintValidator<HasChildFriendlyVersion, Objective> {
        /**
         * Creates a validator; Bean Validation providers call this.
         *
         * @since 0.1.0
         */
        public ObjectiveValidator() {
        }

        @Override
        public boolean isValid(Objective objective, ConstraintValidatorContext context) {
            if (objective == null || !objective.getPopulations().contains(Population.PUPILS)
                    || objective.getChildFriendlyVersion().isPresent()) {
                return true;
            }
            Reports.at(context, "This objective is about pupils but has no child-friendly version.",
                    "Add a short child-friendly version in everyday words, so pupils can see what the school is doing "
                    + "for them.");
            return false;
        }
    }
}
