package org.equalityduty.core.assessment;

import static org.equalityduty.core.assessment.Fixtures.assertNone;
import static org.equalityduty.core.assessment.Fixtures.assertOnly;
import static org.equalityduty.core.assessment.Fixtures.objective;
import static org.equalityduty.core.assessment.Fixtures.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.equalityduty.core.constraints.Severity;
import org.equalityduty.core.duty.DutyAim;
import org.equalityduty.core.duty.Jurisdiction;
import org.equalityduty.core.duty.Population;
import org.equalityduty.core.duty.ProtectedCharacteristic;
import org.equalityduty.core.plan.Baseline;
import org.equalityduty.core.plan.Direction;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.GroupReference;
import org.equalityduty.core.plan.KeyStage;
import org.equalityduty.core.plan.Measure;
import org.equalityduty.core.plan.MeasureKind;
import org.equalityduty.core.plan.Milestone;
import org.equalityduty.core.plan.Objective;
import org.equalityduty.core.plan.PlanPeriod;
import org.equalityduty.core.plan.PopulationReference;
import org.equalityduty.core.plan.QuantitativeTarget;
import org.equalityduty.core.plan.Subject;
import org.equalityduty.core.plan.Target;
import org.equalityduty.core.plan.TargetKind;
import org.equalityduty.core.plan.TimeFrame;
import org.equalityduty.core.population.Dimensions;
import org.equalityduty.core.population.Group;
import org.junit.jupiter.api.Test;

/**
 * The rules of issue 13 that read the substance of a plan: one passing and one failing plan each, with the exact
 * message. Expected values are worked by hand from the sources each rule names.
 */
class SubstantiveRulesTest {
    private static final String CRITERION = "objectives[0].actions[0].successCriteria[0]";
    private static final LocalDate DEADLINE = LocalDate.of(2026, 7, 31);
    private static final Group GIRLS = Group.of(Dimensions.category("sex:female"));

    /** A KS2 reading mean scaled score of pupils, with a baseline, level target and deadline. */
    private static QuantitativeTarget scaled(String baseline, TargetKind kind, String target) {
        Measure m = Measure.builder().kind(MeasureKind.MEAN_SCORE).population(Population.STAFF)
                .focusGroup(Fixtures.MALE).addKeyStages(KeyStage.KS2).addSubjects(Subject.READING).build();
        return QuantitativeTarget.builder().id("c1").text("reading").measure(m)
                .baseline(Baseline.of(new BigDecimal(baseline))).direction(Direction.INCREASE)
                .target(Target.of(kind, target)).deadline(DEADLINE).build();
    }

    private static EqualityPlan periodOf(Jurisdiction jurisdiction, PlanPeriod period) {
        return EqualityPlan.builder().organisation(org.equalityduty.core.duty.Organisation.trust("Test Trust"))
                .jurisdiction(jurisdiction).period(period).publishedOn(period.getStart()).addObjectives(objective())
                .build();
    }

    @Test
    void periodExceedsCycle() {
        // Four years exactly (2024-01-01 to 2027-12-31) is the cycle of SI 2017/353: no finding.
        assertNone(plan(objective()), "duty.period-exceeds-cycle");
        EqualityPlan fiveYears = periodOf(Jurisdiction.ENGLAND, PlanPeriod.ofYears(2023, 2027));
        assertOnly(fiveYears, "duty.period-exceeds-cycle", Severity.WARNING, "period",
                "The plan period, 2023-01-01 to 2027-12-31, is longer than 4 years: the specific duties for England "
                        + "(SI 2017/353) require new objectives at least every 4 years, so these must be reviewed and "
                        + "published again by 2027-01-01, before the period ends.");
        assertEquals("/period", Fixtures.findings(fiveYears, "duty.period-exceeds-cycle").get(0).getPointer());
        // One day more than four academic years.
        EqualityPlan oneDayOver = periodOf(Jurisdiction.WALES,
                PlanPeriod.of(LocalDate.of(2024, 9, 1), LocalDate.of(2028, 9, 1)));
        assertEquals(1, Fixtures.findings(oneDayOver, "duty.period-exceeds-cycle").size());
        EqualityPlan academic = periodOf(Jurisdiction.ENGLAND,
                PlanPeriod.of(LocalDate.of(2024, 9, 1), LocalDate.of(2028, 8, 31)));
        assertNone(academic, "duty.period-exceeds-cycle");
    }

