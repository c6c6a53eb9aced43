package org.equalityduty.core.progress;

import static org.equalityduty.core.progress.ProgressFixtures.date;
import static org.equalityduty.core.progress.ProgressFixtures.obs;
import static org.equalityduty.core.progress.ProgressFixtures.only;
import static org.equalityduty.core.progress.ProgressFixtures.plan;
import static org.equalityduty.core.progress.ProgressFixtures.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.equalityduty.core.duty.Population;
import org.equalityduty.core.observation.Observation;
import org.equalityduty.core.observation.ObservationSeries;
import org.equalityduty.core.observation.ObservationStatus;
import org.equalityduty.core.observation.ProgressRecord;
import org.equalityduty.core.plan.Baseline;
import org.equalityduty.core.plan.Direction;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.Measure;
import org.equalityduty.core.plan.MeasureKind;
import org.equalityduty.core.plan.Milestone;
import org.equalityduty.core.plan.QualitativeCriterion;
import org.equalityduty.core.plan.QuantitativeTarget;
import org.equalityduty.core.plan.Target;
import org.equalityduty.core.plan.TargetKind;
import org.equalityduty.core.plan.TimeFrame;
import org.junit.jupiter.api.Test;

/**
 * Reference values are hand calculations, written out beside each case. The two Soke criteria copy
 * o1.a2.c1 and o2.a2.c1 of the Soke Education Trust plan (examples' SeedPlans.soke()), without their focus
 * groups, which evaluation does not read; the observations are made up.
 */
class ProgressEvaluatorTest {

    private static final LocalDate AS_OF = date("2024-09-01");
    private static final ProgressOptions DEFAULTS = ProgressOptions.defaults();

    // --- Soke o1.a2.c1: "Increase in the number of male applicants for support staff roles by 20%" ---

    private static final QuantitativeTarget MALE_APPLICANTS = QuantitativeTarget.builder()
            .id("o1.a2.c1")
            .text("Increase in the number of male applicants for support staff roles by 20%")
            .measure(Measure.builder().kind(MeasureKind.COUNT).population(Population.JOB_APPLICANTS).build())
            .direction(Direction.INCREASE)
            .target(Target.of(TargetKind.PERCENT_AS_STATED, "20"))
            .build();

    @Test
    void sokeMaleApplicantsUpTwentyPercentIsRelativeOnACount() {
        // No baseline in the plan: the earliest observation, 40 on 2023-07-31, serves.
        // A count can only change relatively: 20% of 40 = 8, target 40 + 8 = 48.
        // Latest 46 < 48, not achieved. The action has no time frame, so no deadline: the trend through
        // (2023-07-31, 40) and (2024-07-31, 46) rises, in the stated direction: on track.
        // Fraction (46 - 40) / (48 - 40) = 6 / 8 = 0.75.
        CriterionProgress p = only(plan(Optional.empty(), MALE_APPLICANTS),
                record("o1.a2.c1", List.of(obs("2023-07-31", "40"), obs("2024-07-31", "46"))), AS_OF, DEFAULTS);

        assertEquals(CriterionStatus.ON_TRACK, p.getStatus());
        assertEquals("latest value 46 on 2024-07-31 does not yet meet the target 48; there is no deadline and the"
                + " trend is rising, in the stated direction (increase)", p.getExplanation());
        ResolvedTarget t = p.getTarget().orElseThrow();
        assertEquals("48", t.getValue().toPlainString());
        assertEquals(Optional.of(Reading.RELATIVE), t.getReading());
        assertEquals(true, t.isBaselineFromObservations());
        assertEquals("the plan states no baseline, so the earliest value 40 on 2023-07-31 serves as baseline;"
                + " 20% as stated, read as a relative change because the unit is count:"
                + " 20% of the baseline 40 is 8, so the target is 48", t.getExplanation());
        assertEquals("0.75", p.getFraction().orElseThrow().toPlainString());
        assertEquals(Optional.empty(), p.getProjection());
        assertEquals(Optional.empty(), p.getDeadline());
        assertEquals("46", p.getLatestValue().orElseThrow().toPlainString());
        assertEquals(Optional.of(date("2024-07-31")), p.getLatestDate());
    }

    // --- Soke o2.a2.c1: "Reduction in the attainment gap ... by 10%", unit unknown, action "6 months" ---

