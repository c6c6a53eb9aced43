package org.equalityduty.core.assessment.rules;

import java.time.LocalDate;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.QuantitativeTarget;

/**
 * Rule {@code smart.no-baseline}: a quantitative target with no starting value. Raised only where the criterion sets
 * a target (a level in a known unit, a change, a bound, or {@code inLineWith}): a criterion with none is already
 * {@code smart.not-measurable}, which implies it; and not where the benchmark it compares with has no figure, which
 * {@code smart.benchmark-unstated} asks for first (examples/corpus/README.md, the reviewers' conventions).
 *
 * @since 0.2.0
 */
public final class HasBaselineRule implements Check {
    /**
     * Creates the check.
     *
     * @since 0.2.0
     */
    public HasBaselineRule() {
    }

    @Override
    public void run(EqualityPlan plan, LocalDate asOf, Findings findings) {
        for (Walk.At at : Walk.quantitative(plan)) {
            QuantitativeTarget q = (QuantitativeTarget) at.criterion();
            boolean targeted = (q.getTarget().isPresent() && !MeasurableRule.unitless(q)) || q.getInLineWith().isPresent();
            boolean benchmarkUnstated = BenchmarkUnstatedRule.benchmarks(at).stream()
                    .anyMatch(b -> b.getScope().isPresent() && b.getValue().isEmpty());
            if (q.getBaseline().isEmpty() && targeted && !benchmarkUnstated) {
                findings.add(at.site(), "This criterion does not say where the measure starts from, so progress "
                        + "cannot be measured.");
            }
        }
    }
}
