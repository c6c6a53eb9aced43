package org.equalityduty.testkit;

import java.util.Set;
import org.equalityduty.core.EqualityPlan;

/**
 * What the near-miss tests ask of a SMART check: the rule codes a plan breaks.
 *
 * <p>Today {@link #current()} is the test's own {@link ReferenceSmartRules}, written from the shared rule
 * definitions. When equality-core's assessment lands, plug it in here (one line, such as
 * {@code plan -> SmartAssessment.assess(plan).ruleCodes()}) and every near-miss test cross-checks against it.
 */
@FunctionalInterface
interface SmartRuleProbe {

    Set<String> ruleCodes(EqualityPlan plan);

    static SmartRuleProbe current() {
        return new ReferenceSmartRules();
    }
}
