package org.equalityduty.core.assessment.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Optional;
import org.equalityduty.core.plan.Baseline;
import org.equalityduty.core.plan.Direction;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.QuantitativeTarget;
import org.equalityduty.core.plan.Target;
import org.equalityduty.core.plan.TargetKind;

/**
 * Rule {@code smart.share-out-of-range}: a share's baseline, target or resolved target outside 0% to 100%.
 *
 * @since 0.2.0
 */
public final class ShareInRangeRule implements Check {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Creates the check.
     *
     * @since 0.2.0
     */
    public ShareInRangeRule() {
    }

    @Override
    public void run(EqualityPlan plan, LocalDate asOf, Findings findings) {
        for (Walk.At at : Walk.quantitative(plan)) {
            check((QuantitativeTarget) at.criterion(), at.site(), findings);
        }
    }

    private static void check(QuantitativeTarget criterion, Site site, Findings findings) {
        if (!Measures.isShare(criterion.getMeasure())) {
            return;
        }
        boolean valid = true;
        Optional<BigDecimal> baseline = criterion.getBaseline().map(Baseline::getValue);
        if (baseline.isPresent() && outside(baseline.get())) {
            findings.add(site, "The baseline of " + Reports.number(baseline.get()) + "% is not a possible share: "
                    + "shares lie between 0% and 100%.");
            valid = false;
        }
        if (criterion.getTarget().isEmpty()) {
            return;
        }
        Target target = criterion.getTarget().get();
        BigDecimal v = target.getValue();
        if (target.getKind() == TargetKind.LEVEL) {
            if (outside(v)) {
                findings.add(site, "The target of " + Reports.number(v) + "% is not a possible share: shares lie "
                        + "between 0% and 100%.");
            }
            return;
        }
        if (baseline.isEmpty() || !valid) {
            return;
        }
        Direction direction = criterion.getDirection();
        // "By N%" as stated is ambiguous (UnambiguousTarget reports it), and a relative decrease cannot leave
        // 0% to 100% unless it exceeds the baseline (ReductionWithinBaseline reports it): each weakness once.
        if (direction == Direction.MAINTAIN || target.getKind() == TargetKind.PERCENT_AS_STATED
                || (target.getKind() == TargetKind.RELATIVE_PERCENT && direction == Direction.DECREASE)) {
            return;
        }
        Optional<BigDecimal> result = target.resolve(baseline, direction, MathContext.UNLIMITED);
        if (result.isEmpty() || !outside(result.get())) {
            return;
        }
        String b = Reports.number(baseline.get());
        String r = Reports.number(result.get());
        findings.add(site, direction == Direction.DECREASE
                ? "A decrease of " + target + " from a baseline of " + b + "% would reach " + r + "%, below 0%."
                : "An increase of " + target + " from a baseline of " + b + "% would reach " + r + "%, above 100%.");
    }

    private static boolean outside(BigDecimal value) {
        return value.signum() < 0 || value.compareTo(HUNDRED) > 0;
    }
}
