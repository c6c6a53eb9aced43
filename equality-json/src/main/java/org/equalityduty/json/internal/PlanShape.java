package org.equalityduty.json.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.equalityduty.core.duty.Organisation;
import org.equalityduty.core.duty.PublicationRule;
import org.equalityduty.core.plan.Action;
import org.equalityduty.core.plan.Baseline;
import org.equalityduty.core.plan.Benchmark;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.GroupReference;
import org.equalityduty.core.plan.Measure;
import org.equalityduty.core.plan.Milestone;
import org.equalityduty.core.plan.Objective;
import org.equalityduty.core.plan.QualitativeCriterion;
import org.equalityduty.core.plan.QuantitativeTarget;
import org.equalityduty.core.plan.Reference;
import org.equalityduty.core.plan.SuccessCriterion;
import org.equalityduty.core.population.Group;

/**
 * The structural (default group) Bean Validation constraints of a plan, checked in plain Java over the plan just
 * mapped: {@code @NotBlank}, {@code @Size} and {@code @Pattern} on every constrained property reached through
 * {@code @Valid}, and {@code @UniqueIds}, with the same definitions as the validators (blank is
 * {@code trim().isEmpty()}, sizes in UTF-16 units and elements, the pattern through {@link Pattern#matches}).
 *
 * <p>It only answers whether a plan is well formed; it does not word problems. The reader uses it to skip the Bean
 * Validation pass for the well-formed plans that are nearly all of what it reads; when it answers no, the reader
 * runs Bean Validation as before, so every message and pointer is exactly what validation reports. A plan it
 * accepts must therefore have no structural violation at all: {@code PlanShapeTest} checks that every constrained
 * property of the plan types is one listed here (a constraint added to core fails that test until it is added
 * here), and {@code PlanShapeProperties} that it agrees with Bean Validation on generated and damaged plans.
 *
 * <p>Stateless and thread-safe.
 */
public final class PlanShape {
    /** core's {@code Texts.NOT_BLANK}, the {@code @Pattern} of optional texts (core's internal package is not exported). */
    private static final Pattern NOT_BLANK = Pattern.compile("(?s).*\\S.*");

    private PlanShape() {
    }

    /**
     * Tells whether Bean Validation's default group would find nothing wrong with a plan.
     *
     * @param plan the plan, not null
     * @return true if the plan is well formed; false if Bean Validation has to say what is wrong
     */
    public static boolean isWellFormed(EqualityPlan plan) {
        return organisation(plan.getOrganisation())
                && optionalText(plan.getTitle(), 1000, true)
                && optionalText(plan.getIntroduction(), 10000, true)
                && optionalText(plan.getImpactStatement(), 10000, true)
                && plan.getInformationPublishedOn().size() <= 100
                && plan.getProgressReportDates().size() <= 100
                && publicationRules(plan.getPublicationRules())
                && objectives(plan.getObjectives())
                && uniqueIds(plan);
    }

    private static boolean organisation(Organisation o) {
        if (!text(o.getName(), 200)) {
            return false;
        }
        for (Organisation school : o.getSchools()) {
            if (!organisation(school)) {
                return false;
            }
        }
        return true;
    }

    private static boolean publicationRules(List<PublicationRule> rules) {
        if (rules.size() > 50) {
            return false;
        }
        for (PublicationRule r : rules) {
            if (!optionalText(r.getLocation(), 500, true) || !text(r.getText(), 5000)) {
                return false;
            }
        }
        return true;
    }

    private static boolean objectives(List<Objective> objectives) {
        if (objectives.size() > 200) {
            return false;
        }
        for (Objective o : objectives) {
            if (!text(o.getTitle(), 1000)
                    || !optionalText(o.getRationale(), 10000, true)
                    || !optionalText(o.getChildFriendlyVersion(), 5000, true)
                    || o.getGroups().size() > 100 || !groups(o.getGroups())
                    || o.getActions().size() > 500 || !actions(o.getActions())
                    || !criteria(o.getSuccessCriteria())) {
                return false;
            }
        }
        return true;
    }

