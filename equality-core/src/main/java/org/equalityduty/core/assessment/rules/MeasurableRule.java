package org.equalityduty.core.assessment.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.equalityduty.core.constraints.Measurable;
import org.equalityduty.core.plan.Objective;
import org.equalityduty.core.plan.QualitativeCriterion;
import org.equalityduty.core.plan.QuantitativeTarget;

/**
 * The validators of {@link Measurable}, found by Hibernate Validator through {@link java.util.ServiceLoader}.
 *
 * @since 0.2.0
 */
public final class MeasurableRule {
    private MeasurableRule() {
    }

    /** The message for a measure with no target. */
    static final String NO_TARGET = "This criterion names a measure but sets no number to reach, so nobody can tell when it has "
            + "been met.";

    /** The fix for a measure with no target. */
    static final String NO_TARGET_FIX = "Add a target: a level to reach (such as 30%) or a change from the baseline, in the "
            + "measure's unit.";

    /**
     * Checks a quantitative target.
     *
     * @since 0.1.0
     */
    public static final class QuantitativeValidator implements ConstraintValidator<Measurable, QuantitativeTarget> {
        /**
         * Creates a validator; Bean Validation providers call this.
         *
         * @since 0.1.0
         */
        public QuantitativeValidator() {
        }

        @Override
        public boolean isValid(QuantitativeTarget criterion, ConstraintValidatorContext context) {
            if (criterion == null || criterion.getTarget().isPresent()) {
                return true;
            }
            Reports.at(context, NO_TARGET, NO_TARGET_FIX);
            return false;
        }
    }

    /**
     * Checks a qualitative criterion.
     *
     * @since 0.1.0
     */
    public static final class QualitativeValidator implements ConstraintValidator<Measurable, QualitativeCriterion> {
        /**
         * Creates a validator; Bean Validation providers call this.
         *
         * @since 0.1.0
         */
        public QualitativeValidator() {
        }

        @Override
        public boolean isValid(QualitativeCriterion criterion, ConstraintValidatorContext context) {
            if (criterion == null || criterion.getTarget().isPresent()) {
                return true;
            }
            if (criterion.getMeasure().isEmpty()) {
                Reports.at(context, "This criterion describes an outcome but gives no measure and no number, so nobody "
                        + "can tell when it has been met.",
                        "Tie it to a measure and a target, for example the share of positive answers to a survey "
                        + "question, with the current share and the share to reach.");
            } else {
                Reports.at(context, NO_TARGET, NO_TARGET_FIX);
            }
            return false;
        }
    }

    /**
     * Checks that an objective has success criteria.
     *
     * @since 0.1.0
     */
    public static final class ObjectiveValidator implements ConstraintValidator<Measurable, Objective> {
        /**
         * Creates a validator; Bean Validation providers call this.
         *
         * @since 0.1.0
         */
        public ObjectiveValidator() {
        }

        @Override
        public boolean isValid(Objective objective, ConstraintValidatorContext context) {
            if (objective == null || !objective.getSuccessCriteria().isEmpty()
                    || objective.getActions().stream().anyMatch(a -> !a.getSuccessCriteria().isEmpty())) {
                return true;
            }
            Reports.at(context, "This objective has no success criteria, so nobody can tell when it has been achieved.",
                    "Add at least one success criterion with a measure, a baseline, a target and a deadline.");
            return false;
        }
    }
}
