package org.equalityduty.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.equalityduty.core.assessment.Rule;
import org.equalityduty.core.plan.Action;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.Objective;
import org.equalityduty.core.validation.EqualityValidation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Each near miss breaks exactly its named rule, in exactly the named element of an otherwise SMART-complete plan. */
class NearMissProperties {
    private static final long SEED = 3L;

    static List<Rule> rules() {
        return NearMiss.rules();
    }

    @ParameterizedTest
    @MethodSource("rules")
    void nearMissIsStructurallyValidAndDiffersOnlyAtItsPath(Rule rule) {
        qt().withFixedSeed(SEED).withExamples(150).forAll(EqualityGenerators.nearMiss(rule).toGen()).checkAssert(miss -> {
            assertEquals(rule, miss.rule());
            assertEquals(rule.getCode(), miss.ruleCode());
            assertEquals(List.of(), EqualityValidation.validate(miss.plan()), miss::toString);
            assertEquals(List.of(), EqualityValidation.validate(miss.source()), miss::toString);
            assertNotEquals(miss.source(), miss.plan());
            Map<String, Object> before = nodes(miss.source());
            Map<String, Object> after = nodes(miss.plan());
            assertEquals(before.keySet(), after.keySet(), "same shape");
            assertTrue(before.containsKey(miss.path()), () -> "path " + miss.path() + " names an element");
            assertNotEquals(before.get(miss.path()), after.get(miss.path()), miss::toString);
            for (String key : before.keySet()) {
                if (!Objects.equals(before.get(key), after.get(key))) {
                    assertTrue(key.equals(miss.path()) || miss.path().startsWith(key + ".")
                            || key.startsWith(miss.path() + "."), () -> miss + " also changed " + key);
                }
            }
        });
    }

    @ParameterizedTest
    @MethodSource("rules")
    void nearMissBreaksExactlyItsRule(Rule rule) {
        for (SmartRuleProbe probe : SmartRuleProbe.all()) {
            qt().withFixedSeed(SEED).withExamples(150).forAll(EqualityGenerators.nearMiss(rule).toGen()).checkAssert(miss -> {
                assertEquals(Set.of(), probe.ruleCodes(miss.source()), () -> "source of " + miss);
                assertEquals(Set.of(rule.getCode()), probe.ruleCodes(miss.plan()), miss::toString);
            });
        }
    }

    @Test
    void nearMissesCoverEveryRule() {
        Set<Rule> seen = new TreeSet<>();
        for (NearMiss miss : EqualityGenerators.nearMisses().samples(SEED, 300)) {
            seen.add(miss.rule());
            assertEquals(Set.of(miss.ruleCode()), SmartRuleProbe.engine().ruleCodes(miss.plan()));
        }
        assertEquals(new TreeSet<>(NearMiss.rules()), seen);
        // the SMART rules of 0.1 and the four substantive rules of 0.2 that one criterion can break alone: the near
        // misses are keyed by the rule itself
        assertEquals(15, seen.size());
    }

    @Test
    void ruleWithoutNearMissesIsRejected() {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> EqualityGenerators.nearMiss(Rule.NO_OBJECTIVES).toGen());
        assertEquals("rule duty.no-objectives has no near misses: only the SMART rules [smart.not-measurable, "
                + "smart.ambiguous-target, smart.no-baseline, smart.direction-contradicts, smart.share-out-of-range, "
                + "smart.reduction-exceeds-baseline, smart.negative-count, smart.not-time-bound, "
                + "smart.deadline-outside-period, smart.not-specific, smart.not-relevant, smart.value-out-of-scale, "
                + "smart.baseline-after-deadline, smart.focus-is-reference, smart.population-mismatch]", ex.getMessage());
        assertThrows(IllegalArgumentException.class, () -> EqualityGenerators.nearMiss(Rule.CHILD_MISSING));
        assertThrows(NullPointerException.class, () -> EqualityGenerators.nearMiss(null));
    }

    /** The plan's objectives, actions and criteria by path. */
    static Map<String, Object> nodes(EqualityPlan plan) {
        Map<String, Object> nodes = new LinkedHashMap<>();
        List<Objective> objectives = plan.getObjectives();
        for (int o = 0; o < objectives.size(); o++) {
            nodes.put("objectives[" + o + "]", objectives.get(o));
            List<Action> actions = objectives.get(o).getActions();
            for (int a = 0; a < actions.size(); a++) {
                nodes.put("objectives[" + o + "].actions[" + a + "]", actions.get(a));
            }
        }
        plan.forEachCriterion(nodes::put);
        return nodes;
    }
}
