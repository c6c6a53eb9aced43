package org.equalityduty.core.assessment.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.Measure;
import org.equalityduty.core.plan.Objective;
import org.equalityduty.core.plan.QualitativeCriterion;
import org.equalityduty.core.plan.QuantitativeTarget;

/**
 * Rule {@code smart.not-specific}: an objective that names no characteristic and no group, or a measure of a kind that
 * needs a focus group (or, for a gap, a comparison) and has none.
 *
 * @since 0.2.0
 */
public final class SpecificRule implements Check {
    /**
     * Creates the check.
     *
     * @since 0.2.0
     */
    public SpecificRule() {
    }

    @Override
    public void run(EqualityPlan plan, LocalDate asOf, Findings findings) {
        List<Objective> objectives = plan.getObjectives();
        for (int o = 0; o < objectives.size(); o++) {
            Objective objective = objectives.get(o);
            if (objective.getCharacteristics().isEmpty() && objective.getGroups().isEmpty()) {
                findings.add(Site.objective(o), "This objective does not say which protected characteristic or group "
                        + "of people it is for.");
            }
        }
        for (Walk.At at : Walk.criteria(plan)) {
            Optional<Measure> measure = at.criterion() instanceof QuantitativeTarget q ? Optional.of(q.getMeasure())
                    : at.criterion() instanceof QualitativeCriterion q ? q.getMeasure() : Optional.empty();
            measure.ifPresent(m -> check(m, at.site(), findings));
        }
    }

    private static void check(Measure m, Site site, Findings findings) {
        if (!Measures.needsFocusGroup(m.getKind())) {
            return;
        }
        if (m.getFocusGroup().isEmpty()) {
            findings.add(site, "This measure does not say which group it is about, and a measure of this kind ("
                    + Measures.words(m.getKind()) + ") needs one.");
        } else if (m.getKind().isGap() && m.getReference().isEmpty()) {
            findings.add(site, "This measure does not say which group the " + Measures.words(m.getKind())
                    + " is measured against.");
        }
    }
}
