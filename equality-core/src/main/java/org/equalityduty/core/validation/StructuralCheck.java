package org.equalityduty.core.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.equalityduty.core.duty.Organisation;
import org.equalityduty.core.duty.PublicationRule;
import org.equalityduty.core.internal.Texts;
import org.equalityduty.core.plan.Action;
import org.equalityduty.core.plan.AdoptedObjective;
import org.equalityduty.core.plan.Adoption;
import org.equalityduty.core.plan.Baseline;
import org.equalityduty.core.plan.Benchmark;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.GroupReference;
import org.equalityduty.core.plan.Measure;
import org.equalityduty.core.plan.Milestone;
import org.equalityduty.core.plan.Objective;
import org.equalityduty.core.plan.PopulationReference;
import org.equalityduty.core.plan.QualitativeCriterion;
import org.equalityduty.core.plan.QuantitativeTarget;
import org.equalityduty.core.plan.Reference;
import org.equalityduty.core.plan.StatedShare;
import org.equalityduty.core.plan.SuccessCriterion;
import org.equalityduty.core.population.Group;

/**
 * Whether a plan is structurally well formed, answered in plain Java, without bootstrapping a Bean Validation
 * provider: the plan breaks none of the default-group constraints that {@link EqualityValidation#validate} checks
 * ({@code @NotBlank}, {@code @Size} and {@code @Pattern} on every property reached through {@code @Valid}, and
 * {@code @UniqueIds}), by Hibernate Validator's own definitions: blank is {@link String#isBlank()} for
 * {@code @NotBlank} and no match of the pattern for {@code @Pattern}; sizes count UTF-16 units of text and elements
 * of lists.
 *
 * <p>It answers only yes or no. What is wrong with a plan that is not well formed, with paths and messages, is
 * what {@link EqualityValidation#validate} says; {@link org.equalityduty.core.assessment.PlanAssessor} asks this
 * first and bootstraps the validator only for a plan that needs it, so that assessing a well-formed plan (such as
 * one read by {@code equality-json}, which checks the same constraints while reading) costs no validator. The
 * tests enumerate every constraint from the validator's metadata, so a constraint added to the plan types fails
 * them until it is checked here too.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.2.0
 */
public final class StructuralCheck {
    private static final Pattern NOT_BLANK = Pattern.compile(Texts.NOT_BLANK);

    private StructuralCheck() {
    }

    /**
     * Tells whether Bean Validation's default group finds nothing wrong with a plan.
     *
     * @param plan  the plan, not null
     * @return true if {@link EqualityValidation#validate} would return no problem for the plan
     * @throws NullPointerException if {@code plan} is null
     * @since 0.2.0
     */
    public static boolean isWellFormed(EqualityPlan plan) {
        Objects.requireNonNull(plan, "plan");
        return organisation(plan.getOrganisation())
                && optionalText(plan.getPeriodAsWritten(), 300, true)
                && optionalText(plan.getVersion(), 100, true)
                && (plan.getReview().isEmpty() || optionalText(plan.getReview().get().getAsWritten(), 300, true))
                && adoptions(plan.getAdoptions())
                && optionalText(plan.getTitle(), 1000, true)
                && optionalText(plan.getIntroduction(), 10000, true)
                && optionalText(plan.getImpactStatement(), 10000, true)
                && plan.getInformationPublishedOn().size() <= 100
                && plan.getProgressReportDates().size() <= 100
                && publicationRules(plan.getPublicationRules())
                && objectives(plan.getObjectives())
                && uniqueIds(plan.getObjectives());
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

    private static boolean adoptions(List<Adoption> adoptions) {
        if (adoptions.size() > 20) {
            return false;
        }
        for (Adoption a : adoptions) {
            if (!text(a.getOrganisation(), 200) || !optionalText(a.getVersion(), 100, true)
                    || a.getObjectives().size() > 200) {
                return false;
            }
            for (AdoptedObjective o : a.getObjectives()) {
                if (!optionalText(o.getTitle(), 1000, true)) {
                    return false;
                }
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
            if (!criterion(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean criterion(SuccessCriterion c) {
        if (c instanceof QuantitativeTarget q) {
            return text(q.getText(), 2000) && measure(q.getMeasure())
                    && (q.getBaseline().isEmpty() || baseline(q.getBaseline().get()))
                    && (q.getInLineWith().isEmpty() || benchmark(q.getInLineWith().get().getBenchmark()))
                    && benchmarks(q.getBenchmarks());
        }
        if (c instanceof QualitativeCriterion q) {
            return text(q.getText(), 2000) && optionalText(q.getMethod(), 500, false)
                    && (q.getMeasure().isEmpty() || measure(q.getMeasure().get()));
        }
        return text(((Milestone) c).getText(), 2000);
    }

    private static boolean baseline(Baseline b) {
        if (!optionalText(b.getSource(), 500, false) || b.getShares().size() > 20) {
            return false;
        }
        for (StatedShare share : b.getShares()) {
            if (!optionalText(share.getLabel(), 300, true)) {
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
        return r instanceof PopulationReference; // an enum, without constraints
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
        return text(b.getLabel(), 300) && optionalText(b.getSource(), 500, false)
                && (b.getGroup().isEmpty() || group(b.getGroup().get()));
    }

    private static boolean groups(List<Group> groups) {
        for (Group g : groups) {
            if (!group(g)) {
                return false;
            }
        }
        return true;
    }

    /** A group's label; its emphasis is not validated ({@link Group#getEmphasis()} has no {@code @Valid}). */
    private static boolean group(Group g) {
        return optionalText(g.getLabel(), 200, false);
    }

    /** {@code @NotBlank @Size(max = max)}. */
    private static boolean text(String s, int max) {
        return s.length() <= max && !s.isBlank();
    }

    /** {@code @Size(max = max)} on a list of {@code @NotBlank @Size(max = maxText)} texts. */
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
    private static boolean uniqueIds(List<Objective> objectives) {
        Set<String> objectiveIds = new HashSet<>();
        Set<String> criterionIds = new HashSet<>();
        for (Objective o : objectives) {
            if (!objectiveIds.add(o.getId())) {
                return false;
            }
            for (SuccessCriterion c : o.getSuccessCriteria()) {
                if (!criterionIds.add(c.getId())) {
                    return false;
                }
            }
            for (Action a : o.getActions()) {
                for (SuccessCriterion c : a.getSuccessCriteria()) {
                    if (!criterionIds.add(c.getId())) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
