package org.equalityduty.core.assessment.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.equalityduty.core.constraints.Relevant;
import org.equalityduty.core.plan.Objective;

/**
 * The validators of {@link Relevant}, found by Hibernate Validator through {@link java.util.ServiceLoader}.
 *
 * @since 0.2.0
 */
public final class RelevantRule {
    private RelevantRule() {
    }

    /**
     * Checks an objective.
     *
     * @since 0.1.0
     */
    public static final class ObjectiveValidator implements ConstraintValidator<Relevant, Objective> {
        /**
         * Creates a validator; Bean Validation providers call this.
         *
         * @since 0.1.0
         */
        public ObjectiveValidator() {
        }

        @Override
        public boolean isValid(Objective objective, ConstraintValidatorContext context) {
            if (objective == null || !objective.getAims().isEmpty()) {
                return true;
            }
            Reports.at(context, "This objective is not tied to any aim of the general equality duty.",
                    "Say which aim it serves: eliminating discrimination, advancing equality of opportunity, or "
                    + "fostering good relations (s.149(1)(a), (b) or (c)).");
            return false;
        }
    }
}