    private static final QuantitativeTarget ATTAINMENT_GAP = QuantitativeTarget.builder()
            .id("o2.a2.c1")
            .text("Reduction in the attainment gap between disadvantaged and non-disadvantaged pupils by 10%")
            .measure(Measure.builder().kind(MeasureKind.ATTAINMENT_GAP).population(Population.PUPILS).build())
            .direction(Direction.DECREASE)
            .target(Target.of(TargetKind.PERCENT_AS_STATED, "10"))
            .build();

    private static final EqualityPlan GAP_PLAN = plan(Optional.of(TimeFrame.within(Period.ofMonths(6))),
            ATTAINMENT_GAP);

    private static final ProgressRecord GAP_RECORD = record("o2.a2.c1",
            List.of(obs("2022-07-31", "12.0"), obs("2023-07-31", "10.5")));

    @Test
    void sokeAttainmentGapReadAsRelativeChange() {
        // Baseline: the earliest observation, 12.0 on 2022-07-31. Unit unknown, so the option decides; default
        // relative: 10% of 12.0 = 1.2, target 12.0 - 1.2 = 10.8 (as percentage points it would be 12.0 - 10 = 2).
        // Latest 10.5 <= 10.8: achieved. Fraction (10.5 - 12.0) / (10.8 - 12.0) = -1.5 / -1.2 = 1.25.
        // Deadline: plan start 2023-01-01 + 6 months = 2023-07-01. Trend through (x=0, 12.0), (x=365, 10.5),
        // x in days from 2022-07-31; the deadline is x=335: 12.0 - 1.5 * 335 / 365 = 10.62328767... -> 10.6233.
        CriterionProgress p = only(GAP_PLAN, GAP_RECORD, date("2023-09-01"), DEFAULTS);

        assertEquals(CriterionStatus.ACHIEVED, p.getStatus());
        assertEquals("latest value 10.5 on 2023-07-31 meets the target 10.8", p.getExplanation());
        assertEquals("the plan states no baseline, so the earliest value 12.0 on 2022-07-31 serves as baseline;"
                + " 10% as stated, read as a relative change (the unit is unknown, so the reading is the option"
                + " percentAsStated=relative): 10% of the baseline gap 12.0 is 1.2, so the target is 10.8;"
                + " read as 10 percentage points the target would be 2", p.getTarget().orElseThrow().getExplanation());
        assertEquals("10.8", p.getTarget().orElseThrow().getValue().toPlainString());
        assertEquals("1.25", p.getFraction().orElseThrow().toPlainString());
        assertEquals("10.6233", p.getProjection().orElseThrow().toPlainString());
        assertEquals(Optional.of(date("2023-07-01")), p.getDeadline());
        assertEquals("objectives[0].actions[0].successCriteria[0]", p.getPath());
    }

    @Test
    void sokeAttainmentGapReadAsPercentagePoints() {
        // Same data, read as 10 percentage points: target 12.0 - 10 = 2 (relative would be 10.8).
        // Latest 10.5 > 2, and the deadline 2023-07-01 has passed by 2023-09-01: off track.
        // Fraction (10.5 - 12.0) / (2 - 12.0) = -1.5 / -10 = 0.15.
        CriterionProgress p = only(GAP_PLAN, GAP_RECORD, date("2023-09-01"),
                DEFAULTS.withPercentAsStated(Reading.PERCENTAGE_POINTS));

        assertEquals(CriterionStatus.OFF_TRACK, p.getStatus());
        assertEquals("latest value 10.5 on 2023-07-31 does not meet the target 2 and the deadline 2023-07-01"
                + " has passed", p.getExplanation());
        assertEquals("the plan states no baseline, so the earliest value 12.0 on 2022-07-31 serves as baseline;"
                + " 10% as stated, read as 10 percentage points (the unit is unknown, so the reading is the option"
                + " percentAsStated=percentage_points): 10 percentage points down from the baseline gap 12.0 gives"
                + " the target 2; read as a relative change the target would be 10.8",
                p.getTarget().orElseThrow().getExplanation());
        assertEquals(Optional.of(Reading.PERCENTAGE_POINTS), p.getTarget().orElseThrow().getReading());
        assertEquals("0.15", p.getFraction().orElseThrow().toPlainString());
    }

    // --- One test per status, on a share with a dated baseline 20 (2023-01-01), level target 30, deadline 2025-01-01 ---

    private static QuantitativeTarget.Builder share() {
        return QuantitativeTarget.builder()
                .id("o1.a1.c1")
                .text("Raise the share to 30% by January 2025")
                .measure(Measure.builder().kind(MeasureKind.REPRESENTATION_SHARE).population(Population.STAFF).build())
                .direction(Direction.INCREASE);
    }

