package org.equalityduty.core.assessment.rules;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.GroupReference;
import org.equalityduty.core.plan.Measure;
import org.equalityduty.core.plan.QualitativeCriterion;
import org.equalityduty.core.plan.QuantitativeTarget;
import org.equalityduty.core.population.Group;

/**
 * Rule {@code smart.focus-is-reference}: a measure that compares its focus group with itself (boys compared with
 * boys): the reference group has the same categories as the focus group, so there is no gap to measure (SMART:
 * specific, docs/domain.md, section 6).
 *
 * @since 0.2.0
 */
public final class FocusIsReferenceRule implements Check {
    /**
     * Creates the check.
     *
     * @since 0.2.0
     */
    public FocusIsReferenceRule() {
    }

    @Override
    public void run(EqualityPlan plan, LocalDate asOf, Findings findings) {
        for (Walk.At at : Walk.criteria(plan)) {
            Optional<Measure> measure = at.criterion() instanceof QuantitativeTarget q ? Optional.of(q.getMeasure())
                    : at.criterion() instanceof QualitativeCriterion q ? q.getMeasure() : Optional.empty();
            if (measure.isEmpty() || measure.get().getFocusGroup().isEmpty()
                    || !(measure.get().getReference().orElse(null) instanceof GroupReference reference)) {
                continue;
            }
            Group focus = measure.get().getFocusGroup().get();
            if (new HashSet<>(focus.getCategories()).equals(new HashSet<>(reference.getGroup().getCategories()))) {
                findings.add(at.site(), "This measure compares " + Measures.describe(focus) + " with the same group: "
                        + "the focus group and the reference group are one and the same, so there is no gap to "
                        + "measure.");
            }
        }
    }
}
