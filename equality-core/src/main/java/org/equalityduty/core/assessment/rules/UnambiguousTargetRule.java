package org.equalityduty.core.assessment.rules;

import java.time.LocalDate;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.Measure;
import org.equalityduty.core.plan.QuantitativeTarget;
import org.equalityduty.core.plan.TargetKind;

/**
 * Rule {@code smart.ambiguous-target}: "by N%" on a measure that is itself a percentage, or of unknown unit, where it
 * could mean percentage points or a share of the starting value; or a bound ({@code at_least}, {@code at_most}) on a
 * measure with neither a stated nor a natural unit ("the gap closes to no more than 20%").
 *
 * @since 0.2.0
 */
public final class UnambiguousTargetRule implements Check {
    /**
     * Creates the check.
     *
     * @since 0.2.0
     */
    public UnambiguousTargetRule() {
    }

    @Override
    public void run(EqualityPlan plan, LocalDate asOf, Findings findings) {
        for (Walk.At at : Walk.quantitative(plan)) {
            QuantitativeTarget criterion = (QuantitativeTarget) at.criterion();
            if (criterion.getTarget().isEmpty()) {
                continue;
            }
            TargetKind kind = criterion.getTarget().get().getKind();
            if ((kind == TargetKind.AT_LEAST || kind == TargetKind.AT_MOST)
                    && criterion.getMeasure().effectiveUnit().isEmpty()) {
                String v = Reports.number(criterion.getTarget().get().getValue());
                findings.add(at.site(), "This criterion sets " + (kind == TargetKind.AT_LEAST ? "at least " : "at most ")
                        + v + " but does not say what the measure is counted in: say whether you mean " + v
                        + " percentage points or " + v + "% of the current value.");
                continue;
            }
            if (kind != TargetKind.PERCENT_AS_STATED) {
                continue;
            }
            Measure m = criterion.getMeasure();
            if (m.percentAsStatedReading().isPresent()) {
                continue;
            }
            boolean unit = m.effectiveUnit().isPresent();
            String v = Reports.number(criterion.getTarget().get().getValue());
            if (m.getKind().isGap()) {
                findings.add(at.site(), (unit
                        ? "This criterion says 'by " + v + "%' but the gap is itself measured in percentage points: "
                        : "This criterion says 'by " + v + "%' but does not say what the gap is measured in: ")
                        + "say whether you mean " + v + " percentage points or " + v + "% of the current gap.");
            } else {
                findings.add(at.site(), (unit
                        ? "This criterion says 'by " + v + "%' but the measure is itself a percentage: "
                        : "This criterion says 'by " + v + "%' but does not say what the measure is counted in: ")
                        + "say whether you mean " + v + " percentage points or " + v + "% of the current value.");
            }
        }
    }
}
