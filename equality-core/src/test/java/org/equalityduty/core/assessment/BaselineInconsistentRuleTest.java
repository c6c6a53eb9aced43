package org.equalityduty.core.assessment;

import static org.equalityduty.core.assessment.Fixtures.assertNone;
import static org.equalityduty.core.assessment.Fixtures.assertOnly;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.equalityduty.core.constraints.Severity;
import org.equalityduty.core.plan.Baseline;
import org.equalityduty.core.plan.Direction;
import org.equalityduty.core.plan.Measure;
import org.equalityduty.core.plan.MeasureKind;
import org.equalityduty.core.plan.MeasureUnit;
import org.equalityduty.core.plan.QuantitativeTarget;
import org.equalityduty.core.plan.StatedShare;
import org.equalityduty.core.plan.Target;
import org.equalityduty.core.plan.TargetKind;
import org.equalityduty.core.plan.TimeFrame;
import org.junit.jupiter.api.Test;

/**
 * {@code smart.baseline-inconsistent}: a baseline's stated percentage that disagrees with its own count. The case is
 * Belmont Junior School's 2024 baseline, "52% of EAL children (13 of 23 children)": 13 of 23 is 56.52...% (by hand).
 */
class BaselineInconsistentRuleTest {
    private static final String CODE = "smart.baseline-inconsistent";

    private static QuantitativeTarget gap(StatedShare... shares) {
        Measure measure = Fixtures.measure(MeasureKind.ATTAINMENT_GAP, Fixtures.DISADVANTAGED, true,
                MeasureUnit.PERCENTAGE_POINTS);
        return QuantitativeTarget.builder().id("c1").text("the gap closes to no more than 20").measure(measure)
                .baseline(Baseline.builder().value(new BigDecimal("28")).addShares(shares).build())
                .target(Target.of(TargetKind.LEVEL, "20")).direction(Direction.DECREASE)
                .deadline(LocalDate.of(2026, 7, 31)).build();
    }

    private static org.equalityduty.core.plan.EqualityPlan plan(QuantitativeTarget criterion) {
        return Fixtures.plan(Fixtures.objectiveBuilder("o1")
                .addAims(org.equalityduty.core.duty.DutyAim.ADVANCE_EQUALITY_OF_OPPORTUNITY)
                .addCharacteristics(org.equalityduty.core.duty.ProtectedCharacteristic.RACE)
                .addPopulations(org.equalityduty.core.duty.Population.PUPILS)
                .addActions(Fixtures.action(TimeFrame.dueBy(LocalDate.of(2026, 7, 31)), criterion)).build());
    }

    @Test
    void aPercentThatDisagreesWithItsCountIsFlaggedAtTheBaseline() {
        StatedShare eal = StatedShare.builder().label("EAL children").percent(new BigDecimal("52")).count(13)
                .denominator(23).build();
        assertOnly(plan(gap(eal, StatedShare.of(BigDecimal.ZERO, 0, 3))), CODE, Severity.WARNING,
                "objectives[0].actions[0].successCriteria[0].baseline",
                "The baseline states 52% of EAL children (13 of 23), but 13 of 23 is 56.5%.");
        assertOnly(plan(gap(StatedShare.of(new BigDecimal("3.0"), 1, 3))), CODE, Severity.WARNING,
                "objectives[0].actions[0].successCriteria[0].baseline",
                "The baseline states 3.0% for 1 of 3, but 1 of 3 is 33.33%.");
    }

    @Test
    void sharesThatAgreeOrNoSharesAreNotFlagged() {
        assertNone(plan(gap(StatedShare.of(new BigDecimal("57"), 13, 23), StatedShare.of(new BigDecimal("56"), 13, 23))),
                CODE);
        assertNone(plan(gap()), CODE);
    }
}
