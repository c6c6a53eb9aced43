package org.equalityduty.core.assessment;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.equalityduty.core.Objective;
import org.equalityduty.core.QualitativeCriterion;
import org.equalityduty.core.QuantitativeTarget;

/**
 * Rule {@code smart.not-measurable}: a success criterion has a measure and a numeric target, and an objective has
 * at least one success criterion. A quantitative target without a target, a qualitative criterion without both a
 * measure and a target ("Positive feedback from staff"), and an objective with no success criteria at all fail it.
 * Milestones are measurable: they are done or not.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = {Measurable.QuantitativeValidator.class, Measurable.QualitativeValidator.class, Measurable.ObjectiveValidator.class})
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Measurable {
    /**
     * Gets the message template; the validator replaces it with a more precise one.
     *
     * @return the template
     */
    String message() default "is not measurable";

    /**
     * Gets the validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * Gets the payload; put the severity here, such as {@link Severity.Warning}.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};

    /** The message for a measure with no target. */
    String NO_TARGET = "This criterion names a measure but sets no number to reach, so nobody can tell when it has "
            + "been met.";

    /** The fix for a measure with no target. */
    String NO_TARGET_FIX = "Add a target: a level to reach (such as 30%) or a change from the baseline, in the "
            + "measure's unit.";

    /**
     * Checks a quantitative target.
     *
     * @since 0.1.0
     */
    final class QuantitativeValidator implements ConstraintValidator<Measurable, QuantitativeTarget> {
        /** Creates a validator; Bean Validation providers call this. */
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
    final class QualitativeValidator implements ConstraintValidator<Measurable, QualitativeCriterion> {
        /** Creates a validator; Bean Validation providers call this. */
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
    final class ObjectiveValidator implements ConstraintValidator<Measurable, Objective> {
        /** Creates a validator; Bean Validation providers call this. */
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
