package org.equalityduty.core.assessment.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.equalityduty.core.duty.Phase;
import org.equalityduty.core.duty.ProtectedCharacteristic;
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
 * A group the plan keeps only by its label and does not define ("vulnerable pupils") is not everyone; a group of
 * everyone with an emphasis ("all children, especially those who are White British") names whom it targets, so the
 * objective's groups pass (a measure whose focus is everyone still does not).
 *
 * <p>Not raised in a special school ({@link Phase#SPECIAL}) for an objective that names no characteristic other than
 * disability: there "all pupils" is the disabled group (examples/corpus/README.md, proposed rules).
 *
 * @since 0.2.0
 */
public final class FocusIsEveryoneRule implements Check {
    /** "All pupils", "all groups of students", "all members of the school community", "all children including ...". */
    private static final Pattern ALL = Pattern.compile("(all|every) (pupils|students|"
            + "children|learners|pupil groups|groups|groups of (pupils|students|children|learners)|members of the "
            + "(whole )?school community)( including .*)?");
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
        boolean special = plan.getOrganisation().getPhases().contains(Phase.SPECIAL);
        List<Objective> objectives = plan.getObjectives();
        for (int o = 0; o < objectives.size(); o++) {
            if (special && exempt(objectives.get(o))) {
                continue;
            }
            for (Group g : objectives.get(o).getGroups()) {
                if (everyone(g) && g.getEmphasis().isEmpty()) {
                    findings.add(Site.objective(o).field("groups"), message(g));
                }
            }
        }
        for (Walk.At at : Walk.criteria(plan)) {
            if (special && exempt(at.objective())) {
                continue;
            }
            Optional<Measure> measure = at.criterion() instanceof QuantitativeTarget q ? Optional.of(q.getMeasure())
                    : at.criterion() instanceof QualitativeCriterion q ? q.getMeasure() : Optional.empty();
            Optional<Group> focus = measure.flatMap(Measure::getFocusGroup);
            if (focus.isPresent() && everyone(focus.get())) {
                findings.add(at.site(), message(focus.get()));
            }
        }
    }

    /**
     * Whether, in a special school, an objective's "all pupils" is the disabled group: it names no characteristic
     * other than disability.
     */
    private static boolean exempt(Objective objective) {
        return objective.getCharacteristics().stream()
                .allMatch(c -> c == ProtectedCharacteristic.DISABILITY);
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
            if (EVERYONE.contains(label) || ALL.matcher(label).matches()) {
                return true;
            }
        }
        if (g.getCategories().isEmpty()) {
            return false;
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
