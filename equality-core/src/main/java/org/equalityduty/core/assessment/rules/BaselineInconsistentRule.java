package org.equalityduty.core.assessment.rules;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.equalityduty.core.plan.Baseline;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.QuantitativeTarget;
import org.equalityduty.core.plan.StatedShare;

/**
 * Rule {@code smart.baseline-inconsistent}: a baseline states a percentage with the count it comes from, and the two
 * disagree beyond rounding, so the starting value cannot be trusted (SMART: measurable, docs/domain.md, section 6).
 * The corpus case: Belmont Junior School states "52% of EAL children (13 of 23 children)", and 13 of 23 is 56.5%
 * (examples/corpus, belmont-junior-2024-25).
 *
 * <p>Beyond rounding means, as {@link StatedShare#isConsistent()} defines it: the stated percentage differs from count
 * / denominator x 100 by one unit of the last decimal place it is written to, or more. A plan may round to the
 * nearest or cut the figure: both are within one unit.
 *
 * @since 0.2.0
 */
public final class BaselineInconsistentRule implements Check {
    /**
     * Creates the check.
     *
     * @since 0.2.0
     */
    public BaselineInconsistentRule() {
    }

    @Override
    public void run(EqualityPlan plan, LocalDate asOf, Findings findings) {
        for (Walk.At at : Walk.quantitative(plan)) {
            List<StatedShare> shares = ((QuantitativeTarget) at.criterion()).getBaseline().map(Baseline::getShares)
                    .orElse(List.of());
            for (StatedShare share : shares) {
                if (share.isConsistent()) {
                    continue;
                }
                int places = Math.max(0, share.getPercent().scale());
                String counts = share.getCount() + " of " + share.getDenominator();
                String stated = share.getPercent().setScale(places, RoundingMode.UNNECESSARY).toPlainString() + "%";
                findings.add(at.site().field("baseline"), "The baseline states " + stated
                        + share.getLabel().map(l -> " of " + l + " (" + counts + ")").orElse(" for " + counts)
                        + ", but " + counts + " is " + share.exactPercent(places + 1).toPlainString() + "%.");
            }
        }
    }
}
