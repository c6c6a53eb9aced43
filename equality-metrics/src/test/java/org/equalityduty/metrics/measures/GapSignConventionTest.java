package org.equalityduty.metrics.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.equalityduty.core.duty.Jurisdiction;
import org.equalityduty.core.duty.Organisation;
import org.equalityduty.core.duty.OrganisationType;
import org.equalityduty.core.duty.Population;
import org.equalityduty.core.observation.Observation;
import org.equalityduty.core.observation.ObservationSeries;
import org.equalityduty.core.observation.ProgressRecord;
import org.equalityduty.core.plan.Action;
import org.equalityduty.core.plan.Baseline;
import org.equalityduty.core.plan.Direction;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.KeyStage;
import org.equalityduty.core.plan.Measure;
import org.equalityduty.core.plan.MeasureKind;
import org.equalityduty.core.plan.MeasureUnit;
import org.equalityduty.core.plan.Objective;
import org.equalityduty.core.plan.PlanPeriod;
import org.equalityduty.core.plan.PopulationReference;
import org.equalityduty.core.plan.QuantitativeTarget;
import org.equalityduty.core.plan.Subject;
import org.equalityduty.core.plan.Target;
import org.equalityduty.core.plan.TargetKind;
import org.equalityduty.core.progress.CriterionProgress;
import org.equalityduty.core.progress.CriterionStatus;
import org.equalityduty.core.progress.ProgressEvaluator;
import org.equalityduty.core.progress.ProgressOptions;
import org.equalityduty.metrics.options.MetricOptions;
import org.junit.jupiter.api.Test;

/**
 * The decided sign of a gap: reference minus focus group, positive when the focus group does worse, as the DfE
 * disadvantage gap index and the statutory pay gap are (docs/domain.md sections 3 and 4). A plan's "decrease" then
 * means narrowing, and its baseline is the positive gap it states. Figures worked by hand in the comments.
 */
class GapSignConventionTest {
    private static final String ID = "o1.a1.c1";
    private static final LocalDate AS_OF = LocalDate.of(2025, 9, 1);
    private static final EvaluationOptions PUBLISHED = EvaluationOptions.defaults()
            .withMetricOptions(MetricOptions.defaults().withMinimumGroupSize(10));

    private static Measure gap(MeasureUnit unit) {
        return Measure.builder().kind(MeasureKind.ATTAINMENT_GAP).population(Population.PUPILS)
                .focusGroup(Cohorts.DISADVANTAGED_GROUP).reference(PopulationReference.REST_OF_POPULATION)
                .addSubject(unit == MeasureUnit.SCORE ? Subject.READING : Subject.READING_WRITING_MATHS)
                .addKeyStage(KeyStage.KS2).unit(unit).build();
    }

    /**
     * 12 disadvantaged pupils scoring 100 and 101 alternately (mean 100.5), 6 of them meeting RWM; 20 others scoring
     * {@code otherLow} and {@code otherLow + 1} (mean otherLow + 0.5), {@code othersMet} of them meeting RWM.
     */
    private static List<PersonRecord> cohort(int otherLow, int othersMet) {
        List<PersonRecord> out = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            out.add(Cohorts.pupil(Cohorts.DISADVANTAGED, Cohorts.FEMALE, 100 + i % 2, i < 6));
        }
        for (int i = 0; i < 20; i++) {
            out.add(Cohorts.pupil(Cohorts.OTHER, Cohorts.MALE, otherLow + i % 2, i < othersMet));
        }
        return out;
    }

    private static Observation observe(MeasureUnit unit, List<PersonRecord> cohort, LocalDate date) {
        return MeasureEvaluator.evaluate(gap(unit), cohort, date, PUBLISHED).getObservation();
    }

    @Test
    void aDisadvantagedGroupDoingWorseGivesAPositiveGap() {
        // score: 106.5 - 100.5 = +6; rate: 15/20 - 6/12 = 0.75 - 0.5 = +25 percentage points
        assertEquals(Optional.of(new BigDecimal("6.0000")), observe(MeasureUnit.SCORE, cohort(106, 15),
                AS_OF).getValue());
        assertEquals(Optional.of(new BigDecimal("25.0000")), observe(MeasureUnit.PERCENTAGE_POINTS, cohort(106, 15),
                AS_OF).getValue());
    }

    @Test
    void aDisadvantagedGroupDoingBetterGivesANegativeGap() {
        // score: 96.5 - 100.5 = -4; rate: 5/20 - 6/12 = 0.25 - 0.5 = -25 percentage points
        assertEquals(Optional.of(new BigDecimal("-4.0000")), observe(MeasureUnit.SCORE, cohort(96, 5),
                AS_OF).getValue());
        assertEquals(Optional.of(new BigDecimal("-25.0000")), observe(MeasureUnit.PERCENTAGE_POINTS, cohort(96, 5),
                AS_OF).getValue());
    }

    private static CriterionProgress judgeDecrease(Observation baseline, Observation latest) {
        // "Narrow the reading gap from 6 points to 5 or less by 31 August 2025", as a plan states it
        QuantitativeTarget decrease = QuantitativeTarget.builder().id(ID)
                .text("Narrow the KS2 reading gap between disadvantaged pupils and the rest to 5 points or less")
                .measure(gap(MeasureUnit.SCORE)).baseline(Baseline.of(new BigDecimal("6"), LocalDate.of(2024, 7, 31)))
                .direction(Direction.DECREASE).target(Target.of(TargetKind.LEVEL, "5"))
                .deadline(LocalDate.of(2025, 8, 31)).build();
        EqualityPlan plan = EqualityPlan.builder()
                .organisation(Organisation.builder().type(OrganisationType.TRUST).name("A Trust").build())
                .jurisdiction(Jurisdiction.ENGLAND).period(PlanPeriod.ofYears(2024, 2027))
                .addObjectives(Objective.builder().id("o1").title("Narrow the disadvantage gap")
                        .addActions(Action.builder().description("Reading catch-up").addSuccessCriteria(decrease)
                                .build())
                        .build())
                .build();
        ProgressRecord record = ProgressRecord.builder().asOf(AS_OF)
                .addSeries(ObservationSeries.of(ID, List.of(baseline, latest))).build();
        return ProgressEvaluator.evaluate(plan, record, AS_OF, ProgressOptions.defaults()).getCriteria().get(0);
    }

    @Test
    void decreaseMeansNarrowing() {
        // baseline gap 6 (2024), latest 104.5 - 100.5 = 4 (2025, interval about ±0.4, so clear of the target 5):
        // narrowed below the target: achieved
        Observation baseline = observe(MeasureUnit.SCORE, cohort(106, 15), LocalDate.of(2024, 7, 31));
        Observation narrowed = observe(MeasureUnit.SCORE, cohort(104, 15), LocalDate.of(2025, 7, 31));
        assertEquals(Optional.of(new BigDecimal("4.0000")), narrowed.getValue());
        CriterionProgress p = judgeDecrease(baseline, narrowed);
        assertEquals(CriterionStatus.ACHIEVED, p.getStatus(), p.getExplanation());
        // latest 7: wider, and the deadline has passed: off track
        Observation widened = observe(MeasureUnit.SCORE, cohort(107, 15), LocalDate.of(2025, 7, 31));
        assertEquals(Optional.of(new BigDecimal("7.0000")), widened.getValue());
        CriterionProgress q = judgeDecrease(baseline, widened);
        assertEquals(CriterionStatus.OFF_TRACK, q.getStatus(), q.getExplanation());
    }
}
