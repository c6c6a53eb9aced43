package org.equalityduty.core.assessment.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.equalityduty.core.plan.Action;
import org.equalityduty.core.plan.AdoptedObjective;
import org.equalityduty.core.plan.Adoptions;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.Milestone;
import org.equalityduty.core.plan.Objective;
import org.equalityduty.core.plan.QualitativeCriterion;
import org.equalityduty.core.plan.QuantitativeTarget;
import org.equalityduty.core.plan.SuccessCriterion;
import org.jspecify.annotations.Nullable;

/**
 * The traversals the checks share: every criterion with its objective, its action and its site; and every problem of
 * the plan's adoptions with the plans it adopts from, with its site.
 */
final class Walk {
    private Walk() {
    }

    /** A criterion where it stands. */
    record At(int o, int a, int c, Objective objective, @Nullable Action action, SuccessCriterion criterion) {
        Site site() {
            return Site.criterion(o, a, c, criterion.getId());
        }
    }

    /** Every criterion of the plan in plan order: for each objective its own criteria, then each action's. */
    static List<At> criteria(EqualityPlan plan) {
        List<At> all = new ArrayList<>();
        List<Objective> objectives = plan.getObjectives();
        for (int o = 0; o < objectives.size(); o++) {
            Objective objective = objectives.get(o);
            List<SuccessCriterion> own = objective.getSuccessCriteria();
            for (int c = 0; c < own.size(); c++) {
                all.add(new At(o, -1, c, objective, null, own.get(c)));
            }
            List<Action> actions = objective.getActions();
            for (int a = 0; a < actions.size(); a++) {
                List<SuccessCriterion> criteria = actions.get(a).getSuccessCriteria();
                for (int c = 0; c < criteria.size(); c++) {
                    all.add(new At(o, a, c, objective, actions.get(a), criteria.get(c)));
                }
            }
        }
        return all;
    }

    /** The quantitative targets of the plan, in plan order. */
    static List<At> quantitative(EqualityPlan plan) {
        List<At> q = new ArrayList<>();
        for (At at : criteria(plan)) {
            if (at.criterion() instanceof QuantitativeTarget) {
                q.add(at);
            }
        }
        return q;
    }

    /** The date a criterion states: a target's deadline or a milestone's due date. */
    static Optional<java.time.LocalDate> date(SuccessCriterion criterion) {
        if (criterion instanceof QuantitativeTarget q) {
            return q.getDeadline();
        }
        if (criterion instanceof Milestone m) {
            return m.getDue();
        }
        return Optional.empty();
    }

    /** Whether a criterion is a qualitative one. */
    static boolean qualitative(SuccessCriterion criterion) {
        return criterion instanceof QualitativeCriterion;
    }

    /**
     * A problem {@link Adoptions#check} found with the plan's adoptions, where it stands.
     *
     * @param site  the adoption, the adopted objective or the field of one concerned
     * @param problem  what was found
     * @param plan  the adopting plan
     * @param adopted  the plan adopted from that it was found against
     */
    record Adopted(Site site, Adoptions.Problem problem, EqualityPlan plan, EqualityPlan adopted) {
        /** The problem's status. */
        Adoptions.Status status() {
            return problem.getStatus();
        }

        /** The problem's reason as a sentence, capitalised and ending with a full stop, with more words added. */
        String sentence(String more) {
            String reason = problem.getReason();
            return Character.toUpperCase(reason.charAt(0)) + reason.substring(1) + more + ".";
        }

        /** The objective of the adopted plan that the problem's adopted objective refers to, if any. */
        Optional<Objective> referred() {
            if (problem.getAdoptionIndex().isEmpty() || problem.getObjectiveIndex().isEmpty()) {
                return Optional.empty();
            }
            AdoptedObjective reference = plan.getAdoptions().get(problem.getAdoptionIndex().get()).getObjectives()
                    .get(problem.getObjectiveIndex().get());
            return adopted.getObjectives().stream().filter(o -> o.getId().equals(reference.getId())).findFirst();
        }
    }

    /**
     * Every problem between the plan and the plans it adopts from, for the checks of adoptions: for each adopted plan
     * in turn, its problems in the adopting plan's order, as {@code check} finds them (in an assessment,
     * {@link Adoptions#check}, once per adopted plan). The checks pass over {@link Adoptions.Status#NOTHING_ADOPTED}:
     * {@link AdoptedPlans} refuses a plan that the plan adopts nothing from before any check runs.
     */
    static List<Adopted> adoptions(EqualityPlan plan, List<EqualityPlan> adopted,
            BiFunction<EqualityPlan, EqualityPlan, List<Adoptions.Problem>> check) {
        List<Adopted> all = new ArrayList<>();
        for (EqualityPlan other : adopted) {
            for (Adoptions.Problem p : check.apply(plan, other)) {
                all.add(new Adopted(site(p), p, plan, other));
            }
        }
        return all;
    }

    /**
     * The site of a problem, from its indices and field: such as {@code adoptions[0].version},
     * {@code adoptions[0].objectives[1].title}, or the plan's {@code adoptions}.
     */
    static Site site(Adoptions.Problem problem) {
        Optional<Integer> a = problem.getAdoptionIndex();
        Optional<Integer> o = problem.getObjectiveIndex();
        Site part;
        if (a.isEmpty()) {
            part = Site.plan();
        } else if (o.isEmpty()) {
            part = Site.adoption(a.get());
        } else {
            part = Site.adoptedObjective(a.get(), o.get());
        }
        return part.field(problem.getField());
    }
}
