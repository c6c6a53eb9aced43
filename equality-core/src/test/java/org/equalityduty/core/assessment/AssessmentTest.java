package org.equalityduty.core.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.equalityduty.core.constraints.Severity;
import org.equalityduty.core.plan.Direction;
import org.equalityduty.core.plan.TargetKind;
import org.junit.jupiter.api.Test;

/** An assessment's findings by severity, on plans whose findings are known from the rule tests. */
class AssessmentTest {
    private static final LocalDate DEADLINE_2026 = LocalDate.of(2026, 7, 31);

    private static List<String> codes(List<Finding> findings) {
        return findings.stream().map(Finding::getCode).toList();
    }

    @Test
    void findingsAreSortedBySeverityOnDemand() {
        // A target of 120% of staff is not a possible share (an error); nothing else is wrong with the plan.
        Assessment impossible = Fixtures.assess(Fixtures.plan(Fixtures.objective(Fixtures.quant(Fixtures.share(), "20",
                Direction.INCREASE, TargetKind.LEVEL, "120", DEADLINE_2026))));
        assertEquals(List.of("smart.share-out-of-range"), codes(impossible.findingsOf(Severity.ERROR)));
        assertEquals(List.of(), impossible.findingsOf(Severity.WARNING));
        assertEquals(1, impossible.count(Severity.ERROR));
        assertEquals(0, impossible.count(Severity.ADVICE));
        assertTrue(impossible.hasErrors());
        // No number to reach is a warning only.
        Assessment vague = Fixtures.assess(Fixtures.plan(Fixtures.objective(Fixtures.quant(Fixtures.share(), "20",
                Direction.INCREASE, null, null, DEADLINE_2026))));
        assertEquals(List.of("smart.not-measurable"), codes(vague.findingsOf(Severity.WARNING)));
        assertEquals(1, vague.count(Severity.WARNING));
        assertFalse(vague.hasErrors());
        assertFalse(Fixtures.assess(Fixtures.plan(Fixtures.objective())).hasErrors());
        assertEquals("severity", assertThrows(NullPointerException.class, () -> vague.findingsOf(null)).getMessage());
    }
}
