package org.equalityduty.core.assessment.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import org.equalityduty.core.plan.Adoptions;
import org.equalityduty.core.plan.EqualityPlan;

/**
 * The plans that one plan adopts objectives from (its trust's), with the problems that
 * {@link Adoptions#check(EqualityPlan, EqualityPlan)} finds between the plan and each of them. An assessment makes
 * one when it starts, so each adopted plan is checked once, and every check of adoptions reads the same problems;
 * nothing outlives the assessment.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class AdoptedPlans {
    private final List<EqualityPlan> plans;
    private final List<Walk.Adopted> problems;

    private AdoptedPlans(List<EqualityPlan> plans, List<Walk.Adopted> problems) {
        this.plans = plans;
        this.problems = problems;
    }

    /**
     * Obtains the plans a plan adopts from, checking the plan's adoptions against each of them.
     *
     * @param plan  the adopting plan, not null
     * @param adopted  the plans it adopts from, at most one per organisation, each one the plan adopts objectives
     *     from; not null, no null elements
     * @return the adopted plans with the problems found, not null
     * @throws IllegalArgumentException if the plan adopts no objectives from one of the adopted plans, or two of them
     *     are plans of the same organisation
     * @since 0.2.0
     */
    public static AdoptedPlans of(EqualityPlan plan, List<EqualityPlan> adopted) {
        return of(plan, adopted, Adoptions::check);
    }

    /** As {@link #of(EqualityPlan, List)}, finding the problems between the plan and each adopted plan with check. */
    static AdoptedPlans of(EqualityPlan plan, List<EqualityPlan> adopted,
            BiFunction<EqualityPlan, EqualityPlan, List<Adoptions.Problem>> check) {
        Objects.requireNonNull(plan, "plan");
        List<EqualityPlan> others = List.copyOf(Objects.requireNonNull(adopted, "adopted"));
        Set<String> organisations = new HashSet<>();
        for (EqualityPlan other : others) {
            String name = other.getOrganisation().getName();
            if (!organisations.add(name)) {
                throw new IllegalArgumentException("two of the adopted plans are " + name + "'s; give one");
            }
            if (plan.getAdoptions().stream().noneMatch(a -> a.getOrganisation().equals(name))) {
                throw new IllegalArgumentException("the plan adopts no objectives from " + name);
            }
        }
        return new AdoptedPlans(others, List.copyOf(Walk.adoptions(plan, others, check)));
    }

    /**
     * Gets the adopted plans.
     *
     * @return the plans, in the order given, empty if none was given, not null
     * @since 0.2.0
     */
    public List<EqualityPlan> getPlans() {
        return plans;
    }

    /** The problems between the plan and its adopted plans: for each adopted plan in turn, in the plan's order. */
    List<Walk.Adopted> problems() {
        return problems;
    }

}