    private static boolean actions(List<Action> actions) {
        for (Action a : actions) {
            if (!text(a.getDescription(), 2000)
                    || !texts(a.getResponsible(), 50, 200)
                    || !texts(a.getResources(), 50, 1000)
                    || !criteria(a.getSuccessCriteria())) {
                return false;
            }
        }
        return true;
    }

    private static boolean criteria(List<SuccessCriterion> criteria) {
        if (criteria.size() > 100) {
            return false;
        }
        for (SuccessCriterion c : criteria) {
            boolean ok;
            if (c instanceof QuantitativeTarget q) {
                ok = text(q.getText(), 2000) && measure(q.getMeasure()) && baseline(q.getBaseline())
                        && benchmarks(q.getBenchmarks());
            } else if (c instanceof QualitativeCriterion q) {
                ok = text(q.getText(), 2000) && optionalText(q.getMethod(), 500, false)
                        && (q.getMeasure().isEmpty() || measure(q.getMeasure().get()));
            } else if (c instanceof Milestone m) {
                ok = text(m.getText(), 2000);
            } else {
                ok = false; // a kind this check does not know: let Bean Validation decide
            }
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean measure(Measure m) {
        return (m.getFocusGroup().isEmpty() || group(m.getFocusGroup().get()))
                && (m.getWithin().isEmpty() || group(m.getWithin().get()))
                && (m.getReference().isEmpty() || reference(m.getReference().get()))
                && optionalText(m.getDescription(), 1000, false);
    }

    private static boolean reference(Reference r) {
        if (r instanceof Benchmark b) {
            return benchmark(b);
        }
        if (r instanceof GroupReference g) {
            return group(g.getGroup());
        }
        return true; // PopulationReference: an enum without constraints
    }

    private static boolean baseline(Optional<Baseline> baseline) {
        return baseline.isEmpty() || optionalText(baseline.get().getSource(), 500, false);
    }

    private static boolean benchmarks(List<Benchmark> benchmarks) {
        for (Benchmark b : benchmarks) {
            if (!benchmark(b)) {
                return false;
            }
        }
        return true;
    }

    private static boolean benchmark(Benchmark b) {
        return text(b.getLabel(), 300) && optionalText(b.getSource(), 500, false);
    }

    private static boolean groups(List<Group> groups) {
        for (Group g : groups) {
            if (!group(g)) {
                return false;
            }
        }
        return true;
    }

    private static boolean group(Group g) {
        return optionalText(g.getLabel(), 200, false);
    }

    /** {@code @NotBlank @Size(max = max)}. */
    private static boolean text(String s, int max) {
        return s.length() <= max && !s.trim().isEmpty();
    }

    /** {@code @Size(max = max)} of a list of {@code @NotBlank @Size(max = maxText)} texts. */
    private static boolean texts(List<String> list, int max, int maxText) {
        if (list.size() > max) {
            return false;
        }
        for (String s : list) {
            if (!text(s, maxText)) {
                return false;
            }
        }
        return true;
    }

    /** {@code Optional<@Size(min = 1, max = max)>}, with {@code @Pattern(NOT_BLANK)} if {@code notBlank}. */
    private static boolean optionalText(Optional<String> value, int max, boolean notBlank) {
        if (value.isEmpty()) {
            return true;
        }
        String s = value.get();
        return !s.isEmpty() && s.length() <= max && (!notBlank || NOT_BLANK.matcher(s).matches());
    }

    /** {@code @UniqueIds}: objective identifiers, and criterion identifiers across the whole plan, are unique. */
    private static boolean uniqueIds(EqualityPlan plan) {
        Set<String> objectives = new HashSet<>();
        Set<String> criteria = new HashSet<>();
        for (Objective o : plan.getObjectives()) {
            if (!objectives.add(o.getId())) {
                return false;
            }
            for (SuccessCriterion c : o.getSuccessCriteria()) {
                if (!criteria.add(c.getId())) {
                    return false;
                }
            }
            for (Action a : o.getActions()) {
                for (SuccessCriterion c : a.getSuccessCriteria()) {
                    if (!criteria.add(c.getId())) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
