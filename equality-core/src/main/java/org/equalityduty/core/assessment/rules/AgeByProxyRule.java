package org.equalityduty.core.assessment.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.equalityduty.core.duty.Population;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.GroupReference;
import org.equalityduty.core.plan.Measure;
import org.equalityduty.core.plan.Objective;
import org.equalityduty.core.plan.QualitativeCriterion;
import org.equalityduty.core.plan.QuantitativeTarget;
import org.equalityduty.core.plan.SuccessCriterion;
import org.equalityduty.core.population.Category;
import org.equalityduty.core.population.Dimensions;
import org.equalityduty.core.population.Group;

/**
 * Rule {@code duty.age-by-proxy}: an objective for pupils draws its groups by year group. A year group is an age
 * band, so the objective is about age by proxy, and age is not a protected characteristic for pupils: s.84 of the
 * Equality Act 2010 disapplies it in schools' provision for pupils, and Schedule 18 paragraph 1 removes it from the
 * s.149 duty for their education (docs/domain.md, sections 1 and 3). A year group named only as the cohort a
 * measure is taken in (key stage 2 results at the end of Year 6) is not a group and is not flagged.
 *
 * @since 0.2.0
 */
public final class AgeByProxyRule implements Check {
    /**
     * Creates the check.
     *
     * @since 0.2.0
     */
    public AgeByProxyRule() {
    }

    @Override
    public void run(EqualityPlan plan, LocalDate asOf, Findings findings) {
        List<Objective> objectives = plan.getObjectives();
        for (int o = 0; o < objectives.size(); o++) {
            Objective objective = objectives.get(o);
            List<Group> groups = new ArrayList<>(objective.getGroups());
            boolean pupils = objective.getPopulations().contains(Population.PUPILS);
            for (Walk.At at : Walk.criteria(plan)) {
                if (at.o() != o) {
                    continue;
                }
                Optional<Measure> m = measure(at.criterion());
                if (m.isPresent()) {
                    pupils |= m.get().getPopulation() == Population.PUPILS;
                    m.get().getFocusGroup().ifPresent(groups::add);
                    m.get().getWithin().ifPresent(groups::add);
                    m.get().getReference().filter(r -> r instanceof GroupReference)
                            .map(r -> ((GroupReference) r).getGroup()).ifPresent(groups::add);
                }
            }
            if (!pupils) {
                continue;
            }
            Set<String> years = new java.util.TreeSet<>();
            for (Group g : groups) {
                collect(g, years);
            }
            if (!years.isEmpty()) {
                findings.add(Site.objective(o).field("groups"), "This objective for pupils is about year groups ("
                        + String.join(", ", years) + "), which are ages by another name; age is not protected for "
                        + "pupils, so the objective does not serve the equality duty for them.");
            }
        }
    }

    private static void collect(Group g, Set<String> years) {
        for (Category c : g.getCategories()) {
            if (Dimensions.YEAR_GROUP.getId().equals(c.getDimensionId())) {
                years.add(c.getLabel());
            }
        }
        g.getEmphasis().ifPresent(e -> collect(e, years));
    }

    private static Optional<Measure> measure(SuccessCriterion c) {
        if (c instanceof QuantitativeTarget q) {
            return Optional.of(q.getMeasure());
        }
        if (c instanceof QualitativeCriterion q) {
            return q.getMeasure();
        }
        return Optional.empty();
    }
}
