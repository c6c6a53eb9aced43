package org.equalityduty.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlanPeriodProperties {

    @Test
    void parseReadsBackToString() {
        qt().forAll(integers().between(0, 40_000), integers().between(0, 3_000))
                .checkAssert((startDay, length) -> {
                    LocalDate start = LocalDate.of(2000, 1, 1).plusDays(startDay);
                    PlanPeriod p = PlanPeriod.of(start, start.plusDays(length));
                    assertEquals(p, PlanPeriod.parse(p.toString()));
                    assertTrue(p.contains(p.getStart()) && p.contains(p.getEnd()));
                    assertEquals(p.getEnd().plusDays(1), p.getStart().plus(p.length()));
                });
    }
}
