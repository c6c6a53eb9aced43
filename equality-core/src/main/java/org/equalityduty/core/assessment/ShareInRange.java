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
import org.equalityduty.core.Baseline;
import org.equalityduty.core.Direction;
import org.equalityduty.core.QuantitativeTarget;
import org.equalityduty.core.TargetKind;

/**
 * Rule {@code smart.share-out-of-range}: on a share (a measure kind that is a share, or a measure stated in percent
 * that is not a gap), the baseline and a level target lie between 0 and 100, and a change in percentage points, in
 * the measure's unit or relative to the baseline does not take the baseline above 100 or below 0. (A relative
 * decrease of more than 100% is reported by {@link ReductionWithinBaseline} instead, so each weakness is reported
 * once.)
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = ShareInRange.QuantitativeValidator.class)
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ShareInRange {
    /**
     * Gets the message template; the validator replaces it with a more precise one.
     *
     * @return the template
     */
    String message() default "share is out of range";

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
    final class QuantitativeValidator implements ConstraintValidator<ShareInRange, QuantitativeTarget> {
        private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

        /** Creates a validator; Bean Validation providers call this. */
        public QuantitativeValidator() {
        }

        @Override
        public boolean isValid(QuantitativeTarget criterion, ConstraintValidatorContext context) {
            if (criterion == null || !Measures.isShare(criterion.getMeasure())) {
                return true;
            }
            String fix = "Keep shares between 0% and 100%: check the baseline, the target and the size of the change.";
            boolean valid = true;
            Optional<BigDecimal> baseline = criterion.getBaseline().map(Baseline::getValue);
            if (baseline.isPresent() && outside(baseline.get())) {
                Reports.at(context, "The baseline of {baseline}% is not a possible share: shares lie between 0% and "
                        + "100%.", fix, "baseline", Reports.number(baseline.get()));
                valid = false;
            }
            if (criterion.getTarget().isEmpty()) {
                return valid;
            }
            org.equalityduty.core.Target target = criterion.getTarget().get();
            BigDecimal v = target.getValue();
            if (target.getKind() == TargetKind.LEVEL) {
                if (outside(v)) {
                    Reports.at(context, "The target of {target}% is not a possible share: shares lie between 0% and "
                            + "100%.", fix, "target", Reports.number(v));
                    valid = false;
                }
                return valid;
            }
            if (baseline.isEmpty() || !valid) {
                return valid;
            }
            BigDecimal b = baseline.get();
            BigDecimal result;
            switch (target.getKind()) {
                case CHANGE:
                case PERCENTAGE_POINTS:
                    result = criterion.getDirection() == Direction.DECREASE ? b.subtract(v) : b.add(v);
                    break;
                case RELATIVE_PERCENT:
                    if (criterion.getDirection() == Direction.DECREASE) {
                        return true;
                    }
                    result = b.add(b.multiply(v).divide(HUNDRED));
                    break;
                default:
                    return true;
            }
            if (criterion.getDirection() == Direction.MAINTAIN || !outside(result)) {
                return true;
            }
            Reports.at(context, criterion.getDirection() == Direction.DECREASE
                    ? "A decrease of {change} from a baseline of {baseline}% would reach {result}%, below 0%."
                    : "An increase of {change} from a baseline of {baseline}% would reach {result}%, above 100%.",
                    fix, "change", target.toString(), "baseline", Reports.number(b), "result", Reports.number(result));
            return false;
        }

        private static boolean outside(BigDecimal value) {
            return value.signum() < 0 || value.compareTo(HUNDRED) > 0;
        }
    }
}
