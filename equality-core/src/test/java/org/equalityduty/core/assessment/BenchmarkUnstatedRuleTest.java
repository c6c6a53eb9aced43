package org.equalityduty.core.assessment;

import static org.equalityduty.core.assessment.Fixtures.assertNone;
import static org.equalityduty.core.assessment.Fixtures.assertOnly;

import java.math.BigDecimal;
import org.equalityduty.core.constraints.Severity;
import org.equalityduty.core.duty.DutyAim;
import org.equalityduty.core.duty.Population;
import org.equalityduty.core.plan.Benchmark;
import org.equalityduty.core.plan.BenchmarkScope;
import org.equalityduty.core.plan.Direction;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.InLineWith;
import org.equalityduty.core.plan.Measure;
import org.equalityduty.core.plan.MeasureKind;
import org.equalityduty.core.plan.QuantitativeTarget;
import org.equalityduty.core.population.Dimensions;
import org.equalityduty.core.population.Group;
import org.junit.jupiter.api.Test;

/**
 * {@code smart.benchmark-unstated}: "narrow the gap between the attendance of disadvantaged boys and that of
 * non-disadvantaged pupils nationally" (a corpus plan's words), with and without the national figure.
 */
class BenchmarkUnstatedRuleTest {
    private static final String CODE = "smart.benchmark-unstated";
    private static final Group DISADVANTAGED = Group.of(Dimensions.category("disadvantage:disadvantaged"));
    private static final Group OTHERS = Group.of(Dimensions.category("disadvantage:not_disadvantaged"));

    static EqualityPlan plan(Benchmark reference, Benchmark... compared) {
        QuantitativeTarget c = QuantitativeTarget.builder().id("o1.c1").text("narrow the attendance gap")
                .measure(Measure.builder().kind(MeasureKind.ATTENDANCE_RATE).population(Population.PUPILS)
                        .focusGroup(DISADVANTAGED).reference(reference).build())
                .direction(Direction.DECREASE).addBenchmarks(compared).build();
        return Fixtures.plan(Fixtures.objectiveBuilder("o1").addAims(DutyAim.ADVANCE_EQUALITY_OF_OPPORTUNITY)
                .addPopulations(Population.PUPILS).addGroups(DISADVANTAGED).addSuccessCriteria(c).build());
    }

    private static Benchmark national(String value) {
        Benchmark.Builder b = Benchmark.builder().label("non-disadvantaged pupils nationally")
                .scope(BenchmarkScope.NATIONAL).group(OTHERS);
        if (value != null) {
            b.value(new BigDecimal(value));
        }
        return b.build();
    }

    @Test
    void aNationalReferenceWithNoFigureIsFlagged() {
        assertOnly(plan(national(null)), CODE, Severity.WARNING, "objectives[0].successCriteria[0]",
                "The benchmark \"non-disadvantaged pupils nationally\" (national) has no figure, year or source, so "
                        + "nobody can tell what the criterion compares with.");
    }

    @Test
    void aFigurePasses() {
        assertNone(plan(national("93.1")), CODE);
    }

    @Test
    void aComparedBenchmarkWithNoFigureIsFlaggedOnce() {
        Benchmark la = Benchmark.builder().label("the local authority").scope(BenchmarkScope.LOCAL_AUTHORITY).build();
        assertOnly(plan(national(null), la), CODE, Severity.WARNING, "objectives[0].successCriteria[0]",
                "The benchmark \"non-disadvantaged pupils nationally\" (national) has no figure, year or source, so "
                        + "nobody can tell what the criterion compares with.");
        assertOnly(plan(national("93.1"), la), CODE, Severity.WARNING, "objectives[0].successCriteria[0]",
                "The benchmark \"the local authority\" (local authority) has no figure, year or source, so nobody "
                        + "can tell what the criterion compares with.");
    }

    @Test
    void theSchoolsOwnGroupIsNotAnExternalBenchmark() {
        assertNone(plan(Benchmark.builder().label("other pupils").group(OTHERS).build()), CODE);
    }

    @Test
    void aBenchmarkToBeInLineWithThatHasNoFigureIsFlagged() {
        QuantitativeTarget c = QuantitativeTarget.builder().id("o1.c1").text("attendance in line with national")
                .measure(Measure.builder().kind(MeasureKind.ATTENDANCE_RATE).population(Population.PUPILS)
                        .focusGroup(DISADVANTAGED).build())
                .direction(Direction.MAINTAIN).directionStated(false)
                .inLineWith(InLineWith.builder().benchmark(national(null)).tolerance(BigDecimal.ONE).build()).build();
        assertOnly(Fixtures.plan(Fixtures.objectiveBuilder("o1").addAims(DutyAim.ADVANCE_EQUALITY_OF_OPPORTUNITY)
                .addPopulations(Population.PUPILS).addGroups(DISADVANTAGED).addSuccessCriteria(c).build()), CODE,
                Severity.WARNING, "objectives[0].successCriteria[0]",
                "The benchmark \"non-disadvantaged pupils nationally\" (national) has no figure, year or source, so "
                        + "nobody can tell what the criterion compares with.");
    }
}