    private static final QuantitativeTarget SHARE = share()
            .baseline(Baseline.of(new BigDecimal("20"), date("2023-01-01")))
            .target(Target.of(TargetKind.LEVEL, "30"))
            .deadline(date("2025-01-01"))
            .build();

    private static CriterionProgress share(QuantitativeTarget criterion, LocalDate asOf, Observation... observations) {
        return only(plan(Optional.empty(), criterion), record("o1.a1.c1", List.of(observations)), asOf, DEFAULTS);
    }

    @Test
    void achieved() {
        // 31 >= 30. Fraction (31 - 20) / (30 - 20) = 1.1.
        CriterionProgress p = share(SHARE, AS_OF, obs("2024-01-01", "31"));
        assertEquals(CriterionStatus.ACHIEVED, p.getStatus());
        assertEquals("latest value 31 on 2024-01-01 meets the target 30", p.getExplanation());
        assertEquals("1.1", p.getFraction().orElseThrow().toPlainString());
        assertEquals("level 30 as stated", p.getTarget().orElseThrow().getExplanation());
    }

    @Test
    void onTrack() {
        // Points (x=0, 20) and (x=365, 26), x in days from 2023-01-01; the deadline is x=731 (2024 is a leap year).
        // 20 + 6 * 731 / 365 = 32.01643835... -> 32.0164 >= 30. Fraction 6 / 10 = 0.6.
        CriterionProgress p = share(SHARE, AS_OF, obs("2024-01-01", "26"));
        assertEquals(CriterionStatus.ON_TRACK, p.getStatus());
        assertEquals("latest value 26 on 2024-01-01 does not yet meet the target 30; the trend projects 32.0164"
                + " by the deadline 2025-01-01, which meets it", p.getExplanation());
        assertEquals("32.0164", p.getProjection().orElseThrow().toPlainString());
        assertEquals("0.6", p.getFraction().orElseThrow().toPlainString());
    }

    @Test
    void offTrackByProjection() {
        // 20 + 2 * 731 / 365 = 24.00547945... -> 24.0055 < 30.
        CriterionProgress p = share(SHARE, AS_OF, obs("2024-01-01", "22"));
        assertEquals(CriterionStatus.OFF_TRACK, p.getStatus());
        assertEquals("latest value 22 on 2024-01-01 does not yet meet the target 30; the trend projects 24.0055"
                + " by the deadline 2025-01-01, which falls short of it", p.getExplanation());
    }

    @Test
    void offTrackWhenTheDeadlineHasPassed() {
        // 2024-12-01 is x=700; at x=731: 20 + 9 * 731 / 700 = 29.39857142... -> 29.3986, reported though past.
        CriterionProgress p = share(SHARE, date("2025-02-01"), obs("2024-12-01", "29"));
        assertEquals(CriterionStatus.OFF_TRACK, p.getStatus());
        assertEquals("latest value 29 on 2024-12-01 does not meet the target 30 and the deadline 2025-01-01 has"
                + " passed", p.getExplanation());
        assertEquals("29.3986", p.getProjection().orElseThrow().toPlainString());
    }

    @Test
    void notYetDueWithOneDatedPoint() {
        QuantitativeTarget undated = share().baseline(Baseline.of(new BigDecimal("20")))
                .target(Target.of(TargetKind.LEVEL, "30")).deadline(date("2025-01-01")).build();
        CriterionProgress p = share(undated, AS_OF, obs("2024-01-01", "25"));
        assertEquals(CriterionStatus.NOT_YET_DUE, p.getStatus());
        assertEquals("latest value 25 on 2024-01-01 does not yet meet the target 30; 1 dated point is too few to"
                + " show a trend", p.getExplanation());
        assertEquals(Optional.empty(), p.getProjection());
        assertEquals("0.5", p.getFraction().orElseThrow().toPlainString());
    }

    @Test
    void inconclusiveWhenTheIntervalIncludesTheTarget() {
        Observation withInterval = Observation.builder().date(date("2024-01-01")).value(new BigDecimal("28"))
                .lower(new BigDecimal("26")).upper(new BigDecimal("31")).build();
        CriterionProgress p = share(SHARE, AS_OF, withInterval);
        assertEquals(CriterionStatus.INCONCLUSIVE, p.getStatus());
        assertEquals("latest value 28 on 2024-01-01 has the interval [26, 31], which includes the target 30",
                p.getExplanation());
    }

