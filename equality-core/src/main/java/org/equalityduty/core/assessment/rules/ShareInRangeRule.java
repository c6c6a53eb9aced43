package org.equalityduty.core.assessment.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import org.equalityduty.core.constraints.ShareInRange;
import org.equalityduty.core.plan.Baseline;
import org.equalityduty.core.plan.Direction;
import org.equalityduty.core.plan.QuantitativeTarget;
import org.equalityduty.core.plan.TargetKind;

/**
 * The validators of {@link ShareInRange}, found by Hibernate Validator through {@link java.util.ServiceLoader}.
 *
 * @since 0.2.0
 */
public final class ShareInRangeRule {
    private ShareInRangeRule() {
    }

    /**
     * Checks a quantitative target.
     *
     * @since 0.1.0
     */
    public static final class QuantitativeValidator implements ConstraintValidator<ShareInRange, QuantitativeTarget> {
        private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

        /**
         * Creates a validator; Bean Validation providers call this.
         *
         * @since 0.1.0
         */
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
            org.equalityduty.core.plan.Target target = criterion.getTarget().get();
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
            Direction direction = criterion.getDirection();
            // "By N%" as stated is ambiguous (UnambiguousTarget reports it), and a relative decrease cannot leave
            // 0% to 100% unless it exceeds the baseline (ReductionWithinBaseline reports it): each weakness once.
            if (direction == Direction.MAINTAIN || target.getKind() == TargetKind.PERCENT_AS_STATED
                    || (target.getKind() == TargetKind.RELATIVE_PERCENT && direction == Direction.DECREASE)) {
                return true;
            }
            BigDecimal b = baseline.get();
            BigDecimal result = target.resolve(baseline, direction, MathContext.UNLIMITED).orElseThrow();
            if (!outside(result)) {
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
