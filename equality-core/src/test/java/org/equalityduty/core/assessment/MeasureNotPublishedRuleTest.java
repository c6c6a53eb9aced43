package org.equalityduty.core.assessment;

import static org.equalityduty.core.assessment.Fixtures.assertNone;
import static org.equalityduty.core.assessment.Fixtures.assertOnly;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.equalityduty.core.constraints.Severity;
import org.equalityduty.core.duty.DutyAim;
import org.equalityduty.core.duty.Jurisdiction;
import org.equalityduty.core.duty.Organisation;
import org.equalityduty.core.duty.Phase;
import org.equalityduty.core.duty.Population;
import org.equalityduty.core.plan.Direction;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.KeyStage;
import org.equalityduty.core.plan.Measure;
import org.equalityduty.core.plan.MeasureKind;
import org.equalityduty.core.plan.PlanDate;
import org.equalityduty.core.plan.PlanPeriod;
import org.equalityduty.core.plan.QualitativeCriterion;
import org.equalityduty.core.plan.QuantitativeTarget;
import org.equalityduty.core.plan.ReviewSchedule;
import org.equalityduty.core.plan.Subject;
import org.equalityduty.core.plan.SuccessCriterion;
import org.equalityduty.core.population.Dimensions;
import org.equalityduty.core.population.Group;
import org.junit.jupiter.api.Test;

/**
 * {@code smart.measure-not-published}. The unpublished years are DfE's, as the rule's documentation cites them: no
 * KS2 progress for 2023/24 and 2024/25, no Progress 8 for 2024/25 and 2025/26, no school-level results for 2019/20
 * and 2020/21. Each expected list of years below is counted by hand from the plan's period.
 */
class MeasureNotPublishedRuleTest {
    private static final String CODE = "smart.measure-not-published";
    private static final Group DISADVANTAGED = Group.of(Dimensions.category("disadvantage:disadvantaged"));
    private static final String KS2 = "KS2 progress measures are not published for 2023/24 and 2024/25: those pupils "
            + "had no KS1 assessment to measure progress from";
    private static final String P8 = "Progress 8 is not published for 2024/25 and 2025/26: those pupils had no KS2 "
            + "results to measure progress from";

    private static Measure.Builder progress() {
        return Measure.builder().kind(MeasureKind.PROGRESS_SCORE).population(Population.PUPILS)
                .focusGroup(DISADVANTAGED);
    }

    private static EqualityPlan.Builder plan(Measure measure, Phase... phases) {
        return plan(QuantitativeTarget.builder().id("o1.c1").text("narrow the progress gap").measure(measure)
                .direction(Direction.INCREASE).build(), Optional.empty(), phases);
    }

    private static EqualityPlan.Builder plan(SuccessCriterion c, Optional<LocalDate> targetDate, Phase... phases) {
        return EqualityPlan.builder()
                .organisation(Organisation.builder().type(org.equalityduty.core.duty.OrganisationType.SCHOOL)
                        .name("Test School").addPhases(phases).build())
                .jurisdiction(Jurisdiction.ENGLAND)
                .addObjectives(Fixtures.objectiveBuilder("o1").addAims(DutyAim.ADVANCE_EQUALITY_OF_OPPORTUNITY)
                        .addPopulations(Population.PUPILS).addGroups(DISADVANTAGED).addSuccessCriteria(c)
                        .targetDate(targetDate).build());
    }

    private static PlanPeriod academic(int first, int last) {
        return PlanPeriod.of(LocalDate.of(first, 9, 1), LocalDate.of(last, 8, 31));
    }

    @Test
    void ks2ProgressInAJuniorSchoolsOneYearPlan() {
        // Belmont Junior's 2024-25 plan: one academic year, 2024/25.
        assertOnly(plan(progress().addKeyStages(KeyStage.KS2).build(), Phase.PRIMARY).period(academic(2024, 2025))
                .build(), CODE, Severity.WARNING, "objectives[0].successCriteria[0]",
                "This criterion relies on a progress measure in 2024/25, when it is not published: " + KS2 + ".");
    }

