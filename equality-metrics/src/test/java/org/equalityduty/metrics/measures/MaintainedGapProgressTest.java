package org.equalityduty.metrics.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.equalityduty.core.plan.Action;
import org.equalityduty.core.plan.Direction;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.GroupReference;
import org.equalityduty.core.duty.Jurisdiction;
import org.equalityduty.core.plan.KeyStage;
import org.equalityduty.core.plan.Measure;
import org.equalityduty.core.plan.MeasureKind;
import org.equalityduty.core.plan.MeasureUnit;
import org.equalityduty.core.plan.Objective;
import org.equalityduty.core.observation.Observation;
import org.equalityduty.core.observation.ObservationSeries;
import org.equalityduty.core.observation.ObservationStatus;
import org.equalityduty.core.duty.Organisation;
import org.equalityduty.core.duty.OrganisationType;
import org.equalityduty.core.plan.PlanPeriod;
import org.equalityduty.core.duty.Population;
import org.equalityduty.core.observation.ProgressRecord;
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
 * From records to a verdict, with the minimum group size a school would publish with (10, not 1): the KS2 reading gap
 * between other and disadvantaged pupils is evaluated each summer by {@link MeasureEvaluator}, and a criterion to
 * <em>maintain</em> that gap (not let it widen beyond its baseline) is judged on those observations. For a gap, lower
 * is better, so maintaining it means staying at or below the baseline; a rule that read "maintain" as "at or above"
 * (as for an attainment rate) would call a widened gap achieved and a narrowed one missed. Scores alternate between
 * two values one point apart, so each interval is narrow (about ±0.4) and excludes the baseline: the verdict rests
 * on the value, not on an inconclusive interval.
 */
class MaintainedGapProgressTest {

    private static final String CRITERION = "o1.a1.c1";
    private static final LocalDate BASELINE_DATE = LocalDate.of(2024, 7, 31);
    private static final LocalDate LATEST_DATE = LocalDate.of(2025, 7, 31);
    private static final LocalDate AS_OF = LocalDate.of(2025, 9, 1);
    private static final EvaluationOptions PUBLISHED = EvaluationOptions.defaults()
            .withMetricOptions(MetricOptions.defaults().withMinimumGroupSize(10));

    private static final Measure READING_GAP = Measure.builder().kind(MeasureKind.ATTAINMENT_GAP)
            .population(Population.PUPILS).focusGroup(Cohorts.DISADVANTAGED_GROUP)
            .reference(GroupReference.of(Cohorts.OTHER_GROUP)).addSubject(Subject.READING)
            .addKeyStage(KeyStage.KS2).unit(MeasureUnit.SCORE).build();

    private static final QuantitativeTarget MAINTAIN_GAP = QuantitativeTarget.builder()
            .id(CRITERION)
            .text("Keep the gap in KS2 reading between other and disadvantaged pupils from widening")
            .measure(READING_GAP)
            .direction(Direction.MAINTAIN)
            .target(Target.of(TargetKind.CHANGE, "0"))
            .deadline(LocalDate.of(2025, 8, 31))
            .build();

    private static final EqualityPlan PLAN = EqualityPlan.builder()
            .organisation(Organisation.builder().type(OrganisationType.TRUST).name("A Trust").build())
            .jurisdiction(Jurisdiction.ENGLAND)
            .period(PlanPeriod.ofYears(2024, 2027))
            .addObjectives(Objective.builder().id("o1").title("Narrow the disadvantage gap")
                    .addActions(Action.builder().description("Reading catch-up").addSuccessCriteria(MAINTAIN_GAP)
                            .build())
                    .build())
            .build();

    /**
     * A cohort: {@code disadvantaged} pupils scoring 100 and 101 alternately (mean 100.5), {@code others} scoring
     * {@code otherLow} and {@code otherLow + 1} alternately (mean otherLow + 0.5); the gap is otherLow - 100.
     */
    private static List<PersonRecord> cohort(int disadvantaged, int others, int otherLow) {
        List<PersonRecord> out = new ArrayList<>();
        for (int i = 0; i < disadvantaged; i++) {
            out.add(Cohorts.pupil(Cohorts.DISADVANTAGED, Cohorts.FEMALE, 100 + i % 2, false));
        }
        for (int i = 0; i < others; i++) {
            out.add(Cohorts.pupil(Cohorts.OTHER, Cohorts.MALE, otherLow + i % 2, true));
        }
        return out;
    }

    private static Observation observe(List<PersonRecord> cohort, LocalDate date) {
        return MeasureEvaluator.evaluate(READING_GAP, cohort, date, PUBLISHED).getObservation();
    }

    private static CriterionProgress judge(Observation baseline, Observation latest) {
        ProgressRecord record = ProgressRecord.builder().asOf(AS_OF)
                .addSeries(ObservationSeries.of(CRITERION, List.of(baseline, latest))).build();
        List<CriterionProgress> criteria = ProgressEvaluator.evaluate(PLAN, record, AS_OF, ProgressOptions.defaults())
                .getCriteria();
        assertEquals(1, criteria.size());
        return criteria.get(0);
    }

    @Test
    void theObservationsRestOnGroupsAboveThePublishedMinimum() {
        // 12 disadvantaged and 20 other pupils: both at least 10, so the gap is published. Gap 106.5 - 100.5 = 6.
        Observation baseline = observe(cohort(12, 20, 106), BASELINE_DATE);
        assertEquals(ObservationStatus.AVAILABLE, baseline.getStatus());
        assertEquals(Optional.of(new BigDecimal("6.0000")), baseline.getValue());
        // 8 disadvantaged pupils: below 10, suppressed, no value.
        Observation small = observe(cohort(8, 20, 106), BASELINE_DATE);
        assertEquals(ObservationStatus.SUPPRESSED, small.getStatus());
        assertEquals(Optional.of("suppressed: focus group has 8 members, fewer than the minimum group size of 10"),
                small.getNote());
    }

    @Test
    void aGapThatWidenedIsNotMaintained() {
        // Baseline gap 6, latest 7 (interval about 6.6 to 7.4, which excludes 6): wider, so not maintained; the
        // deadline 2025-08-31 has passed on 2025-09-01, so OFF_TRACK.
        Observation baseline = observe(cohort(12, 20, 106), BASELINE_DATE);
        Observation latest = observe(cohort(12, 20, 107), LATEST_DATE);
        assertEquals(Optional.of(new BigDecimal("7.0000")), latest.getValue());
        CriterionProgress p = judge(baseline, latest);
        assertEquals(CriterionStatus.OFF_TRACK, p.getStatus(), p.getExplanation());
    }

    @Test
    void aGapThatNarrowedIsMaintained() {
        // Baseline gap 6, latest 5: narrower, so the gap was kept from widening: ACHIEVED.
        Observation baseline = observe(cohort(12, 20, 106), BASELINE_DATE);
        Observation latest = observe(cohort(12, 20, 105), LATEST_DATE);
        assertEquals(Optional.of(new BigDecimal("5.0000")), latest.getValue());
        CriterionProgress p = judge(baseline, latest);
        assertEquals(CriterionStatus.ACHIEVED, p.getStatus(), p.getExplanation());
    }
}
