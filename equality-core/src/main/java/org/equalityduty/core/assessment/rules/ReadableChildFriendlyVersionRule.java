package org.equalityduty.core.assessment.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalDouble;
import org.equalityduty.core.assessment.Readability;
import org.equalityduty.core.constraints.ReadableChildFriendlyVersion;
import org.equalityduty.core.plan.Objective;

/**
 * The validators of {@link ReadableChildFriendlyVersion}, found by Hibernate Validator through {@link java.util.ServiceLoader}.
 *
 * @since 0.2.0
 */
public final class ReadableChildFriendlyVersionRule {
    private ReadableChildFriendlyVersionRule() {
    }

    /**
     * Checks an objective.
     *
     * @since 0.1.0
     */
    public static final class ObjectiveValidator implements ConstraintValidator<ReadableChildFriendlyVersion, Objective> {
        private double minimum;

        /**
         * Creates a validator; Bean Validation providers call this.
         *
         * @since 0.1.0
         */
        public ObjectiveValidator() {
        }

        @Override
        public void initialize(ReadableChildFriendlyVersion annotation) {
            this.minimum = annotation.minimumReadingEase();
        }

        @Override
        public boolean isValid(Objective objective, ConstraintValidatorContext context) {
            if (objective == null || objective.getChildFriendlyVersion().isEmpty()) {
                return true;
            }
            OptionalDouble ease = Readability.of(objective.getChildFriendlyVersion().get()).getReadingEase();
            if (ease.isEmpty() || ease.getAsDouble() >= minimum) {
                return true;
            }
            Reports.at(context, "The child-friendly version scores {score} for reading ease (Flesch), below {minimum}: "
                    + "it may be hard for a primary pupil to read.",
                    "Use shorter sentences and shorter, everyday words.",
                    "score", BigDecimal.valueOf(ease.getAsDouble()).setScale(1, RoundingMode.HALF_UP).toPlainString(),
                    "minimum", Reports.number(BigDecimal.valueOf(minimum)));
            return false;
        }
    }
}
