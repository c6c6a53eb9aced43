package org.equalityduty.core.assessment.rules;

import java.time.LocalDate;
import org.equalityduty.core.plan.Benchmark;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.QuantitativeTarget;

/**
 * Rule {@code smart.tolerance-unstated}: a criterion is to be "in line with" (or "equally as well as") a benchmark or
 * another group, with no margin, so nobody can tell how close counts as met: two results are almost never exactly
 * equal (SMART: measurable, docs/domain.md, section 6). Not raised where the benchmark is external and has no figure
 * at all: {@code smart.benchmark-unstated} asks for the figure first.
 *
 * @since 0.2.0
 */
public final class ToleranceUnstatedRule implements Check {
    /**
     * Creates the check.
     *
     * @since 0.2.0
     */
    public ToleranceUnstatedRule() {
    }

    @Override
    public void run(EqualityPlan plan, LocalDate asOf, Findings findings) {
        for (Walk.At at : Walk.quantitative(plan)) {
            QuantitativeTarget q = (QuantitativeTarget) at.criterion();
            if (q.getInLineWith().isEmpty() || q.getInLineWith().get().getTolerance().isPresent()) {
                continue;
            }
            Benchmark b = q.getInLineWith().orElseThrow().getBenchmark();
            if (b.getScope().isPresent() && b.getValue().isEmpty()) {
                continue;
            }
            findings.add(at.site().field("inLineWith"), "The criterion is to be in line with \"" + b.getLabel()
                    + "\" but does not say within what margin, so nobody can tell how close counts as met.");
        }
    }
}
