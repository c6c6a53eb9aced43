package org.equalityduty.core.assessment;

import static org.equalityduty.core.assessment.Fixtures.assertNone;
import static org.equalityduty.core.assessment.Fixtures.assertOnly;

import java.math.BigDecimal;
import org.equalityduty.core.constraints.Severity;
import org.equalityduty.core.duty.DutyAim;
import org.equalityduty.core.duty.Population;
import org.equalityduty.core.duty.ProtectedCharacteristic;
import org.equalityduty.core.plan.Benchmark;
import org.equalityduty.core.plan.BenchmarkScope;
import org.equalityduty.core.plan.Direction;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.InLineWith;
import org.equalityduty.core.plan.Measure;
import org.equalityduty.core.plan.MeasureKind;
import org.equalityduty.core.plan.QuantitativeTarget;
import org.equalityduty.core.plan.Subject;
import org.equalityduty.core.population.Dimensions;
import org.equalityduty.core.population.Group;
import org.junit.jupiter.api.Test;

/** {@code smart.tolerance-unstated}: "boys attaining equally as well as girls" (a corpus plan's words). */
class ToleranceUnstatedRuleTest {
    private static final String CODE = "smart.tolerance-unstated";
    private static final Group BOYS = Group.of(Dimensions.category("sex:male"));
    private static final Group GIRLS = Group.of(Dimensions.category("sex:female"));

    static EqualityPlan plan(InLineWith inLine) {
        QuantitativeTarget c = QuantitativeTarget.builder().id("o1.c1").text("boys attain equally as well as girls")
                .measure(Measure.builder().kind(MeasureKind.ATTAINMENT_RATE).population(Population.PUPILS)
                        .focusGroup(BOYS).addSubjects(Subject.WRITING).build())
                .direction(Direction.INCREASE).inLineWith(inLine).build();
        return Fixtures.plan(Fixtures.objectiveBuilder("o1").addAims(DutyAim.ADVANCE_EQUALITY_OF_OPPORTUNITY)
                .addCharacteristics(ProtectedCharacteristic.SEX).addPopulations(Population.PUPILS).addGroups(BOYS)
                .addSuccessCriteria(c).build());
    }

    @Test
    void inLineWithNoMarginIsFlaggedAtTheField() {
        InLineWith girls = InLineWith.builder().benchmark(Benchmark.builder().label("girls").group(GIRLS).build())
                .build();
        assertOnly(plan(girls), CODE, Severity.WARNING, "objectives[0].successCriteria[0].inLineWith",
                "The criterion is to be in line with \"girls\" but does not say within what margin, so nobody can "
                        + "tell how close counts as met.");
    }

    @Test
    void aStatedMarginPasses() {
        assertNone(plan(InLineWith.builder().benchmark(Benchmark.builder().label("girls").group(GIRLS).build())
                .tolerance(new BigDecimal("2")).build()), CODE);
    }

    @Test
    void anExternalBenchmarkWithNoFigureIsLeftToBenchmarkUnstated() {
        InLineWith national = InLineWith.builder().benchmark(Benchmark.builder().label("National expectation")
                .scope(BenchmarkScope.NATIONAL).build()).build();
        assertNone(plan(national), CODE);
        InLineWith withFigure = InLineWith.builder().benchmark(Benchmark.builder().label("national 2024")
                .scope(BenchmarkScope.NATIONAL).value(new BigDecimal("73")).build()).build();
        assertOnly(plan(withFigure), CODE, Severity.WARNING, "objectives[0].successCriteria[0].inLineWith",
                "The criterion is to be in line with \"national 2024\" but does not say within what margin, so "
                        + "nobody can tell how close counts as met.");
    }
}