    @Test
    void noDataWhenTheLatestYearWasNotPublished() {
        CriterionProgress p = share(SHARE, AS_OF,
                Observation.missing(date("2024-07-31"), ObservationStatus.NOT_PUBLISHED));
        assertEquals(CriterionStatus.NO_DATA, p.getStatus());
        assertEquals("no value available: not published for 2024-07-31", p.getExplanation());
        assertEquals("30", p.getTarget().orElseThrow().getValue().toPlainString());
        assertEquals(Optional.empty(), p.getLatestValue());
    }

    @Test
    void noDataWithoutASeries() {
        CriterionProgress p = share(SHARE, AS_OF);
        assertEquals(CriterionStatus.NO_DATA, p.getStatus());
        assertEquals("no value available as of 2024-09-01", p.getExplanation());
    }

    @Test
    void aMissingLatestYearIsNotedBesideAnEarlierValue() {
        CriterionProgress p = share(SHARE, AS_OF, obs("2024-01-01", "26"),
                Observation.missing(date("2024-07-31"), ObservationStatus.SUPPRESSED));
        assertEquals(CriterionStatus.ON_TRACK, p.getStatus());
        assertEquals("latest value 26 on 2024-01-01 does not yet meet the target 30; the trend projects 32.0164"
                + " by the deadline 2025-01-01, which meets it; the value is suppressed for 2024-07-31",
                p.getExplanation());
    }

    @Test
    void observationsAfterTheEvaluationDateAreIgnored() {
        CriterionProgress p = share(SHARE, AS_OF, obs("2024-01-01", "26"), obs("2024-12-01", "35"));
        assertEquals(CriterionStatus.ON_TRACK, p.getStatus());
        assertEquals("26", p.getLatestValue().orElseThrow().toPlainString());
    }

    @Test
    void notMeasurableStillReportsTheMovement() {
        QuantitativeTarget noTarget = share().baseline(Baseline.of(new BigDecimal("20"))).build();
        CriterionProgress p = share(noTarget, AS_OF, obs("2024-01-01", "24"));
        assertEquals(CriterionStatus.NOT_MEASURABLE, p.getStatus());
        assertEquals("no numeric target; latest value 24 on 2024-01-01 is up from the baseline 20, in the stated"
                + " direction (increase)", p.getExplanation());
        assertEquals("24", p.getLatestValue().orElseThrow().toPlainString());
        assertEquals(Optional.empty(), p.getTarget());
    }

    @Test
    void notMeasurableAgainstTheDirection() {
        QuantitativeTarget noTarget = QuantitativeTarget.builder().id("o1.a1.c1").text("Lower the share")
                .measure(Measure.builder().kind(MeasureKind.REPRESENTATION_SHARE).population(Population.STAFF).build())
                .direction(Direction.DECREASE)
                .build();
        CriterionProgress p = share(noTarget, AS_OF, obs("2023-01-01", "20"), obs("2024-01-01", "24"));
        assertEquals("no numeric target; latest value 24 on 2024-01-01 is up from the earliest value 20, not in"
                + " the stated direction (decrease)", p.getExplanation());
    }

    // --- Target resolution rules; baseline 20 stated in the plan, no observations ---

    private static String resolution(Direction direction, Target target, MeasureKind kind) {
        QuantitativeTarget criterion = QuantitativeTarget.builder()
                .id("o1.a1.c1").text("A criterion")
                .measure(Measure.builder().kind(kind).population(Population.STAFF).build())
                .baseline(Baseline.of(new BigDecimal("20")))
                .direction(direction)
                .target(target)
                .build();
        ResolvedTarget t = share(criterion, AS_OF).getTarget().orElseThrow();
        return t.getValue().toPlainString() + " | " + t.getExplanation();
    }

    @Test
    void resolvesEachKindOfTarget() {
        assertEquals("25 | a change of 5 up from the baseline 20 gives the target 25",
                resolution(Direction.INCREASE, Target.of(TargetKind.CHANGE, "5"), MeasureKind.MEAN_SCORE));
        assertEquals("17.5 | 2.5 percentage points down from the baseline 20 gives the target 17.5",
                resolution(Direction.DECREASE, Target.of(TargetKind.PERCENTAGE_POINTS, "2.5"), MeasureKind.RATE));
        // 15% of 20 = 3, so 20 * (1 + 15/100) = 23.
        assertEquals("23 | 15% of the baseline 20 is 3, so the target is 23",
                resolution(Direction.INCREASE, Target.of(TargetKind.RELATIVE_PERCENT, "15"), MeasureKind.RATE));
        assertEquals("20 | the direction is maintain, so the target is the baseline 20",
                resolution(Direction.MAINTAIN, Target.of(TargetKind.CHANGE, "5"), MeasureKind.RATE));
        // On a percent unit "by 10%" is ambiguous: relative 20 * 1.1 = 22 by default, 20 + 10 = 30 as points.
        assertEquals("22 | 10% as stated, read as a relative change (the unit is percent, so the reading is the"
                + " option percentAsStated=relative): 10% of the baseline 20 is 2, so the target is 22; read as 10"
                + " percentage points the target would be 30",
                resolution(Direction.INCREASE, Target.of(TargetKind.PERCENT_AS_STATED, "10"), MeasureKind.RATE));
        // The gap index is an index: relative, 20 * (1 - 0.25) = 15.
        assertEquals("15 | 25% as stated, read as a relative change because the unit is index: 25% of the baseline"
                + " gap 20 is 5, so the target is 15",
                resolution(Direction.DECREASE, Target.of(TargetKind.PERCENT_AS_STATED, "25"), MeasureKind.GAP_INDEX));
    }

