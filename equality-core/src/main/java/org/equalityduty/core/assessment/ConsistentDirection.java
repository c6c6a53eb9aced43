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
import java.util.Optional;
import org.equalityduty.core.Direction;
import org.equalityduty.core.QuantitativeTarget;
import org.equalityduty.core.TargetKind;

/**
 * Rule {@code smart.direction-contradicts}: the direction agrees with the measure and the target. A gap must narrow,
 * so it cannot be asked to increase; a decrease cannot have a level target above the baseline, nor an increase one
 * below it.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = ConsistentDirection.QuantitativeValidator.class)
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ConsistentDirection {
    /**
     * Gets the message template; the validator replaces it with a more precise one.
     *
     * @return the template
     */
    String message() default "direction contradicts the target";

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
    final class QuantitativeValidator implements ConstraintValidator<ConsistentDirection, QuantitativeTarget> {
        /** Creates a validator; Bean Validation providers call this. */
        public QuantitativeValidator() {
        }

        @Override
        public boolean isValid(QuantitativeTarget criterion, ConstraintValidatorContext context) {
            if (criterion == null) {
                return true;
            }
            String fix = "Make the direction agree with the target: a gap that must narrow, or a target below the "
                    + "baseline, decreases.";
            if (criterion.getDirection() == Direction.INCREASE && criterion.getMeasure().getKind().isGap()) {
                Reports.at(context, "This criterion asks the {kind} to increase, but a gap that must narrow should "
                        + "decrease.", fix, "kind", Measures.words(criterion.getMeasure().getKind()));
                return false;
            }
            Optional<org.equalityduty.core.Target> target = criterion.getTarget().filter(t -> t.getKind() == TargetKind.LEVEL);
            if (target.isEmpty() || criterion.getBaseline().isEmpty()) {
                return true;
            }
            BigDecimal t = target.get().getValue();
            BigDecimal b = criterion.getBaseline().get().getValue();
            if (criterion.getDirection() == Direction.DECREASE && t.compareTo(b) > 0) {
                Reports.at(context, "This criterion asks for a decrease, but its target of {target} is above the "
                        + "baseline of {baseline}.", fix, "target", Reports.number(t), "baseline", Reports.number(b));
                return false;
            }
            if (criterion.getDirection() == Direction.INCREASE && t.compareTo(b) < 0) {
                Reports.at(context, "This criterion asks for an increase, but its target of {target} is below the "
                        + "baseline of {baseline}.", fix, "target", Reports.number(t), "baseline", Reports.number(b));
                return false;
            }
            return true;
        }
    }
}
