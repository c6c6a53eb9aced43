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
import java.math.BigDecimal;
import org.equalityduty.core.Direction;
import org.equalityduty.core.QuantitativeTarget;
import org.equalityduty.core.TargetKind;

/**
 * Rule {@code smart.reduction-exceeds-baseline}: a decrease is no larger than the starting value. A decrease by an
 * absolute change or percentage points larger than a non-negative baseline (on measures that are not shares, such as
 * gaps, counts and scores; shares are checked by {@link ShareInRange}), and a relative decrease of more than 100%,
 * fail it: a gap cannot shrink by more than it is.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = ReductionWithinBaseline.QuantitativeValidator.class)
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ReductionWithinBaseline {
    /**
     * Gets the message template; the validator replaces it with a more precise one.
     *
     * @return the template
     */
    String message() default "reduction exceeds the baseline";

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
    final class QuantitativeValidator implements ConstraintValidator<ReductionWithinBaseline, QuantitativeTarget> {
        private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

        /** Creates a validator; Bean Validation providers call this. */
        public QuantitativeValidator() {
        }

        @Override
        public boolean isValid(QuantitativeTarget criterion, ConstraintValidatorContext context) {
            if (criterion == null || criterion.getDirection() != Direction.DECREASE || criterion.getTarget().isEmpty()) {
                return true;
            }
            org.equalityduty.core.Target target = criterion.getTarget().get();
            String fix = "Reduce by no more than the starting value; to close a gap completely, set a level target of 0.";
            if (target.getKind() == TargetKind.RELATIVE_PERCENT && target.getValue().compareTo(HUNDRED) > 0) {
                Reports.at(context, "A reduction of {change}% is more than the whole of the starting value.", fix,
                        "change", Reports.number(target.getValue()));
                return false;
            }
            if ((target.getKind() == TargetKind.CHANGE || target.getKind() == TargetKind.PERCENTAGE_POINTS)
                    && !Measures.isShare(criterion.getMeasure()) && criterion.getBaseline().isPresent()) {
                BigDecimal b = criterion.getBaseline().get().getValue();
                if (b.signum() >= 0 && target.getValue().compareTo(b) > 0) {
                    Reports.at(context, "This criterion asks to reduce the {kind} by {change}, more than its starting "
                            + "value of {baseline}.", fix, "kind", Measures.words(criterion.getMeasure().getKind()),
                            "change", Reports.number(target.getValue()), "baseline", Reports.number(b));
                    return false;
                }
            }
            return true;
        }
    }
}
