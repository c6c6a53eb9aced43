package org.equalityduty.core.assessment;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.equalityduty.core.assessment.rules.AdoptedPlans;
import org.equalityduty.core.assessment.rules.Site;
import org.equalityduty.core.plan.AdoptedObjective;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.Objective;
import org.equalityduty.core.validation.EqualityValidation;
import org.equalityduty.core.validation.StructuralCheck;
import org.jspecify.annotations.Nullable;

/**
 * Assesses a plan: structural validity, SMART objectives and criteria, the equality duties of its jurisdiction,
 * and child-friendly versions.
 *
 * <p>Structure is Bean Validation: the plan's constraints in the default group, validated with the shared validator
 * of {@link EqualityValidation} (no Expression Language) or the caller's own. Without a validator of the caller's,
 * a plan that {@link StructuralCheck} finds well formed is not validated at all (it has no structural finding), so
 * assessing it bootstraps no validator. Everything else is the {@link Rule}s,
 * each a pure function of the plan and the date, run in the order of {@link Rule#values()}.
 *
 * <p>A rule reports once per objective: what it finds at several parts of one objective (its actions, its criteria,
 * the objective itself) becomes one finding at the objective that names the parts and lists the criteria it covers;
 * what it finds at one part stays at that part. Findings about the plan as a whole stay separate.
 *
 * <p>Rules never throw on odd plans (no objectives, no actions, no criteria): they report or pass.
 *
 * <p>This class is thread-safe.
 *
 * @since 0.1.0
 */
public final class PlanAssessor {

    private PlanAssessor() {
    }

    /**
     * Assesses a plan as of a date.
     *
     * @param plan  the plan, not null
     * @param asOf  the date to assess as of, such as today, not null
     * @return the assessment, not null
     * @since 0.1.0
     */
    public static Assessment assess(EqualityPlan plan, LocalDate asOf) {
        return assess(plan, asOf, List.of());
    }

    /**
     * Assesses a plan as of a date, checking its structure with a given validator.
     *
     * @param validator  the validator of the structural (default group) constraints, not null
     * @param plan  the plan, not null
     * @param asOf  the date to assess as of, not null
     * @return the assessment, not null
     * @since 0.1.0
     */
    public static Assessment assess(Validator validator, EqualityPlan plan, LocalDate asOf) {
        return assess(validator, plan, asOf, List.of());
    }

    /**
     * Assesses a plan as of a date, with the plans it adopts objectives from (its trust's), so that its adoptions by
     * reference are checked against them as well ({@code duty.adopted-version-mismatch},
     * {@code duty.adopted-objective-missing}). An adoption whose organisation has no plan among them is not checked.
     *
     * @param plan  the plan, not null
     * @param asOf  the date to assess as of, such as today, not null
     * @param adopted  the plans the plan adopts from, at most one per organisation, each one the plan adopts
     *     objectives from; not null, no null elements
     * @return the assessment, not null
     * @throws IllegalArgumentException if the plan adopts no objectives from one of the adopted plans, or two of
     *     them are plans of the same organisation
     * @since 0.2.0
     */
    public static Assessment assess(EqualityPlan plan, LocalDate asOf, List<EqualityPlan> adopted) {
        Objects.requireNonNull(plan, "plan");
        // A well-formed plan (every plan read from JSON) has no structural finding: no validator is needed, and none
        // is bootstrapped. Any other plan is validated as always, so its findings are Bean Validation's.
        return assessWith(StructuralCheck.isWellFormed(plan) ? null : EqualityValidation.validator(), plan, asOf,
                adopted);
    }

    /**
     * Assesses a plan as of a date, with the plans it adopts objectives from, checking its structure with a given
     * validator; see {@link #assess(EqualityPlan, LocalDate, List)}.
     *
     * @param validator  the validator of the structural (default group) constraints, not null
     * @param plan  the plan, not null
     * @param asOf  the date to assess as of, not null
     * @param adopted  the plans the plan adopts from, not null, no null elements
     * @return the assessment, not null
     * @throws IllegalArgumentException if the plan adopts no objectives from one of the adopted plans, or two of
     *     them are plans of the same organisation
     * @since 0.2.0
     */
    public static Assessment assess(Validator validator, EqualityPlan plan, LocalDate asOf,
            List<EqualityPlan> adopted) {
        Objects.requireNonNull(validator, "validator");
        return assessWith(validator, plan, asOf, adopted);
    }