    // --- Milestones and qualitative criteria ---

    private static final Milestone MILESTONE = Milestone.of("o1.a1.c1", "Job descriptions reviewed");

    private static CriterionProgress milestone(LocalDate asOf, Optional<LocalDate> completed) {
        ProgressRecord.Builder record = ProgressRecord.builder().asOf(asOf);
        completed.ifPresent(d -> record.putMilestonesCompleted("o1.a1.c1", d));
        return only(plan(Optional.of(TimeFrame.dueBy(date("2024-03-31"))), MILESTONE), record.build(), asOf,
                DEFAULTS);
    }

    @Test
    void milestoneStatuses() {
        CriterionProgress done = milestone(AS_OF, Optional.of(date("2024-02-01")));
        assertEquals(CriterionStatus.DONE, done.getStatus());
        assertEquals("completed on 2024-02-01", done.getExplanation());
        assertEquals(CriterionKind.MILESTONE, done.getKind());
        assertEquals(Optional.of(date("2024-03-31")), done.getDeadline());

        assertEquals("completed on 2024-05-01, after the due date 2024-03-31",
                milestone(AS_OF, Optional.of(date("2024-05-01"))).getExplanation());

        CriterionProgress overdue = milestone(AS_OF, Optional.empty());
        assertEquals(CriterionStatus.OVERDUE, overdue.getStatus());
        assertEquals("due 2024-03-31 and not recorded as completed", overdue.getExplanation());

        CriterionProgress notYet = milestone(date("2024-01-15"), Optional.of(date("2024-02-01")));
        assertEquals(CriterionStatus.NOT_YET_DUE, notYet.getStatus());
        assertEquals("due 2024-03-31, not yet recorded as completed", notYet.getExplanation());
    }

    @Test
    void qualitativeStatuses() {
        QualitativeCriterion feedback = QualitativeCriterion.of("o1.a1.c1", "Positive feedback from staff");
        EqualityPlan plan = plan(Optional.of(TimeFrame.ongoing()), feedback);
        ProgressRecord withEvidence = ProgressRecord.builder().asOf(AS_OF)
                .putEvidence("o1.a1.c1", "Staff survey 2024: 41 comments, mostly positive").build();

        CriterionProgress recorded = only(plan, withEvidence, AS_OF, DEFAULTS);
        assertEquals(CriterionStatus.EVIDENCE_RECORDED, recorded.getStatus());
        assertEquals("evidence recorded", recorded.getExplanation());
        assertEquals(Optional.empty(), recorded.getMeasureStatus());

        CriterionProgress none = only(plan, ProgressRecord.builder().asOf(AS_OF).build(), AS_OF, DEFAULTS);
        assertEquals(CriterionStatus.NO_EVIDENCE, none.getStatus());
        assertEquals("no evidence recorded", none.getExplanation());
    }

    @Test
    void qualitativeWithATiedRateReportsTheRateStatus() {
        QualitativeCriterion feedback = QualitativeCriterion.builder().id("o1.a1.c1")
                .text("Positive feedback from staff")
                .measure(Measure.builder().kind(MeasureKind.SURVEY_POSITIVE_RATE).population(Population.STAFF).build())
                .target(Target.of(TargetKind.LEVEL, "80"))
                .build();
        ProgressRecord record = ProgressRecord.builder().asOf(AS_OF)
                .addSeries(ObservationSeries.of("o1.a1.c1", List.of(obs("2023-07-01", "70"), obs("2024-07-01", "82"))))
                .build();
        CriterionProgress p = only(plan(Optional.empty(), feedback), record, AS_OF, DEFAULTS);
        assertEquals(CriterionStatus.NO_EVIDENCE, p.getStatus());
        assertEquals(Optional.of(CriterionStatus.ACHIEVED), p.getMeasureStatus());
        assertEquals("no evidence recorded; tied measure (increase) achieved: latest value 82 on 2024-07-01 meets"
                + " the target 80", p.getExplanation());
        // Baseline is the earliest value 70: fraction (82 - 70) / (80 - 70) = 1.2.
        assertEquals("1.2", p.getFraction().orElseThrow().toPlainString());
    }

