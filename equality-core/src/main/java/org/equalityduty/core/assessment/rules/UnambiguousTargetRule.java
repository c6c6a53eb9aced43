package org.equalityduty.core.assessment.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;
import org.equalityduty.core.constraints.UnambiguousTarget;
import org.equalityduty.core.plan.Measure;
import org.equalityduty.core.plan.MeasureUnit;
import org.equalityduty.core.plan.QuantitativeTarget;
import org.equalityduty.core.plan.TargetKind;

/**
 * The validators of {@link UnambiguousTarget}, found by Hibernate Validator through {@link java.util.ServiceLoader}.
 *
 * @since 0.2.0
 */
public final class UnambiguousTargetRule {
    private UnambiguousTargetRule() {
    }

    /**
     * Checks a quantitative target.
     *
     * @since 0.1.0
     */
    public static final class QuantitativeValidator implements ConstraintValidator<UnambiguousTarget, QuantitativeTarget> {
        /**
         * Creates a validator; Bean Validation providers call this.
         *
         * @since 0.1.0
         */
        public QuantitativeValidator() {
        }

        @Override
        public boolean isValid(QuantitativeTarget criterion, ConstraintValidatorContext context) {
            if (criterion == null || criterion.getTarget().isEmpty()
                    || criterion.getTarget().get().getKind() != TargetKind.PERCENT_AS_STATED) {
                return true;
            }
            Measure m = criterion.getMeasure();
            if (m.percentAsStatedReading().isPresent()) {
                return true;
            }
            Optional<MeasureUnit> unit = m.effectiveUnit();
            String value = Reports.number(criterion.getTarget().get().getValue());
            String fix = "Restate the target either in percentage points or as a percentage of the current value, "
                    + "and give the current value.";
            if (m.getKind().isGap()) {
                Reports.at(context, unit.isPresent()
                        ? "This criterion says 'by {value}%' but the gap is itself measured in percentage points: say "
                                + "whether you mean {value} percentage points or {value}% of the current gap."
                        : "This criterion says 'by {value}%' but does not say what the gap is measured in: say whether "
                                + "you mean {value} percentage points or {value}% of the current gap.",
                        fix, "value", value);
            } else {
                Reports.at(context, unit.isPresent()
                        ? "This criterion says 'by {value}%' but the measure is itself a percentage: say whether you "
                                + "mean {value} percentage points or {value}% of the current value."
                        : "This criterion says 'by {value}%' but does not say what the measure is counted in: say "
                                + "whether you mean {value} percentage points or {value}% of the current value.",
                        fix, "value", value);
            }
            return false;
        }
    }
}
