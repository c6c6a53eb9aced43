package org.equalityduty.core.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.equalityduty.core.InvalidValueException;
import org.equalityduty.core.constraints.Severity;
import org.junit.jupiter.api.Test;

class RuleTest {
    @Test
    void codesAreExactlyTheSharedRuleCodes() {
        // The shared list of rule codes that assessment and the testkit's near-miss generators both use.
        List<String> shared = List.of("smart.not-measurable", "smart.ambiguous-target", "smart.no-baseline",
                "smart.direction-contradicts", "smart.share-out-of-range", "smart.reduction-exceeds-baseline",
                "smart.negative-count", "smart.not-time-bound", "smart.deadline-outside-period", "smart.not-specific",
                "smart.not-relevant", "duty.no-objectives", "duty.objectives-overdue", "duty.information-overdue",
                "duty.progress-overdue", "duty.characteristic-not-protected-for-pupils", "duty.marriage-aim",
                "duty.non-protected-only", "child.missing", "child.hard-to-read",
                "duty.information-unrecorded", "duty.period-exceeds-cycle", "smart.output-not-outcome",
                "smart.value-out-of-scale", "smart.baseline-after-deadline", "smart.focus-is-reference",
                "smart.focus-is-everyone", "smart.population-mismatch", "duty.period-unstated",
                "smart.benchmark-unstated", "smart.measure-not-published", "smart.tolerance-unstated",
                "duty.age-by-proxy", "duty.adopted-version-mismatch", "duty.adopted-objective-missing",
                "smart.baseline-inconsistent");
        assertEquals(shared, Arrays.stream(Rule.values()).map(Rule::getCode).collect(Collectors.toList()));
    }

    @Test
    void eachRuleIsDefinedOnceWithItsOwnCheck() {
        Set<Class<?>> checks = new HashSet<>();
        for (Rule r : Rule.values()) {
            assertEquals(r, Rule.fromCode(r.getCode()));
            assertTrue(checks.add(r.check().getClass()), r + " shares its check class");
            assertEquals("org.equalityduty.core.assessment.rules", r.check().getClass().getPackageName());
            assertFalse(r.getSource().isBlank(), r::toString);
            // The fix names the field of the plan document that it asks to fill in or change.
            assertTrue(r.getFix().contains(r.getFixField()), () -> r + ": " + r.getFix());
            assertTrue(r.getFix().endsWith("."), r::toString);
        }
    }

    @Test
    void smartLetters() {
        assertEquals(Optional.of(SmartLetter.M), Rule.NO_BASELINE.getSmartLetter());
        assertEquals(Optional.of(SmartLetter.A), Rule.NEGATIVE_COUNT.getSmartLetter());
        assertEquals(Optional.empty(), Rule.CHILD_MISSING.getSmartLetter());
    }

    @Test
    void unknownCode() {
        assertEquals("rule code 'smart.nope' is unknown",
                assertThrows(InvalidValueException.class, () -> Rule.fromCode("smart.nope")).getMessage());
        assertEquals("severity 'fatal' is not one of error, warning, advice",
                assertThrows(InvalidValueException.class, () -> Severity.fromCode("fatal")).getMessage());
        assertEquals(Severity.ADVICE, Severity.fromCode("advice"));
    }
}