    @Test
    void progress8FromJanuary2024ToAReviewInJanuary2028() {
        // St Peter's: 2023/24 to 2027/28 are covered; Progress 8 is missing in 2024/25 and 2025/26.
        assertOnly(plan(progress().addSubjects(Subject.PROGRESS_8).build(), Phase.SECONDARY)
                .openEndedStart(PlanDate.parse("2024-01"))
                .review(ReviewSchedule.builder().next(PlanDate.parse("2028-01")).build()).build(), CODE,
                Severity.WARNING, "objectives[0].successCriteria[0]",
                "This criterion relies on a progress measure in 2024/25, 2025/26, when it is not published: " + P8
                        + ".");
    }

    @Test
    void aProgressMeasureWithNoKeyStageCountsOnlyYearsWithNeither() {
        // "2022-2026" read both ways covers 2022/23 to 2025/26; neither measure is published only in 2024/25.
        assertOnly(plan(progress().build()).periodAsWritten("2022-2026").build(), CODE, Severity.WARNING,
                "objectives[0].successCriteria[0]", "This criterion relies on a progress measure in 2024/25, when "
                        + "it is not published: neither KS2 progress nor Progress 8 is published then.");
        // The same plan in a primary school: KS2 progress is missing in 2023/24 and 2024/25.
        assertOnly(plan(progress().build(), Phase.PRIMARY).periodAsWritten("2022-2026").build(), CODE,
                Severity.WARNING, "objectives[0].successCriteria[0]", "This criterion relies on a progress measure "
                        + "in 2023/24, 2024/25, when it is not published: " + KS2 + ".");
    }

    @Test
    void theCancelledYearsHaveNoSchoolLevelResults() {
        // A trust's "2018/2021": 2018/19 to 2020/21; the 2019/20 and 2020/21 assessments were cancelled.
        assertOnly(plan(progress().build()).periodAsWritten("2018/2021").build(), CODE, Severity.WARNING,
                "objectives[0].successCriteria[0]", "This criterion relies on a progress measure in 2019/20, "
                        + "2020/21, when it is not published: neither KS2 progress nor Progress 8 is published then.");
        Measure attainment = Measure.builder().kind(MeasureKind.ATTAINMENT_RATE).population(Population.PUPILS)
                .focusGroup(DISADVANTAGED).addKeyStages(KeyStage.KS2).build();
        assertOnly(plan(attainment, Phase.PRIMARY).period(academic(2020, 2021)).build(), CODE, Severity.WARNING,
                "objectives[0].successCriteria[0]", "This criterion relies on school-level results in 2020/21, "
                        + "when they are not published: the 2019/20 and 2020/21 assessments and exams were cancelled, "
                        + "and no school-level results were published.");
    }

    @Test
    void publishedYearsAndOtherMeasuresPass() {
        assertNone(plan(progress().addKeyStages(KeyStage.KS2).build(), Phase.PRIMARY).period(academic(2025, 2027))
                .build(), CODE);
        Measure attainment = Measure.builder().kind(MeasureKind.ATTAINMENT_RATE).population(Population.PUPILS)
                .focusGroup(DISADVANTAGED).addKeyStages(KeyStage.KS2).build();
        assertNone(plan(attainment, Phase.PRIMARY).period(academic(2023, 2025)).build(), CODE);
        Measure attendance = Measure.builder().kind(MeasureKind.ATTENDANCE_RATE).population(Population.PUPILS)
                .focusGroup(DISADVANTAGED).build();
        assertNone(plan(attendance).period(academic(2019, 2021)).build(), CODE);
    }

    private static String only(EqualityPlan plan) {
        List<Finding> found = Fixtures.findings(plan, CODE);
        assertEquals(1, found.size(), found::toString);
        return found.get(0).getMessage();
    }

