package org.equalityduty.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.equalityduty.core.plan.Action;
import org.equalityduty.core.plan.Baseline;
import org.equalityduty.core.plan.Direction;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.duty.Jurisdiction;
import org.equalityduty.core.plan.Measure;
import org.equalityduty.core.plan.MeasureKind;
import org.equalityduty.core.plan.MeasureUnit;
import org.equalityduty.core.plan.Milestone;
import org.equalityduty.core.plan.Objective;
import org.equalityduty.core.observation.Observation;
import org.equalityduty.core.observation.ObservationSeries;
import org.equalityduty.core.duty.Organisation;
import org.equalityduty.core.plan.PlanPeriod;
import org.equalityduty.core.duty.Population;
import org.equalityduty.core.observation.ProgressRecord;
import org.equalityduty.core.plan.QualitativeCriterion;
import org.equalityduty.core.plan.QuantitativeTarget;
import org.equalityduty.core.plan.Target;
import org.equalityduty.core.plan.TargetKind;
import org.equalityduty.core.plan.TimeFrame;
import org.equalityduty.core.progress.ProgressEvaluator;
import org.equalityduty.core.progress.ProgressOptions;
import org.equalityduty.core.progress.ProgressReport;

/**
 * A small hand-made plan and record whose evaluation as of 2025-07-31 uses every field of the progress report:
 * each kind of criterion, a tied measure's status, a dated and an observed baseline, a target read "by N%",
 * a fraction, a projection, and record entries that match no criterion.
 */
final class ReportSamples {
    static final LocalDate AS_OF = LocalDate.of(2025, 7, 31);

    private ReportSamples() {
    }

    static EqualityPlan plan() {
        Measure gap = Measure.builder().kind(MeasureKind.ATTAINMENT_GAP).population(Population.PUPILS)
                .focusGroup(Samples.DISADVANTAGED)
                .reference(org.equalityduty.core.plan.PopulationReference.REST_OF_POPULATION)
                .unit(MeasureUnit.PERCENTAGE_POINTS).build();
        Measure confidence = Measure.builder().kind(MeasureKind.SURVEY_POSITIVE_RATE)
                .population(Population.PARENTS_AND_COMMUNITY).unit(MeasureUnit.PERCENT).build();
        Objective o1 = Objective.builder().id("o1").title("Narrow the KS2 maths gap")
                .addSuccessCriteria(QuantitativeTarget.builder().id("o1.c1")
                        .text("Close the gap by 5 percentage points by July 2026").measure(gap)
                        .baseline(Baseline.builder().value(new BigDecimal("18.50")).date(LocalDate.of(2023, 7, 31))
                                .build())
                        .direction(Direction.DECREASE).target(Target.of(TargetKind.PERCENTAGE_POINTS, "5"))
                        .deadline(LocalDate.of(2026, 7, 31)).build())
                .addActions(Action.builder().description("Targeted tutoring")
                        .timeFrame(TimeFrame.within(Period.ofMonths(12)))
                        .addSuccessCriteria(Milestone.builder().id("o1.a1.m1").text("All staff trained")
                                .due(LocalDate.of(2024, 3, 31)).build())
                        .addSuccessCriteria(Milestone.of("o1.a1.m2", "Maths evening for parents"))
                        .build())
                .targetDate(LocalDate.of(2026, 7, 31))
                .build();
        Objective o2 = Objective.builder().id("o2").title("Raise parents' confidence in the school")
                .addSuccessCriteria(QuantitativeTarget.builder().id("o2.c1")
                        .text("Raise the share of parents who feel listened to by 10%").measure(confidence)
                        .direction(Direction.INCREASE).target(Target.of(TargetKind.PERCENT_AS_STATED, "10")).build())
                .addSuccessCriteria(QualitativeCriterion.builder().id("o2.q1").text("Parents feel welcome")
                        .method("Annual survey").measure(confidence).target(Target.of(TargetKind.LEVEL, "70"))
                        .build())
                .build();
        return EqualityPlan.builder()
                .organisation(Organisation.school("Example Primary", "123456"))
                .jurisdiction(Jurisdiction.ENGLAND)
                .period(PlanPeriod.of(LocalDate.of(2023, 9, 1), LocalDate.of(2026, 8, 31)))
                .addObjectives(o1, o2)
                .build();
    }

    static ProgressRecord record() {
        return ProgressRecord.builder()
                .asOf(AS_OF)
                .addSeries(ObservationSeries.of("o1.c1", List.of(
                        Observation.of(LocalDate.of(2024, 7, 31), new BigDecimal("16.0")),
                        Observation.of(LocalDate.of(2025, 7, 31), new BigDecimal("14.2")))))
                .addSeries(ObservationSeries.of("o2.c1", List.of(
                        Observation.of(LocalDate.of(2024, 6, 30), new BigDecimal("60")),
                        Observation.of(LocalDate.of(2025, 6, 30), new BigDecimal("64.5")))))
                .addSeries(ObservationSeries.of("o2.q1", List.of(
                        Observation.of(LocalDate.of(2025, 6, 30), new BigDecimal("71.25")))))
                .addSeries(ObservationSeries.of("o9.c1", List.of()))
                .putMilestonesCompleted("o1.a1.m1", LocalDate.of(2024, 3, 20))
                .putEvidence("o2.q1", "Survey summary, July 2025")
                .putEvidence("o9.q3", "Minutes of the parents' forum")
                .build();
    }

    static ProgressReport report() {
        return ProgressEvaluator.evaluate(plan(), record(), AS_OF, ProgressOptions.defaults());
    }
}
