package org.equalityduty.testkit;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.equalityduty.core.assessment.Rule;
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
 * @param rule  the rule broken, one of {@link #rules()}, not null
 * @param plan  the plan that breaks the rule, not null
 * @param path  the path of the broken element, not null
 * @param source  the SMART-complete plan the near miss was made from, not null
 * @since 0.1.0
 */
public record NearMiss(Rule rule, EqualityPlan plan, String path, EqualityPlan source) {
    /** The rules that have near misses, in the order of {@link Rule}; the generators draw a near miss for each. */
    private static final List<Rule> RULES = List.copyOf(EnumSet.of(Rule.NOT_MEASURABLE, Rule.AMBIGUOUS_TARGET,
            Rule.NO_BASELINE, Rule.DIRECTION_CONTRADICTS, Rule.SHARE_OUT_OF_RANGE, Rule.REDUCTION_EXCEEDS_BASELINE,
            Rule.NEGATIVE_COUNT, Rule.NOT_TIME_BOUND, Rule.DEADLINE_OUTSIDE_PERIOD, Rule.NOT_SPECIFIC,
            Rule.NOT_RELEVANT, Rule.VALUE_OUT_OF_SCALE, Rule.BASELINE_AFTER_DEADLINE, Rule.FOCUS_IS_REFERENCE,
            Rule.POPULATION_MISMATCH));

    /**
     * Creates an instance.
     *
     * @param rule  the rule broken, not null
     * @param plan  the plan that breaks the rule, not null
     * @param path  the path of the broken element, not null
     * @param source  the SMART-complete source plan, not null
     * @throws NullPointerException if any argument is null
     * @since 0.1.0
     */
    public NearMiss {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(source, "source");
    }

    /**
     * Gets the rules that have near misses: the SMART rules of the assessment that a change at one element of a
     * SMART-complete plan breaks alone, in the order of {@link Rule}: the eleven of 0.1.0 and, since 0.2.0,
     * {@code smart.value-out-of-scale}, {@code smart.baseline-after-deadline}, {@code smart.focus-is-reference} and
     * {@code smart.population-mismatch}. {@code smart.output-not-outcome} and {@code smart.focus-is-everyone} have
     * none: they concern an objective's criteria or groups as a whole.
     *
     * @return the rules, unmodifiable, not null
     * @since 0.2.0
     */
    public static List<Rule> rules() {
        return RULES;
    }

    /**
     * Gets the code of the rule broken.
     *
     * @return the code, such as {@code smart.no-baseline}, not null
     * @since 0.1.0
     */
    public String ruleCode() {
        return rule.getCode();
    }

    /**
     * Gets a short description: the rule code and the path.
     *
     * @return such as {@code smart.no-baseline at objectives[0].actions[0].successCriteria[0]}, not null
     * @since 0.1.0
     */
    @Override
    public String toString() {
        return rule.getCode() + " at " + path;
    }
}
