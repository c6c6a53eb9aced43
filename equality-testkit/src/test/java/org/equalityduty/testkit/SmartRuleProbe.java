package org.equalityduty.testkit;

import java.util.Set;
import org.equalityduty.core.EqualityPlan;

/**
 * What the near-miss tests ask of a SMART check: the rule codes a plan breaks.
 *
 * <p>Today {@link #current()} is the test's own {@link ReferenceSmartRules}, written from the shared rule
 * definitions. When equality-core's assessment lands, plug it in here and every near-miss test cross-checks
 * against it; with the API on the assessment branch that is
 * <pre>{@code
 * return plan -> PlanAssessor.assess(plan, plan.getPeriod().getStart()).getCodes().stream()
 *         .filter(code -> code.startsWith("smart.")).collect(Collectors.toCollection(TreeSet::new));
 * }</pre>
 * (run by hand against that branch: SMART-complete plans gave no smart finding and every near miss exactly its rule).
 */
@FunctionalInterface
interface SmartRuleProbe {

    Set<String> ruleCodes(EqualityPlan plan);

    static SmartRuleProbe current() {
        return new ReferenceSmartRules();
    }
}