    private static String progressIn(String years, String reason) {
        return "This criterion relies on a progress measure in " + years + ", when it is not published: " + reason
                + ".";
    }

    @Test
    void aCriterionEndsAtItsDeadlineElseItsObjectivesTargetDateElseThePlansEnd() {
        // Progress 8 in a secondary school's plan for 2023/24 to 2027/28: missing in 2024/25 and 2025/26.
        Measure p8 = progress().addKeyStages(KeyStage.KS4).build();
        assertEquals(progressIn("2024/25, 2025/26", P8), only(plan(p8, Phase.SECONDARY).period(academic(2023, 2028))
                .build()));
        // A deadline of 31 December 2025 reaches into 2025/26 (from 1 September 2025): both years still count.
        QuantitativeTarget.Builder target = QuantitativeTarget.builder().id("o1.c1").text("narrow the progress gap")
                .measure(p8).direction(Direction.INCREASE);
        assertEquals(progressIn("2024/25, 2025/26", P8), only(plan(target.deadline(LocalDate.of(2025, 12, 31))
                .build(), Optional.empty(), Phase.SECONDARY).period(academic(2023, 2028)).build()));
        // Undated, it ends at its objective's target date: 30 June 2025 is in 2024/25, before 2025/26 begins.
        QuantitativeTarget undated = QuantitativeTarget.builder().id("o1.c1").text("narrow the progress gap")
                .measure(p8).direction(Direction.INCREASE).build();
        assertEquals(progressIn("2024/25", P8), only(plan(undated, Optional.of(LocalDate.of(2025, 6, 30)),
                Phase.SECONDARY).period(academic(2023, 2028)).build()));
    }

    @Test
    void aQualitativeCriterionsMeasureCountsToo() {
        QualitativeCriterion c = QualitativeCriterion.builder().id("o1.c1").text("pupils make more progress")
                .measure(progress().addKeyStages(KeyStage.KS2).build()).build();
        assertEquals(progressIn("2024/25", KS2), only(plan(c, Optional.empty(), Phase.PRIMARY)
                .period(academic(2024, 2025)).build()));
    }

    @Test
    void aProgressMeasureWithNoKeyStageInASecondaryOrAllThroughSchool() {
        // Secondary only: Progress 8, missing in 2024/25 and 2025/26 of "2022-2026" (2022/23 to 2025/26).
        assertEquals(progressIn("2024/25, 2025/26", P8),
                only(plan(progress().build(), Phase.SECONDARY).periodAsWritten("2022-2026").build()));
        // Primary and secondary: both measures, neither published only in 2024/25.
        assertEquals(progressIn("2024/25", "neither KS2 progress nor Progress 8 is published then"),
                only(plan(progress().build(), Phase.PRIMARY, Phase.SECONDARY).periodAsWritten("2022-2026").build()));
    }

    @Test
    void attainmentAtEachTestedKeyStageIsMissingInTheCancelledYears() {
        String cancelled = "This criterion relies on school-level results in 2019/20, 2020/21, when they are not "
                + "published: the 2019/20 and 2020/21 assessments and exams were cancelled, and no school-level "
                + "results were published.";
        for (KeyStage tested : List.of(KeyStage.KS1, KeyStage.KS2, KeyStage.KS4)) {
            Measure m = Measure.builder().kind(MeasureKind.ATTAINMENT_RATE).population(Population.PUPILS)
                    .focusGroup(DISADVANTAGED).addKeyStages(tested).build();
            assertEquals(cancelled, only(plan(m).period(academic(2019, 2021)).build()), tested.toString());
        }
        // KS3 has no national tests whose school-level results were published: nothing went missing.
        Measure ks3 = Measure.builder().kind(MeasureKind.ATTAINMENT_RATE).population(Population.PUPILS)
                .focusGroup(DISADVANTAGED).addKeyStages(KeyStage.KS3).build();
        assertNone(plan(ks3).period(academic(2019, 2021)).build(), CODE);
    }
}