    @Test
    void outputNotOutcome() {
        Objective tasks = Fixtures.objectiveBuilder("o1").addAims(DutyAim.ADVANCE_EQUALITY_OF_OPPORTUNITY)
                .addCharacteristics(ProtectedCharacteristic.SEX).addPopulations(Population.STAFF)
                .addActions(Fixtures.action(TimeFrame.dueBy(LocalDate.of(2025, 7, 31)),
                        Milestone.builder().id("c1").text("Recruitment policy reviewed").due(DEADLINE).build(),
                        Milestone.builder().id("c2").text("Forum set up").due(DEADLINE).build()))
                .build();
        assertOnly(plan(tasks), "smart.output-not-outcome", Severity.WARNING, "objectives[0]",
                "Every success criterion of this objective is a one-off task, so it can be met without anything "
                        + "changing for the people it is for.");
        // A milestone beside an outcome is a step towards it.
        Objective mixed = Fixtures.objectiveBuilder("o1").addAims(DutyAim.ADVANCE_EQUALITY_OF_OPPORTUNITY)
                .addCharacteristics(ProtectedCharacteristic.SEX).addPopulations(Population.STAFF)
                .addActions(Fixtures.action(TimeFrame.dueBy(LocalDate.of(2025, 7, 31)),
                        Milestone.builder().id("c1").text("Recruitment policy reviewed").due(DEADLINE).build(),
                        Fixtures.goodCriterion()))
                .build();
        assertNone(plan(mixed), "smart.output-not-outcome");
        // No criteria at all is smart.not-measurable's.
        assertNone(plan(Objective.builder().id("o1").title("t").build()), "smart.output-not-outcome");
    }

    @Test
    void valueOutOfScale() {
        // STA: KS2 scaled scores run from 80 to 120; 100 is the expected standard.
        assertNone(plan(objective(scaled("104", TargetKind.LEVEL, "120"))), "smart.value-out-of-scale");
        assertOnly(plan(objective(scaled("104", TargetKind.LEVEL, "150"))), "smart.value-out-of-scale",
                Severity.ERROR, CRITERION, "The target, 150, is outside the KS2 scaled score scale, which runs from 80 "
                        + "to 120 (100 is the expected standard).");
        assertOnly(plan(objective(scaled("79.5", TargetKind.LEVEL, "100"))), "smart.value-out-of-scale",
                Severity.ERROR, CRITERION, "The baseline, 79.5, is outside the KS2 scaled score scale, which runs from "
                        + "80 to 120 (100 is the expected standard).");
        // 112 + 9 = 121, past the top of the scale.
        assertOnly(plan(objective(scaled("112", TargetKind.CHANGE, "9"))), "smart.value-out-of-scale",
                Severity.ERROR, CRITERION, "The value the target reaches from the baseline, 121, is outside the KS2 "
                        + "scaled score scale, which runs from 80 to 120 (100 is the expected standard).");
        assertNone(plan(objective(scaled("112", TargetKind.CHANGE, "8"))), "smart.value-out-of-scale");
        // A mean score at KS4 (Attainment 8 runs to 90) is not on the KS2 scale.
        QuantitativeTarget ks4 = QuantitativeTarget.builder().id("c1").text("a8").measure(Measure.builder()
                .kind(MeasureKind.MEAN_SCORE).population(Population.STAFF).focusGroup(Fixtures.MALE)
                .addKeyStages(KeyStage.KS4).addSubjects(Subject.ATTAINMENT_8).build())
                .baseline(Baseline.of(new BigDecimal("45"))).direction(Direction.INCREASE)
                .target(Target.of(TargetKind.LEVEL, "50")).deadline(DEADLINE).build();
        assertNone(plan(objective(ks4)), "smart.value-out-of-scale");
    }

    @Test
    void baselineAfterDeadline() {
        QuantitativeTarget late = QuantitativeTarget.builder().id("c1").text("share").measure(Fixtures.share())
                .baseline(Baseline.of(new BigDecimal("20"), LocalDate.of(2026, 9, 1))).direction(Direction.INCREASE)
                .target(Target.of(TargetKind.LEVEL, "30")).deadline(DEADLINE).build();
        assertOnly(plan(objective(late)), "smart.baseline-after-deadline", Severity.ERROR, CRITERION,
                "The baseline is dated 2026-09-01, after the deadline, 2026-07-31, by which the target is to be "
                        + "reached.");
        QuantitativeTarget onTime = QuantitativeTarget.builder().id("c1").text("share").measure(Fixtures.share())
                .baseline(Baseline.of(new BigDecimal("20"), DEADLINE)).direction(Direction.INCREASE)
                .target(Target.of(TargetKind.LEVEL, "30")).deadline(DEADLINE).build();
        assertNone(plan(objective(onTime)), "smart.baseline-after-deadline");
        // Without its own deadline, the action's due date (2025-07-31 in the fixture) is the deadline.
        QuantitativeTarget undated = QuantitativeTarget.builder().id("c1").text("share").measure(Fixtures.share())
                .baseline(Baseline.of(new BigDecimal("20"), LocalDate.of(2025, 8, 1))).direction(Direction.INCREASE)
                .target(Target.of(TargetKind.LEVEL, "30")).build();
        assertOnly(plan(objective(undated)), "smart.baseline-after-deadline", Severity.ERROR, CRITERION,
                "The baseline is dated 2025-08-01, after the due date of its action, 2025-07-31, by which the target "
                        + "is to be reached.");
    }

