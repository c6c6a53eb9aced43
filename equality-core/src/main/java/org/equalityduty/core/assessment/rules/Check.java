package org.equalityduty.core.assessment.rules;

import java.time.LocalDate;
import org.equalityduty.core.plan.EqualityPlan;

/**
 * The logic of one assessment rule: a pure function of the plan and the assessment date that reports what it finds.
 * Checks never throw on odd plans (no objectives, no actions, no criteria): they report or pass.
 *
 * @since 0.2.0
 */
@FunctionalInterface
public interface Check {
    /**
     * Checks a plan.
     *
     * @param plan  the plan, not null
     * @param asOf  the date the plan is assessed as of, not null
     * @param findings  receives the problems found, not null
     * @since 0.2.0
     */
    void run(EqualityPlan plan, LocalDate asOf, Findings findings);

    /**
     * Checks a plan with the plans it adopts objectives from. Most checks need only the plan; a check that compares
     * the plan with an adopted one (its trust's) overrides this, and reads the problems between them from
     * {@code adopted}, where the assessment has computed them once for every check.
     *
     * @param plan  the plan, not null
     * @param asOf  the date the plan is assessed as of, not null
     * @param adopted  the plans the plan adopts objectives from, with the problems between them, for this plan,
     *     not null
     * @param findings  receives the problems found, not null
     * @since 0.2.0
     */
    default void run(EqualityPlan plan, LocalDate asOf, AdoptedPlans adopted, Findings findings) {
        run(plan, asOf, findings);
    }
}
