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
import org.equalityduty.core.Measure;
import org.equalityduty.core.Objective;
import org.equalityduty.core.QualitativeCriterion;
import org.equalityduty.core.QuantitativeTarget;

/**
 * Rule {@code smart.not-specific}: an objective names at least one protected characteristic or group, and a measure
 * whose kind needs one (gaps, representation, selection) names its focus group and, for a gap, what it is compared
 * with.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = {Specific.ObjectiveValidator.class, Specific.QuantitativeValidator.class, Specific.QualitativeValidator.class})
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Specific {
    /**
     * Gets the message template; the validator replaces it with a more precise one.
     *
     * @return the template
     */
    String message() default "is not specific";

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

    /**
     * Checks an objective.
     *
     * @since 0.1.0
     */
    final class ObjectiveValidator implements ConstraintValidator<Specific, Objective> {
        /** Creates a validator; Bean Validation providers call this. */
        public ObjectiveValidator() {
        }

        @Override
        public boolean isValid(Objective objective, ConstraintValidatorContext context) {
            if (objective == null || !objective.getCharacteristics().isEmpty() || !objective.getGroups().isEmpty()) {
                return true;
            }
            Reports.at(context, "This objective does not say which protected characteristic or group of people it is "
                    + "for.", "Name the characteristic or the group, such as sex, race, or disadvantaged pupils.");
            return false;
        }
    }

    /**
     * Checks the measure of a quantitative target.
     *
     * @since 0.1.0
     */
    final class QuantitativeValidator implements ConstraintValidator<Specific, QuantitativeTarget> {
        /** Creates a validator; Bean Validation providers call this. */
        public QuantitativeValidator() {
        }

        @Override
        public boolean isValid(QuantitativeTarget criterion, ConstraintValidatorContext context) {
            return criterion == null || check(criterion.getMeasure(), context);
        }

        static boolean check(Measure m, ConstraintValidatorContext context) {
            if (!Measures.needsFocusGroup(m.getKind())) {
                return true;
            }
            if (m.getFocusGroup().isEmpty()) {
                Reports.at(context, "This measure does not say which group it is about, and a measure of this kind ({kind}) needs "
                        + "one.",
                        "Name the group the measure is about, such as disadvantaged pupils or male staff.",
                        "kind", Measures.words(m.getKind()));
                return false;
            }
            if (m.getKind().isGap() && m.getReference().isEmpty()) {
                Reports.at(context, "This measure does not say which group the {kind} is measured against.",
                        "Name the comparison group, such as all other pupils.", "kind", Measures.words(m.getKind()));
                return false;
            }
            return true;
        }
    }

    /**
     * Checks the measure of a qualitative criterion, if any.
     *
     * @since 0.1.0
     */
    final class QualitativeValidator implements ConstraintValidator<Specific, QualitativeCriterion> {
        /** Creates a validator; Bean Validation providers call this. */
        public QualitativeValidator() {
        }

        @Override
        public boolean isValid(QualitativeCriterion criterion, ConstraintValidatorContext context) {
            return criterion == null || criterion.getMeasure().isEmpty()
                    || QuantitativeValidator.check(criterion.getMeasure().get(), context);
        }
    }
}
