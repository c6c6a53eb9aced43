package org.equalityduty.testkit;

import java.util.Objects;
import org.equalityduty.core.plan.EqualityPlan;

/**
 * A structurally valid plan that breaks exactly one named SMART rule, with the SMART-complete plan it was made
 * from.
 *
 * <p>{@code plan} and {@code source} are equal except for the element at {@code path} (and the objects that
 * contain it). Paths use the form of {@link EqualityPlan#forEachCriterion}, such as
 * {@code objectives[1].actions[0].successCriteria[0]}, {@code objectives[0].actions[2]} or {@code objectives[3]}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param ruleCode  the rule broken, one of {@link RuleCodes#all()}, not null
 * @param plan  the plan that breaks the rule, not null
 * @param path  the path of the broken element, not null
 * @param source  the SMART-complete plan the near miss was made from, not null
 * @since 0.1.0
 */
public record NearMiss(String ruleCode, EqualityPlan plan, String path, EqualityPlan source) {

    /**
     * Creates an instance.
     *
     * @param ruleCode  the rule broken, not null
     * @param plan  the plan that breaks the rule, not null
     * @param path  the path of the broken element, not null
     * @param source  the SMART-complete source plan, not null
     * @throws NullPointerException if any argument is null
     */
    public NearMiss {
        Objects.requireNonNull(ruleCode, "ruleCode");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(source, "source");
    }

    /**
     * Gets a short description: the rule code and the path.
     *
     * @return such as {@code smart.no-baseline at objectives[0].actions[0].successCriteria[0]}, not null
     */
    @Override
    public String toString() {
        return ruleCode + " at " + path;
    }
}
