package org.equalityduty.core.assessment.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.equalityduty.core.constraints.Specific;
import org.equalityduty.core.plan.Measure;
import org.equalityduty.core.plan.Objective;
import org.equalityduty.core.plan.QualitativeCriterion;
import org.equalityduty.core.plan.QuantitativeTarget;

/**
 * The validators of {@link Specific}, found by Hibernate Validator through {@link java.util.ServiceLoader}.
 *
 * @since 0.2.0
 */
public final class SpecificRule {
    private SpecificRule() {
    }

    /**
     * Checks an objective.
     *
     * @since 0.1.0
     */
    public static final class ObjectiveValidator implements ConstraintValidator<Specific, Objective> {
        /**
         * Creates a validator; Bean Validation providers call this.
         *
         * @since 0.1.0
         */
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
    public static final class QuantitativeValidator implements ConstraintValidator<Specific, QuantitativeTarget> {
        /**
         * Creates a validator; Bean Validation providers call this.
         *
         * @since 0.1.0
         */
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
    public static final class QualitativeValidator implements ConstraintValidator<Specific, QualitativeCriterion> {
        /**
         * Creates a validator; Bean Validation providers call this.
         *
         * @since 0.1.0
         */
        public QualitativeValidator() {
        }

        @Override
        public boolean isValid(QualitativeCriterion criterion, ConstraintValidatorContext context) {
            return criterion == null || criterion.getMeasure().isEmpty()
                    || QuantitativeValidator.check(criterion.getMeasure().get(), context);
        }
    }
}
