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
import org.equalityduty.core.QuantitativeTarget;
import org.equalityduty.core.TargetKind;

/**
 * Rule {@code smart.negative-count}: on a count (kind {@code count} or unit {@code count}), the baseline and a level
 * target are not negative.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = NonNegativeCount.QuantitativeValidator.class)
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface NonNegativeCount {
    /**
     * Gets the message template; the validator replaces it with a more precise one.
     *
     * @return the template
     */
    String message() default "count is negative";

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
    final class QuantitativeValidator implements ConstraintValidator<NonNegativeCount, QuantitativeTarget> {
        /** Creates a validator; Bean Validation providers call this. */
        public QuantitativeValidator() {
        }

        @Override
        public boolean isValid(QuantitativeTarget criterion, ConstraintValidatorContext context) {
            if (criterion == null || !Measures.isCount(criterion.getMeasure())) {
                return true;
            }
            boolean valid = true;
            String fix = "Use a count of zero or more.";
            if (criterion.getBaseline().isPresent() && criterion.getBaseline().get().getValue().signum() < 0) {
                Reports.at(context, "A count cannot be negative, but the baseline is {value}.", fix,
                        "value", Reports.number(criterion.getBaseline().get().getValue()));
                valid = false;
            }
            if (criterion.getTarget().isPresent() && criterion.getTarget().get().getKind() == TargetKind.LEVEL
                    && criterion.getTarget().get().getValue().signum() < 0) {
                Reports.at(context, "A count cannot be negative, but the target is {value}.", fix,
                        "value", Reports.number(criterion.getTarget().get().getValue()));
                valid = false;
            }
            return valid;
        }
    }
}
