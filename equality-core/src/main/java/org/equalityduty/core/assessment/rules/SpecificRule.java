package org.equalityduty.core.assessment.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.Measure;
import org.equalityduty.core.plan.Objective;
import org.equalityduty.core.plan.QualitativeCriterion;
import org.equalityduty.core.plan.QuantitativeTarget;

/**
 * Rule {@code smart.not-specific}: an objective that names no characteristic, no group and no population; an
 * objective that names no characteristic and whose groups are all kept only by their labels ("particular groups",
 * "vulnerable pupils"), with no defined emphasis and none of them everyone (which {@code smart.focus-is-everyone} reports); or a measure of a kind
 * that needs a focus group (or, for a gap, a comparison) and has none. An objective for a named population ("pupils'
 * understanding of other faiths") is specific enough: the duty's aims (a) and (c) are for everyone in it
 * (examples/corpus/README.md, the reviewers' conventions).
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
            if (objective.getCharacteristics().isEmpty() && objective.getGroups().isEmpty()
                    && objective.getPopulations().isEmpty()) {
                findings.add(Site.objective(o), "This objective does not say which protected characteristic or group "
                        + "of people it is for.");
            } else if (objective.getCharacteristics().isEmpty() && !objective.getGroups().isEmpty()
                    && objective.getGroups().stream()
                    .allMatch(g -> !g.isDefined() && !FocusIsEveryoneRule.everyone(g)
                            && g.getEmphasis().filter(e -> e.isDefined()).isEmpty())) {
                findings.add(Site.objective(o).field("groups"), "This objective's groups are named but not defined ("
                        + objective.getGroups().stream().map(g -> "'" + g.getLabel().orElse("") + "'")
                                .collect(Collectors.joining(", "))
                        + "), so nobody can tell who it is for.");
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
