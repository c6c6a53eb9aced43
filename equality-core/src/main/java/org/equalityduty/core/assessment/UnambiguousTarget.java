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
import java.util.Optional;
import org.equalityduty.core.Measure;
import org.equalityduty.core.MeasureUnit;
import org.equalityduty.core.QuantitativeTarget;
import org.equalityduty.core.TargetKind;

/**
 * Rule {@code smart.ambiguous-target}: a target stated "by N%" ({@link org.equalityduty.core.TargetKind#PERCENT_AS_STATED})
 * is ambiguous when the measure is itself a percentage or percentage points, or its unit is unknown: it could mean
 * N percentage points or N% of the current value. For counts and scores "by N%" is read as relative and passes.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = UnambiguousTarget.QuantitativeValidator.class)
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface UnambiguousTarget {
    /**
     * Gets the message template; the validator replaces it with a more precise one.
     *
     * @return the template
     */
    String message() default "target is ambiguous";

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
     * Checks a quantitative target.
     *
     * @since 0.1.0
     */
    final class QuantitativeValidator implements ConstraintValidator<UnambiguousTarget, QuantitativeTarget> {
        /** Creates a validator; Bean Validation providers call this. */
        public QuantitativeValidator() {
        }

        @Override
        public boolean isValid(QuantitativeTarget criterion, ConstraintValidatorContext context) {
            if (criterion == null || criterion.getTarget().isEmpty()
                    || criterion.getTarget().get().getKind() != TargetKind.PERCENT_AS_STATED) {
                return true;
            }
            Measure m = criterion.getMeasure();
            Optional<MeasureUnit> unit = m.effectiveUnit();
            if (unit.isPresent() && !unit.get().isPercentage()) {
                return true;
            }
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
