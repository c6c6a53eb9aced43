package org.equalityduty.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.equalityduty.core.plan.Action;
import org.equalityduty.core.plan.Baseline;
import org.equalityduty.core.population.Dimensions;
import org.equalityduty.core.plan.Direction;
import org.equalityduty.core.duty.DutyAim;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.population.Group;
import org.equalityduty.core.duty.Jurisdiction;
import org.equalityduty.core.plan.KeyStage;
import org.equalityduty.core.plan.Measure;
import org.equalityduty.core.plan.MeasureKind;
import org.equalityduty.core.plan.MeasureUnit;
import org.equalityduty.core.plan.Objective;
import org.equalityduty.core.duty.Organisation;
import org.equalityduty.core.plan.PlanPeriod;
import org.equalityduty.core.duty.Population;
import org.equalityduty.core.plan.PopulationReference;
import org.equalityduty.core.plan.QuantitativeTarget;
import org.equalityduty.core.plan.Subject;
import org.equalityduty.core.plan.Target;
import org.equalityduty.core.plan.TargetKind;
import org.equalityduty.core.plan.TimeFrame;
import org.equalityduty.core.validation.EqualityValidation;
import org.equalityduty.core.validation.ValidationProblem;
import org.equalityduty.metrics.accumulators.PerSchoolGaps;
import org.equalityduty.metrics.accumulators.Summary;
import org.equalityduty.metrics.functions.Gaps;
import org.equalityduty.metrics.options.Comparison;
import org.equalityduty.metrics.options.MetricOptions;
import org.equalityduty.metrics.results.Ahead;
import org.equalityduty.metrics.results.GapResult;
import org.equalityduty.metrics.results.MetricStatus;
import org.junit.jupiter.api.Test;

/** The README's "short example", kept compiling and true. Keep the two in step. */
class ReadmeExampleTest {

    record PupilRow(int school, boolean disadvantaged, double ks2Reading, boolean metExpected) {
    }

    @Test
    void theReadmeMetricsExampleGivesAGapOrAReason() {
        int schoolCount = 2;
        // School 0: 10 disadvantaged pupils scoring 100, 20 others scoring 104 or 106; school 1: 3 disadvantaged.
        List<PupilRow> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            rows.add(new PupilRow(0, true, 100, false));
        }
        for (int i = 0; i < 20; i++) {
            rows.add(new PupilRow(0, false, i % 2 == 0 ? 104 : 106, true));
        }
        for (int i = 0; i < 3; i++) {
            rows.add(new PupilRow(1, true, 101, true));
        }
        for (int i = 0; i < 12; i++) {
            rows.add(new PupilRow(1, false, 103, true));
        }
        PerSchoolGaps gaps = PerSchoolGaps.ofGroups(schoolCount)
                .addAll(rows, PupilRow::school, PupilRow::disadvantaged, PupilRow::ks2Reading, PupilRow::metExpected);
        GapResult reading = gaps.meanGap(0, MetricOptions.defaults().withMinimumGroupSize(10));
        // Hand calculation: 100 - 105 = -5 points; the disadvantaged pupils are behind.
        assertEquals(MetricStatus.OK, reading.getStatus());
        assertEquals(-5.0, reading.getEstimate(), 1e-12);
        assertEquals(Ahead.REFERENCE, reading.getAhead());
        GapResult small = gaps.meanGap(1, MetricOptions.defaults().withMinimumGroupSize(10));
        assertEquals(MetricStatus.BELOW_MINIMUM_GROUP_SIZE, small.getStatus());
        GapResult fromAggregates = Gaps.meanGap(Summary.of(28, 101.2, 6.1), Summary.of(92, 104.8, 5.7),
                Comparison.restOfPopulation(), MetricOptions.defaults());
        assertEquals(-3.6, fromAggregates.getEstimate(), 1e-12);
    }

    @Test
    void theReadmeExampleBuildsAWellFormedPlan() {
        Objective objective = Objective.builder()
                .id("o1")
                .title("Reduce the attainment gap between disadvantaged pupils and their peers")
                .addAims(DutyAim.ADVANCE_EQUALITY_OF_OPPORTUNITY)
                .addGroups(Group.of(Dimensions.category("disadvantage:disadvantaged")))
                .addPopulations(Population.PUPILS)
                .addActions(Action.builder()
                        .description("Tutoring in reading for disadvantaged pupils in years 5 and 6")
                        .addResponsible("Pupil Premium Lead")
                        .timeFrame(TimeFrame.dueBy(LocalDate.of(2026, 7, 31)))
                        .addSuccessCriteria(QuantitativeTarget.builder()
                                .id("o1.a1.c1")
                                .text("Gap in % meeting the expected standard in reading down by 5 percentage points")
                                .measure(Measure.builder()
                                        .kind(MeasureKind.ATTAINMENT_GAP)
                                        .population(Population.PUPILS)
                                        .focusGroup(Group.of(Dimensions.category("disadvantage:disadvantaged")))
                                        .reference(PopulationReference.REST_OF_POPULATION)
                                        .addSubjects(Subject.READING)
                                        .addKeyStages(KeyStage.KS2)
                                        .unit(MeasureUnit.PERCENTAGE_POINTS)
                                        .build())
                                .baseline(Baseline.of(new BigDecimal("18.0"), LocalDate.of(2025, 7, 31)))
                                .direction(Direction.DECREASE)
                                .target(Target.of(TargetKind.PERCENTAGE_POINTS, "5"))
                                .deadline(LocalDate.of(2026, 7, 31))
                                .build())
                        .build())
                .build();

        EqualityPlan plan = EqualityPlan.builder()
                .organisation(Organisation.school("Example Primary School", "123456"))
                .jurisdiction(Jurisdiction.ENGLAND)
                .period(PlanPeriod.ofYears(2025, 2028))
                .addObjectives(objective)
                .build();

        List<ValidationProblem> problems = EqualityValidation.validate(plan);
        assertEquals(List.of(), problems);
    }
}