    @Test
    void objectiveLevelCriteriaTakeTheObjectivesTargetDate() {
        QuantitativeTarget staff = QuantitativeTarget.builder().id("o1.c1").text("Increase BAME staff from 2%")
                .measure(Measure.builder().kind(MeasureKind.REPRESENTATION_SHARE).population(Population.STAFF).build())
                .baseline(Baseline.of(new BigDecimal("2"), date("2023-01-01")))
                .direction(Direction.INCREASE)
                .target(Target.of(TargetKind.LEVEL, "5"))
                .build();
        EqualityPlan plan = plan(Optional.empty());
        EqualityPlan withObjective = EqualityPlan.builder()
                .organisation(plan.getOrganisation())
                .jurisdiction(plan.getJurisdiction())
                .period(plan.getPeriod())
                .addObjectives(org.equalityduty.core.plan.Objective.builder().id("o1").title("Staff")
                        .addSuccessCriteria(staff).targetDate(date("2024-06-30")).build())
                .build();
        // 3 on 2024-01-01 < 5 and the objective's target date 2024-06-30 has passed by 2024-09-01.
        CriterionProgress p = only(withObjective,
                record("o1.c1", List.of(obs("2024-01-01", "3"))), AS_OF, DEFAULTS);
        assertEquals(CriterionStatus.OFF_TRACK, p.getStatus());
        assertEquals("latest value 3 on 2024-01-01 does not meet the target 5 and the deadline 2024-06-30 has"
                + " passed", p.getExplanation());
        assertEquals("objectives[0].successCriteria[0]", p.getPath());
    }

    // --- The report ---

    @Test
    void reportKeepsPlanOrderAndListsUnmatchedRecordEntries() {
        EqualityPlan plan = plan(Optional.empty(), MILESTONE,
                QualitativeCriterion.of("o1.a1.c2", "Positive feedback from staff"));
        ProgressRecord record = ProgressRecord.builder().asOf(AS_OF)
                .addSeries(ObservationSeries.of("o9.c1", List.of(obs("2024-01-01", "1"))))
                .putMilestonesCompleted("o9.c2", date("2024-01-01"))
                .putMilestonesCompleted("o1.a1.c1", date("2024-01-01"))
                .putEvidence("o9.c3", "Notes")
                .build();
        ProgressReport report = ProgressEvaluator.evaluate(plan, record, AS_OF, DEFAULTS);

        assertEquals("Soke Education Trust", report.getOrganisationName());
        assertEquals("2023-01-01/2026-12-31", report.getPeriod().toString());
        assertEquals(AS_OF, report.getAsOf());
        assertEquals(List.of("o1.a1.c1", "o1.a1.c2"),
                report.getCriteria().stream().map(CriterionProgress::getCriterionId).toList());
        assertEquals(List.of("objectives[0].actions[0].successCriteria[0]",
                        "objectives[0].actions[0].successCriteria[1]"),
                report.getCriteria().stream().map(CriterionProgress::getPath).toList());
        assertEquals(List.of(CriterionStatus.DONE, CriterionStatus.NO_EVIDENCE),
                report.getCriteria().stream().map(CriterionProgress::getStatus).toList());
        assertEquals(List.of("series 'o9.c1'", "milestonesCompleted 'o9.c2'", "evidence 'o9.c3'"),
                report.getUnmatchedRecordEntries());
        assertEquals("o1", report.getCriteria().get(0).getObjectiveId());
    }

    // --- Boundaries: each worked by hand; x in days from the baseline's date, 2023-01-01 ---

    /** A criterion with a dated baseline of 20 on 2023-01-01, no deadline and no time frame. */
    private static QuantitativeTarget undated(MeasureKind kind, Direction direction, String level) {
        return QuantitativeTarget.builder().id("o1.a1.c1").text("A criterion")
                .measure(Measure.builder().kind(kind).population(Population.STAFF).build())
                .baseline(Baseline.of(new BigDecimal("20"), date("2023-01-01")))
                .direction(direction).target(Target.of(TargetKind.LEVEL, level)).build();
    }

