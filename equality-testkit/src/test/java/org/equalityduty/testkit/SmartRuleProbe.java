package org.equalityduty.testkit;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.assessment.PlanAssessor;

/**
 * What the near-miss tests ask of a SMART check: the rule codes a plan breaks.
 *
 * <p>Two probes: the assessment engine of equality-core ({@link #engine()}), and the test's own literal reading of
 * the shared rule definitions ({@link #reference()}), written before the engine landed and kept as a second,
 * independent opinion. The tests ask both.
 */
@FunctionalInterface
interface SmartRuleProbe {

    Set<String> ruleCodes(EqualityPlan plan);

    /** The engine's {@code smart.*} codes, assessed as of the start of the plan period. */
    static SmartRuleProbe engine() {
        return plan -> PlanAssessor.assess(plan, plan.getPeriod().orElseThrow().getStart()).getCodes().stream()
                .filter(code -> code.startsWith("smart."))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static SmartRuleProbe reference() {
        return new ReferenceSmartRules();
    }

    static List<SmartRuleProbe> all() {
        return List.of(engine(), reference());
    }
}