    @Test
    void focusIsReference() {
        Measure boysWithBoys = Measure.builder().kind(MeasureKind.ATTAINMENT_GAP).population(Population.STAFF)
                .focusGroup(Fixtures.MALE).reference(GroupReference.of(Group.of(Dimensions.category("sex:male"))))
                .build();
        assertOnly(plan(objective(Fixtures.quant(boysWithBoys, "12", Direction.DECREASE, TargetKind.LEVEL, "8",
                DEADLINE))), "smart.focus-is-reference", Severity.ERROR, CRITERION,
                "This measure compares 'Male' with the same group: the focus group and the reference group are one "
                        + "and the same, so there is no gap to measure.");
        Measure boysWithGirls = Measure.builder().kind(MeasureKind.ATTAINMENT_GAP).population(Population.STAFF)
                .focusGroup(Fixtures.MALE).reference(GroupReference.of(GIRLS)).build();
        assertNone(plan(objective(Fixtures.quant(boysWithGirls, "12", Direction.DECREASE, TargetKind.LEVEL, "8",
                DEADLINE))), "smart.focus-is-reference");
    }

    @Test
    void focusIsEveryone() {
        Group everyone = Group.of(Dimensions.category("sex:female"), Dimensions.category("sex:male"));
        Objective all = Fixtures.objectiveBuilder("o1").addAims(DutyAim.ADVANCE_EQUALITY_OF_OPPORTUNITY)
                .addGroups(everyone).addPopulations(Population.STAFF)
                .addActions(Fixtures.action(TimeFrame.dueBy(LocalDate.of(2025, 7, 31)), Fixtures.goodCriterion()))
                .build();
        assertOnly(plan(all), "smart.focus-is-everyone", Severity.WARNING, "objectives[0].groups",
                "The group 'Female / Male' is everyone, so no inequality between groups is targeted.");
        Group labelled = Group.labelled("All pupils", List.of(Dimensions.category("disadvantage:disadvantaged"),
                Dimensions.category("disadvantage:not_disadvantaged")));
        assertEquals(1, Fixtures.findings(plan(Fixtures.objectiveBuilder("o1")
                .addAims(DutyAim.ADVANCE_EQUALITY_OF_OPPORTUNITY).addGroups(labelled).addPopulations(Population.STAFF)
                .build()), "smart.focus-is-everyone").size());
        // Girls who are disadvantaged: every sex is not named, so a group.
        Group disadvantagedGirls = Group.of(Dimensions.category("sex:female"),
                Dimensions.category("disadvantage:disadvantaged"));
        assertNone(plan(Fixtures.objectiveBuilder("o1").addAims(DutyAim.ADVANCE_EQUALITY_OF_OPPORTUNITY)
                .addGroups(disadvantagedGirls).addPopulations(Population.STAFF)
                .addActions(Fixtures.action(TimeFrame.dueBy(LocalDate.of(2025, 7, 31)), Fixtures.goodCriterion()))
                .build()), "smart.focus-is-everyone");
        assertNone(plan(objective()), "smart.focus-is-everyone");
    }

    @Test
    void populationMismatch() {
        // A staff measure (Fixtures.share: the share of staff who are men) inside an objective for pupils.
        Objective pupils = Fixtures.objectiveBuilder("o1").addAims(DutyAim.ADVANCE_EQUALITY_OF_OPPORTUNITY)
                .addCharacteristics(ProtectedCharacteristic.SEX).addPopulations(Population.PUPILS)
                .childFriendlyVersion("We want to help you.")
                .addActions(Fixtures.action(TimeFrame.dueBy(LocalDate.of(2025, 7, 31)), Fixtures.goodCriterion()))
                .build();
        assertOnly(plan(pupils), "smart.population-mismatch", Severity.WARNING, CRITERION,
                "This criterion measures staff, but the objective is about pupils.");
        // Recruitment (job applicants) inside a staff objective is the same side: the workforce.
        QuantitativeTarget applicants = Fixtures.quant(Measure.builder().kind(MeasureKind.SELECTION_RATE)
                .population(Population.JOB_APPLICANTS).focusGroup(Fixtures.MALE)
                .reference(PopulationReference.REST_OF_POPULATION).build(), "20", Direction.INCREASE,
                TargetKind.LEVEL, "30", DEADLINE);
        assertNone(plan(objective(applicants)), "smart.population-mismatch");
        assertNone(plan(objective()), "smart.population-mismatch");
    }