    /**
     * Points (0, 20), (10, a), (20, b), (30, c): the least-squares slope has the sign of the sum of (x - 15) y,
     * -300 - 5a + 5b + 15c.
     */
    private static CriterionProgress trend(QuantitativeTarget criterion, String a, String b, String c) {
        return share(criterion, AS_OF, obs("2023-01-11", a), obs("2023-01-21", b), obs("2023-01-31", c));
    }

    @Test
    void withoutADeadlineAFlatTrendIsOnTrackOnlyForMaintain() {
        // 20, 10, 16, 18: -300 - 50 + 80 + 270 = 0, flat. 18 is below 30 (increase) and above 10 (decrease): not
        // met, and a flat trend moves neither way. Maintaining a share (20, met at 20 or more) it is on track.
        CriterionProgress up = trend(undated(MeasureKind.REPRESENTATION_SHARE, Direction.INCREASE, "30"),
                "10", "16", "18");
        assertEquals(CriterionStatus.OFF_TRACK, up.getStatus());
        assertEquals("latest value 18 on 2023-01-31 does not yet meet the target 30; there is no deadline and the"
                + " trend is flat, not in the stated direction (increase)", up.getExplanation());
        CriterionProgress down = trend(undated(MeasureKind.REPRESENTATION_SHARE, Direction.DECREASE, "10"),
                "10", "16", "18");
        assertEquals(CriterionStatus.OFF_TRACK, down.getStatus());
        assertEquals("latest value 18 on 2023-01-31 does not yet meet the target 10; there is no deadline and the"
                + " trend is flat, not in the stated direction (decrease)", down.getExplanation());
        CriterionProgress kept = trend(undated(MeasureKind.REPRESENTATION_SHARE, Direction.MAINTAIN, "20"),
                "10", "16", "18");
        assertEquals(CriterionStatus.ON_TRACK, kept.getStatus());
        assertEquals("latest value 18 on 2023-01-31 does not yet meet the target 20; there is no deadline and the"
                + " trend is flat, in the stated direction (maintain)", kept.getExplanation());
        // A gap is maintained at 20 or less: 20, 30, 24, 22 (-300 - 150 + 120 + 330 = 0) is flat, 22 not met.
        CriterionProgress gap = trend(undated(MeasureKind.PAY_GAP, Direction.MAINTAIN, "20"), "30", "24", "22");
        assertEquals(CriterionStatus.ON_TRACK, gap.getStatus());
        assertEquals("latest value 22 on 2023-01-31 does not yet meet the target 20; there is no deadline and the"
                + " trend is flat, in the stated direction (maintain)", gap.getExplanation());
    }

    @Test
    void withoutADeadlineMaintainingIsOffTrackOnlyAgainstItsSide() {
        // A share falling below 20 (20, 19, 19, 19: -300 - 95 + 95 + 285 < 0) and a gap rising above 20
        // (20, 21, 21, 21: -300 - 105 + 105 + 315 > 0) both move away from the side that meets the target.
        CriterionProgress share = trend(undated(MeasureKind.REPRESENTATION_SHARE, Direction.MAINTAIN, "20"),
                "19", "19", "19");
        assertEquals(CriterionStatus.OFF_TRACK, share.getStatus());
        assertEquals("latest value 19 on 2023-01-31 does not yet meet the target 20; there is no deadline and the"
                + " trend is falling, not in the stated direction (maintain)", share.getExplanation());
        CriterionProgress gap = trend(undated(MeasureKind.PAY_GAP, Direction.MAINTAIN, "20"), "21", "21", "21");
        assertEquals(CriterionStatus.OFF_TRACK, gap.getStatus());
        assertEquals("latest value 21 on 2023-01-31 does not yet meet the target 20; there is no deadline and the"
                + " trend is rising, not in the stated direction (maintain)", gap.getExplanation());
        // Decreasing towards 10 from 20, 19, 19, 19: falling, on track.
        CriterionProgress down = trend(undated(MeasureKind.REPRESENTATION_SHARE, Direction.DECREASE, "10"),
                "19", "19", "19");
        assertEquals(CriterionStatus.ON_TRACK, down.getStatus());
        assertEquals("latest value 19 on 2023-01-31 does not yet meet the target 10; there is no deadline and the"
                + " trend is falling, in the stated direction (decrease)", down.getExplanation());
    }