    /** Assesses a plan; a null validator for a plan known to be well formed. */
    private static Assessment assessWith(@Nullable Validator validator, EqualityPlan plan, LocalDate asOf,
            List<EqualityPlan> adopted) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(asOf, "asOf");
        return assessWith(validator, plan, asOf, AdoptedPlans.of(plan, adopted));
    }

    /**
     * Assesses a plan with the plans it adopts from and the problems between them, found once for this assessment
     * and read by every check of adoptions; a null validator for a plan known to be well formed.
     */
    static Assessment assessWith(@Nullable Validator validator, EqualityPlan plan, LocalDate asOf,
            AdoptedPlans adopted) {
        Set<Finding> findings = new TreeSet<>();
        if (validator != null) {
            for (ConstraintViolation<EqualityPlan> v : validator.validate(plan)) {
                Finding.Builder b = Structure.toFinding(v);
                objective(b, plan, Structure.objectiveIndex(Structure.segments(v.getPropertyPath())));
                findings.add(b.build());
            }
        }
        for (Rule rule : Rule.values()) {
            Map<Object, List<Reported>> byObjective = new LinkedHashMap<>();
            rule.check().run(plan, asOf, adopted, (site, message) -> {
                Objects.requireNonNull(site, "site");
                Objects.requireNonNull(message, "message");
                Object key = site.getObjectiveIndex().isPresent() ? site.getObjectiveIndex().get() : new Object();
                byObjective.computeIfAbsent(key, k -> new ArrayList<>()).add(new Reported(site, message));
            });
            for (List<Reported> reported : byObjective.values()) {
                findings.add(finding(rule, plan, reported));
            }
        }
        List<ObjectiveSummary> summaries = new ArrayList<>();
        List<Objective> objectives = plan.getObjectives();
        for (int o = 0; o < objectives.size(); o++) {
            Site site = Site.objective(o);
            String path = site.getPath();
            Set<SmartLetter> met = EnumSet.allOf(SmartLetter.class);
            for (Finding f : findings) {
                if (f.getPath().equals(path) || f.getPath().startsWith(path + ".")) {
                    Rule.fromCodeOptional(f.getCode()).flatMap(Rule::getSmartLetter).ifPresent(met::remove);
                }
            }
            summaries.add(ObjectiveSummary.builder().path(path).pointer(site.getPointer())
                    .objectiveId(objectives.get(o).getId()).title(objectives.get(o).getTitle()).addAllMet(met).build());
        }
        return ImmutableAssessment.builder().asOf(asOf).addAllFindings(findings).addAllObjectives(summaries).build();
    }

    /** What one check reported at one site. */
    private record Reported(Site site, String message) {
    }

    /** One finding of a rule from what it reported at one objective (or once at the plan). */
    private static Finding finding(Rule rule, EqualityPlan plan, List<Reported> reported) {
        Site first = reported.get(0).site();
        Set<String> criteria = new LinkedHashSet<>();
        Map<String, Set<String>> where = new LinkedHashMap<>();
        for (Reported r : reported) {
            r.site().getCriterionId().ifPresent(criteria::add);
            where.computeIfAbsent(r.message(), k -> new LinkedHashSet<>()).add(r.site().describe());
        }
        Site at = first;
        String message = reported.get(0).message();
        boolean oneSite = reported.stream().allMatch(r -> r.site().equals(first));
        if (!oneSite) {
            at = Site.objective(first.getObjectiveIndex().orElseThrow());
        }
        if (where.size() > 1 || !oneSite) {
            List<String> parts = new ArrayList<>();
            for (Map.Entry<String, Set<String>> e : where.entrySet()) {
                Set<String> sites = e.getValue();
                if (oneSite || sites.equals(Set.of("the objective"))) {
                    parts.add(e.getKey());
                } else {
                    String m = e.getKey();
                    String stem = m.endsWith(".") ? m.substring(0, m.length() - 1) : m;
                    parts.add(stem + " (" + places(new ArrayList<>(sites)) + ").");
                }
            }
            message = String.join(" ", parts);
        }
        Finding.Builder b = Finding.builder().code(rule.getCode()).severity(rule.getSeverity()).path(at.getPath())
                .pointer(at.getPointer()).message(message).fix(rule.getFix()).fixField(rule.getFixField())
                .source(rule.getSource()).addAllCriteria(criteria);
        objective(b, plan, at.getObjectiveIndex().orElse(-1));
        if (at.getAdoptionIndex().isPresent() && at.getAdoptedObjectiveIndex().isPresent()) {
            // An objective the plan adopts: its id in the adopted plan, and its title as this plan reproduces it.
            AdoptedObjective adopted = plan.getAdoptions().get(at.getAdoptionIndex().get()).getObjectives()
                    .get(at.getAdoptedObjectiveIndex().get());
            b.objectiveId(adopted.getId());
            adopted.getTitle().ifPresent(b::objectiveTitle);
        }
        return b.build();
    }

    private static void objective(Finding.Builder b, EqualityPlan plan, int o) {
        if (o >= 0 && o < plan.getObjectives().size()) {
            Objective objective = plan.getObjectives().get(o);
            b.objectiveId(objective.getId()).objectiveTitle(objective.getTitle());
        }
    }

    /** Names places as "criteria o1.c1 and o1.c2", "actions 1 and 2" or "action 1 and criterion o1.c1". */
    static String places(List<String> sites) {
        for (String[] kind : new String[][] {{"criterion ", "criteria "}, {"action ", "actions "}}) {
            if (sites.size() > 1 && sites.stream().allMatch(p -> p.startsWith(kind[0]))) {
                return kind[1] + and(sites.stream().map(p -> p.substring(kind[0].length())).toList());
            }
        }
        return and(sites);
    }

    /** Joins words as "a, b and c". */
    static String and(List<String> words) {
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }
}