    @Test
    void focusIsEveryoneInAMeasureAndInASpecialSchool() {
        Group everyone = Group.of(Dimensions.category("sex:female"), Dimensions.category("sex:male"));
        String message = "The group 'Female / Male' is everyone, so no inequality between groups is targeted.";
        QuantitativeTarget all = Fixtures.quant(Fixtures.measure(MeasureKind.REPRESENTATION_SHARE, everyone, false,
                null), "20", Direction.INCREASE, TargetKind.LEVEL, "30", DEADLINE);
        assertOnly(plan(objective(all)), "smart.focus-is-everyone", Severity.WARNING, CRITERION, message);
        // In a special school "everyone" is the disabled pupils when an objective names no characteristic but
        // disability; an objective about sex there still targets no inequality between the sexes.
        EqualityPlan.Builder special = EqualityPlan.builder().organisation(org.equalityduty.core.duty.Organisation
                .builder().type(org.equalityduty.core.duty.OrganisationType.SCHOOL).name("Test Special School")
                .addPhases(org.equalityduty.core.duty.Phase.SPECIAL).build())
                .jurisdiction(Jurisdiction.ENGLAND).period(Fixtures.PERIOD);
        assertOnly(special.addObjectives(objective(all)).build(), "smart.focus-is-everyone", Severity.WARNING,
                CRITERION, message);
        Objective disability = Fixtures.objectiveBuilder("o1").addAims(DutyAim.ADVANCE_EQUALITY_OF_OPPORTUNITY)
                .addCharacteristics(ProtectedCharacteristic.DISABILITY).addPopulations(Population.PUPILS)
                .addGroups(everyone)
                .addActions(Fixtures.action(TimeFrame.dueBy(DEADLINE), all)).build();
        assertNone(EqualityPlan.builder().organisation(org.equalityduty.core.duty.Organisation.builder()
                .type(org.equalityduty.core.duty.OrganisationType.SCHOOL).name("Test Special School")
                .addPhases(org.equalityduty.core.duty.Phase.SPECIAL).build()).jurisdiction(Jurisdiction.ENGLAND)
                .period(Fixtures.PERIOD).addObjectives(disability).build(), "smart.focus-is-everyone");
        Objective sex = Fixtures.objectiveBuilder("o1").addAims(DutyAim.ADVANCE_EQUALITY_OF_OPPORTUNITY)
                .addCharacteristics(ProtectedCharacteristic.SEX).addPopulations(Population.PUPILS)
                .addGroups(everyone).build();
        assertOnly(EqualityPlan.builder().organisation(org.equalityduty.core.duty.Organisation.builder()
                .type(org.equalityduty.core.duty.OrganisationType.SCHOOL).name("Test Special School")
                .addPhases(org.equalityduty.core.duty.Phase.SPECIAL).build()).jurisdiction(Jurisdiction.ENGLAND)
                .period(Fixtures.PERIOD).addObjectives(sex).build(), "smart.focus-is-everyone", Severity.WARNING,
                "objectives[0].groups", message);
    }

    @Test
    void theBottomOfTheScaledScoreScaleIsOnIt() {
        // STA: 80 is the lowest KS2 scaled score, so a baseline or target of 80 is on the scale.
        assertNone(plan(objective(scaled("80", TargetKind.LEVEL, "100"))), "smart.value-out-of-scale");
    }

    @Test
    void aPopulationOutsideSchoolAndWorkforceIsItsOwnSide() {
        // Parents and the community are neither pupils nor the workforce: a pupil measure does not measure them.
        Measure pupils = Measure.builder().kind(MeasureKind.SURVEY_POSITIVE_RATE).population(Population.PUPILS)
                .build();
        Objective parents = Fixtures.objectiveBuilder("o1").addAims(DutyAim.FOSTER_GOOD_RELATIONS)
                .addCharacteristics(ProtectedCharacteristic.RACE).addPopulations(Population.PARENTS_AND_COMMUNITY)
                .addSuccessCriteria(Fixtures.quant(pupils, "60", Direction.INCREASE, TargetKind.LEVEL, "70",
                        DEADLINE)).build();
        assertOnly(plan(parents), "smart.population-mismatch", Severity.WARNING, "objectives[0].successCriteria[0]",
                "This criterion measures pupils, but the objective is about parents and community.");
        // Governors and volunteers are on that same side as parents.
        Measure governors = Measure.builder().kind(MeasureKind.SURVEY_POSITIVE_RATE)
                .population(Population.GOVERNORS).build();
        Objective both = Fixtures.objectiveBuilder("o1").addAims(DutyAim.FOSTER_GOOD_RELATIONS)
                .addCharacteristics(ProtectedCharacteristic.RACE).addPopulations(Population.VOLUNTEERS)
                .addSuccessCriteria(Fixtures.quant(governors, "60", Direction.INCREASE, TargetKind.LEVEL, "70",
                        DEADLINE)).build();
        assertNone(plan(both), "smart.population-mismatch");
    }
}
