package org.equalityduty.core.assessment.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.Measure;
import org.equalityduty.core.plan.Objective;
import org.equalityduty.core.plan.QualitativeCriterion;
import org.equalityduty.core.plan.QuantitativeTarget;
import org.equalityduty.core.population.Category;
import org.equalityduty.core.population.Dimension;
import org.equalityduty.core.population.Dimensions;
import org.equalityduty.core.population.Group;

/**
 * Rule {@code smart.focus-is-everyone}: an objective's group, or a measure's focus group, is everyone, so no
 * inequality is targeted (SMART: specific, docs/domain.md, section 6; the general duty's aims are about groups who
 * share a characteristic and those who do not, Equality Act 2010 s.149(1)). A group is everyone when, for every
 * dimension it draws on, it holds every known category of that standard dimension (girls and boys), or when its label
 * says so ("all pupils", "all groups", "the whole school community").
 *
 * <p>Not to be raised for a special school, where "all pupils" is the disabled group: format version 1 does not
 * record the kind of school, so a plan that can say so must be exempted where it does.
 *
 * @since 0.2.0
 */
public final class FocusIsEveryoneRule implements Check {
    private static final Set<String> EVERYONE = Set.of("all", "everyone", "everybody", "all pupils", "all students",
            "all children", "all learners", "all groups", "all pupil groups", "all staff", "whole school",
            "whole school community", "school community", "all pupils and staff");

    /**
     * Creates the check.
     *
     * @since 0.2.0
     */
    public FocusIsEveryoneRule() {
    }

    @Override
    public void run(EqualityPlan plan, LocalDate asOf, Findings findings) {
        List<Objective> objectives = plan.getObjectives();
        for (int o = 0; o < objectives.size(); o++) {
            for (Group g : objectives.get(o).getGroups()) {
                if (everyone(g)) {
                    findings.add(Site.objective(o).field("groups"), message(g));
                }
            }
        }
        for (Walk.At at : Walk.criteria(plan)) {
            Optional<Measure> measure = at.criterion() instanceof QuantitativeTarget q ? Optional.of(q.getMeasure())
                    : at.criterion() instanceof QualitativeCriterion q ? q.getMeasure() : Optional.empty();
            Optional<Group> focus = measure.flatMap(Measure::getFocusGroup);
            if (focus.isPresent() && everyone(focus.get())) {
                findings.add(at.site(), message(focus.get()));
            }
        }
    }

    private static String message(Group g) {
        return "The group " + Measures.describe(g) + " is everyone, so no inequality between groups is targeted.";
    }

    /** Whether a group is everyone, by its categories or its label. */
    static boolean everyone(Group g) {
        if (g.getLabel().isPresent()) {
            String label = g.getLabel().get().trim().toLowerCase(Locale.ROOT);
            if (label.startsWith("the ")) {
                label = label.substring(4);
            }
            if (EVERYONE.contains(label)) {
                return true;
            }
        }
        for (Category c : g.getCategories()) {
            Optional<Dimension> d = Dimensions.find(c.getDimensionId());
            if (d.isEmpty() || !d.get().getCategories().stream().filter(Category::isKnown)
                    .allMatch(g.getCategories()::contains)) {
                return false;
            }
        }
        return true;
    }
}