    @Test
    void anIntervalEndingAtTheTargetIncludesIt() {
        // [30, 33] and [27, 30] both include the target 30: inconclusive, though 31 alone would meet it.
        Observation fromTarget = Observation.builder().date(date("2024-01-01")).value(new BigDecimal("31"))
                .lower(new BigDecimal("30")).upper(new BigDecimal("33")).build();
        assertEquals(CriterionStatus.INCONCLUSIVE, share(SHARE, AS_OF, fromTarget).getStatus());
        Observation toTarget = Observation.builder().date(date("2024-01-01")).value(new BigDecimal("28"))
                .lower(new BigDecimal("27")).upper(new BigDecimal("30")).build();
        assertEquals(CriterionStatus.INCONCLUSIVE, share(SHARE, AS_OF, toTarget).getStatus());
        Observation above = Observation.builder().date(date("2024-01-01")).value(new BigDecimal("31"))
                .lower(new BigDecimal("30.01")).upper(new BigDecimal("33")).build();
        assertEquals(CriterionStatus.ACHIEVED, share(SHARE, AS_OF, above).getStatus());
    }

    @Test
    void notMeasurableUnchangedIsInTheDirectionOnlyForMaintain() {
        QuantitativeTarget raise = share().baseline(Baseline.of(new BigDecimal("20"))).build();
        assertEquals("no numeric target; latest value 20 on 2024-01-01 is unchanged from the baseline 20, not in the"
                + " stated direction (increase)", share(raise, AS_OF, obs("2024-01-01", "20")).getExplanation());
        QuantitativeTarget keep = QuantitativeTarget.builder().id("o1.a1.c1").text("Keep the share")
                .measure(Measure.builder().kind(MeasureKind.REPRESENTATION_SHARE).population(Population.STAFF).build())
                .direction(Direction.MAINTAIN).baseline(Baseline.of(new BigDecimal("20"))).build();
        assertEquals("no numeric target; latest value 20 on 2024-01-01 is unchanged from the baseline 20, in the"
                + " stated direction (maintain)", share(keep, AS_OF, obs("2024-01-01", "20")).getExplanation());
    }

    @Test
    void eachMissingStatusIsNamed() {
        assertEquals("no value available: suppressed for 2024-07-31", share(SHARE, AS_OF,
                Observation.missing(date("2024-07-31"), ObservationStatus.SUPPRESSED)).getExplanation());
        assertEquals("no value available: not collected for 2024-07-31", share(SHARE, AS_OF,
                Observation.missing(date("2024-07-31"), ObservationStatus.NOT_COLLECTED)).getExplanation());
    }

    @Test
    void aSecondSeriesForACriterionIsListedAsUnmatched() {
        ProgressRecord record = ProgressRecord.builder().asOf(AS_OF)
                .addSeries(ObservationSeries.of("o1.a1.c1", List.of(obs("2024-01-01", "31"))))
                .addSeries(ObservationSeries.of("o1.a1.c1", List.of(obs("2024-01-01", "25"))))
                .build();
        ProgressReport report = ProgressEvaluator.evaluate(plan(Optional.empty(), SHARE), record, AS_OF, DEFAULTS);
        assertEquals(List.of("series 'o1.a1.c1' (a second series for the criterion)"),
                report.getUnmatchedRecordEntries());
        assertEquals("31", report.getCriteria().get(0).getLatestValue().orElseThrow().toPlainString(),
                "the first series is the one evaluated");
        ProgressRecord one = ProgressRecord.builder().asOf(AS_OF)
                .addSeries(ObservationSeries.of("o1.a1.c1", List.of(obs("2024-01-01", "31")))).build();
        assertEquals(List.of(), ProgressEvaluator.evaluate(plan(Optional.empty(), SHARE), one, AS_OF, DEFAULTS)
                .getUnmatchedRecordEntries(), "a single series for a criterion of the plan is matched");
    }

    @Test
    void rejectsNullArgumentsByName() {
        EqualityPlan plan = plan(Optional.empty(), MILESTONE);
        ProgressRecord record = ProgressRecord.builder().asOf(AS_OF).build();
        assertEquals("plan", assertThrows(NullPointerException.class,
                () -> ProgressEvaluator.evaluate(null, record, AS_OF, DEFAULTS)).getMessage());
        assertEquals("record", assertThrows(NullPointerException.class,
                () -> ProgressEvaluator.evaluate(plan, null, AS_OF, DEFAULTS)).getMessage());
        assertEquals("asOf", assertThrows(NullPointerException.class,
                () -> ProgressEvaluator.evaluate(plan, record, null, DEFAULTS)).getMessage());
        assertEquals("options", assertThrows(NullPointerException.class,
                () -> ProgressEvaluator.evaluate(plan, record, AS_OF, null)).getMessage());
    }
}
