package org.equalityduty.core.assessment;

import static org.equalityduty.core.assessment.Fixtures.assertNone;
import static org.equalityduty.core.assessment.Fixtures.assertOnly;
import static org.equalityduty.core.assessment.Fixtures.measure;
import static org.equalityduty.core.assessment.Fixtures.objective;
import static org.equalityduty.core.assessment.Fixtures.plan;
import static org.equalityduty.core.assessment.Fixtures.quant;
import static org.equalityduty.core.assessment.Fixtures.share;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.equalityduty.core.constraints.Severity;
import org.equalityduty.core.duty.DutyAim;
import org.equalityduty.core.duty.Population;
import org.equalityduty.core.duty.ProtectedCharacteristic;
import org.equalityduty.core.duty.Recurrence;
import org.equalityduty.core.plan.Action;
import org.equalityduty.core.plan.Direction;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.Measure;
import org.equalityduty.core.plan.MeasureKind;
import org.equalityduty.core.plan.MeasureUnit;
import org.equalityduty.core.plan.Milestone;
import org.equalityduty.core.plan.Objective;
import org.equalityduty.core.plan.QualitativeCriterion;
import org.equalityduty.core.plan.SuccessCriterion;
import org.equalityduty.core.plan.TargetKind;
import org.equalityduty.core.plan.TimeFrame;
import org.equalityduty.core.population.Group;
import org.junit.jupiter.api.Test;

/** One test per SMART rule: a minimal passing plan and a minimal failing plan. */
class SmartRulesTest {
    private static final String CRITERION = "objectives[0].actions[0].successCriteria[0]";
    private static final LocalDate DEADLINE = LocalDate.of(2026, 7, 31);

    private static EqualityPlan with(SuccessCriterion criterion) {
        return plan(objective(criterion));
    }

    private static Measure gap() {
        return measure(MeasureKind.ATTAINMENT_GAP, Fixtures.DISADVANTAGED, true, MeasureUnit.PERCENTAGE_POINTS);
    }

    @Test
    void completePlanHasNoFindings() {
        assertEquals(List.of(), Fixtures.assess(plan(objective())).getFindings());
        assertEquals("[objectives[0] o1 SMART]", Fixtures.assess(plan(objective())).getObjectives().toString());
    }

    @Test
    void notMeasurableQuantitative() {
        assertNone(plan(objective()), "smart.not-measurable");
        assertOnly(with(quant(share(), "20", Direction.INCREASE, null, null, DEADLINE)), "smart.not-measurable",
                Severity.WARNING, CRITERION, "This criterion names a measure but sets no number to reach, so nobody "
                        + "can tell when it has been met.");
    }

    @Test
    void notMeasurableQualitative() {
        assertNone(with(QualitativeCriterion.builder().id("c1").text("survey").measure(share())
                .target(org.equalityduty.core.plan.Target.of(TargetKind.LEVEL, "80")).build()), "smart.not-measurable");
        assertOnly(with(QualitativeCriterion.of("c1", "Positive feedback from male support staff")),
                "smart.not-measurable", Severity.WARNING, CRITERION, "This criterion describes an outcome but gives "
                        + "no measure and no number, so nobody can tell when it has been met.");
    }

    @Test
    void notMeasurableObjectiveWithoutCriteria() {
        Objective none = Fixtures.objectiveBuilder("o1").addAims(DutyAim.ADVANCE_EQUALITY_OF_OPPORTUNITY)
                .addCharacteristics(ProtectedCharacteristic.SEX).addPopulations(Population.STAFF)
                .addActions(Fixtures.action(TimeFrame.dueBy(DEADLINE))).build();
        assertOnly(plan(none), "smart.not-measurable", Severity.WARNING, "objectives[0]",
                "This objective has no success criteria, so nobody can tell when it has been achieved.");
    }

    @Test
    void milestonesAreMeasurable() {
        assertNone(with(Milestone.builder().id("c1").text("Policy reviewed").due(DEADLINE).build()),
                "smart.not-measurable");
    }

    @Test
    void ambiguousTarget() {
        assertNone(with(quant(gap(), "12", Direction.DECREASE, TargetKind.PERCENTAGE_POINTS, "4", DEADLINE)),
                "smart.ambiguous-target");
        // On a count, "by 20%" can only be relative.
        assertNone(with(quant(measure(MeasureKind.COUNT, Fixtures.MALE, false, null), "50", Direction.INCREASE,
                TargetKind.PERCENT_AS_STATED, "20", DEADLINE)), "smart.ambiguous-target");
        assertOnly(with(quant(gap(), "12", Direction.DECREASE, TargetKind.PERCENT_AS_STATED, "10", DEADLINE)),
                "smart.ambiguous-target", Severity.WARNING, CRITERION, "This criterion says 'by 10%' but the gap "
                        + "is itself measured in percentage points: say whether you mean 10 percentage points or 10% "
                        + "of the current gap.");
        assertOnly(with(quant(share(), "20", Direction.INCREASE, TargetKind.PERCENT_AS_STATED, "10", DEADLINE)),
                "smart.ambiguous-target", Severity.WARNING, CRITERION, "This criterion says 'by 10%' but the "
                        + "measure is itself a percentage: say whether you mean 10 percentage points or 10% of the "
                        + "current value.");
        assertOnly(with(quant(measure(MeasureKind.ATTAINMENT_GAP, Fixtures.DISADVANTAGED, true, null), "12",
                Direction.DECREASE, TargetKind.PERCENT_AS_STATED, "10", DEADLINE)), "smart.ambiguous-target",
                Severity.WARNING, CRITERION, "This criterion says 'by 10%' but does not say what the gap is "
                        + "measured in: say whether you mean 10 percentage points or 10% of the current gap.");
    }

    @Test
    void noBaseline() {
        assertOnly(with(quant(share(), null, Direction.INCREASE, TargetKind.LEVEL, "30", DEADLINE)),
                "smart.no-baseline", Severity.WARNING, CRITERION,
                "This criterion does not say where the measure starts from, so progress cannot be measured.");
    }

    @Test
    void directionContradicts() {
        assertNone(with(quant(gap(), "12", Direction.DECREASE, TargetKind.LEVEL, "8", DEADLINE)),
                "smart.direction-contradicts");
        assertOnly(with(quant(gap(), "12", Direction.INCREASE, TargetKind.PERCENTAGE_POINTS, "4", DEADLINE)),
                "smart.direction-contradicts", Severity.ERROR, CRITERION, "This criterion asks the attainment gap "
                        + "to increase, but a gap that must narrow should decrease.");
        assertOnly(with(quant(share(), "20", Direction.DECREASE, TargetKind.LEVEL, "30", DEADLINE)),
                "smart.direction-contradicts", Severity.ERROR, CRITERION,
                "This criterion asks for a decrease, but its target of 30 is above the baseline of 20.");
        assertOnly(with(quant(share(), "20", Direction.INCREASE, TargetKind.LEVEL, "10", DEADLINE)),
                "smart.direction-contradicts", Severity.ERROR, CRITERION,
                "This criterion asks for an increase, but its target of 10 is below the baseline of 20.");
    }

    @Test
    void shareOutOfRange() {
        assertNone(with(quant(share(), "95", Direction.INCREASE, TargetKind.PERCENTAGE_POINTS, "5", DEADLINE)),
                "smart.share-out-of-range");
        assertOnly(with(quant(share(), "20", Direction.INCREASE, TargetKind.LEVEL, "120", DEADLINE)),
                "smart.share-out-of-range", Severity.ERROR, CRITERION,
                "The target of 120% is not a possible share: shares lie between 0% and 100%.");
        assertOnly(with(quant(share(), "-5", Direction.INCREASE, TargetKind.LEVEL, "30", DEADLINE)),
                "smart.share-out-of-range", Severity.ERROR, CRITERION,
                "The baseline of -5% is not a possible share: shares lie between 0% and 100%.");
        assertOnly(with(quant(share(), "95", Direction.INCREASE, TargetKind.PERCENTAGE_POINTS, "10", DEADLINE)),
                "smart.share-out-of-range", Severity.ERROR, CRITERION,
                "An increase of 10 percentage points from a baseline of 95% would reach 105%, above 100%.");
        assertOnly(with(quant(share(), "5", Direction.DECREASE, TargetKind.PERCENTAGE_POINTS, "10", DEADLINE)),
                "smart.share-out-of-range", Severity.ERROR, CRITERION,
                "A decrease of 10 percentage points from a baseline of 5% would reach -5%, below 0%.");
        assertOnly(with(quant(share(), "60", Direction.INCREASE, TargetKind.RELATIVE_PERCENT, "100", DEADLINE)),
                "smart.share-out-of-range", Severity.ERROR, CRITERION,
                "An increase of 100% of the baseline from a baseline of 60% would reach 120%, above 100%.");
    }

    @Test
    void reductionExceedsBaseline() {
        assertNone(with(quant(gap(), "12", Direction.DECREASE, TargetKind.PERCENTAGE_POINTS, "12", DEADLINE)),
                "smart.reduction-exceeds-baseline");
        assertOnly(with(quant(gap(), "12", Direction.DECREASE, TargetKind.PERCENTAGE_POINTS, "15", DEADLINE)),
                "smart.reduction-exceeds-baseline", Severity.ERROR, CRITERION,
                "This criterion asks to reduce the attainment gap by 15, more than its starting value of 12.");
        assertOnly(with(quant(gap(), "12", Direction.DECREASE, TargetKind.RELATIVE_PERCENT, "150", DEADLINE)),
                "smart.reduction-exceeds-baseline", Severity.ERROR, CRITERION,
                "A reduction of 150% is more than the whole of the starting value.");
        // A share falling below 0 is reported once, as share-out-of-range.
        assertNone(with(quant(share(), "5", Direction.DECREASE, TargetKind.PERCENTAGE_POINTS, "10", DEADLINE)),
                "smart.reduction-exceeds-baseline");
    }

    @Test
    void negativeCount() {
        Measure count = measure(MeasureKind.COUNT, Fixtures.MALE, false, null);
        assertNone(with(quant(count, "0", Direction.INCREASE, TargetKind.LEVEL, "5", DEADLINE)),
                "smart.negative-count");
        assertOnly(with(quant(count, "10", Direction.DECREASE, TargetKind.LEVEL, "-2", DEADLINE)),
                "smart.negative-count", Severity.ERROR, CRITERION, "A count cannot be negative, but the target is -2.");
        assertOnly(with(quant(count, "-1", Direction.INCREASE, TargetKind.LEVEL, "5", DEADLINE)),
                "smart.negative-count", Severity.ERROR, CRITERION,
                "A count cannot be negative, but the baseline is -1.");
    }

    private static EqualityPlan withAction(TimeFrame frame, SuccessCriterion criterion) {
        Objective o = Fixtures.objectiveBuilder("o1").addAims(DutyAim.ADVANCE_EQUALITY_OF_OPPORTUNITY)
                .addCharacteristics(ProtectedCharacteristic.SEX).addPopulations(Population.STAFF)
                .addActions(Fixtures.action(frame, criterion)).build();
        return plan(o);
    }

    @Test
    void notTimeBound() {
        SuccessCriterion undated = quant(share(), "20", Direction.INCREASE, TargetKind.LEVEL, "30", null);
        // The action's date makes the criterion time-bound; a reviewed ongoing action is time-bound itself.
        assertNone(withAction(TimeFrame.within(Period.ofMonths(6)), undated), "smart.not-time-bound");
        assertNone(withAction(TimeFrame.ongoing(Recurrence.TERMLY), Fixtures.goodCriterion()), "smart.not-time-bound");
        assertOnly(withAction(TimeFrame.recurring(Recurrence.ANNUALLY), undated), "smart.not-time-bound",
                Severity.WARNING, CRITERION, "This criterion has no deadline, and its action has no date.");
        assertOnly(withAction(TimeFrame.ongoing(), Fixtures.goodCriterion()), "smart.not-time-bound",
                Severity.WARNING, "objectives[0].actions[0]",
                "This action is ongoing with no review point, so nobody can tell when to check on it.");
        assertOnly(withAction(TimeFrame.ongoing(Recurrence.TERMLY), Milestone.of("c1", "Policy reviewed")),
                "smart.not-time-bound", Severity.WARNING, CRITERION,
                "This criterion has no deadline, and its action has no date.");
        assertOnly(withAction(null, Fixtures.goodCriterion()), "smart.not-time-bound", Severity.WARNING,
                "objectives[0].actions[0]", "This action has no time frame.");
    }

    @Test
    void notTimeBoundObjectiveLevel() {
        Objective.Builder base = Fixtures.objectiveBuilder("o1").addAims(DutyAim.ADVANCE_EQUALITY_OF_OPPORTUNITY)
                .addCharacteristics(ProtectedCharacteristic.SEX).addPopulations(Population.STAFF)
                .addSuccessCriteria(quant(share(), "20", Direction.INCREASE, TargetKind.LEVEL, "30", null));
        EqualityPlan undated = plan(base.build());
        List<Finding> found = Fixtures.findings(undated, "smart.not-time-bound");
        assertEquals("[warning smart.not-time-bound objectives[0].successCriteria[0]: This criterion has no deadline, "
                + "and its objective has no target date.]", found.toString());
        Objective bare = Fixtures.objectiveBuilder("o1").addAims(DutyAim.ADVANCE_EQUALITY_OF_OPPORTUNITY)
                .addCharacteristics(ProtectedCharacteristic.SEX).addPopulations(Population.STAFF)
                .addSuccessCriteria(QualitativeCriterion.of("c1", "Staff feel included")).build();
        assertOnly(plan(bare), "smart.not-time-bound", Severity.WARNING, "objectives[0]", "This objective has no "
                + "target date and no actions with a time frame, so it is not clear by when it should be achieved.");
        Objective.Builder dated = Fixtures.objectiveBuilder("o1").addAims(DutyAim.ADVANCE_EQUALITY_OF_OPPORTUNITY)
                .addCharacteristics(ProtectedCharacteristic.SEX).addPopulations(Population.STAFF)
                .targetDate(DEADLINE)
                .addSuccessCriteria(quant(share(), "20", Direction.INCREASE, TargetKind.LEVEL, "30", null));
        assertNone(plan(dated.build()), "smart.not-time-bound");
    }

    @Test
    void deadlineOutsidePeriod() {
        assertNone(withAction(TimeFrame.dueBy(LocalDate.of(2027, 12, 31)), Fixtures.goodCriterion()),
                "smart.deadline-outside-period");
        assertOnly(with(quant(share(), "20", Direction.INCREASE, TargetKind.LEVEL, "30", LocalDate.of(2028, 1, 1))),
                "smart.deadline-outside-period", Severity.ERROR, CRITERION,
                "The deadline 2028-01-01 is outside the plan period, 2024-01-01 to 2027-12-31.");
        assertOnly(withAction(TimeFrame.within(Period.ofYears(5)), Fixtures.goodCriterion()),
                "smart.deadline-outside-period", Severity.ERROR, "objectives[0].actions[0]",
                "The time frame 2029-01-01 is outside the plan period, 2024-01-01 to 2027-12-31.");
        Objective late = Fixtures.objectiveBuilder("o1").addAims(DutyAim.ADVANCE_EQUALITY_OF_OPPORTUNITY)
                .addCharacteristics(ProtectedCharacteristic.SEX).addPopulations(Population.STAFF)
                .targetDate(LocalDate.of(2023, 6, 30))
                .addActions(Fixtures.action(TimeFrame.dueBy(DEADLINE), Fixtures.goodCriterion())).build();
        assertOnly(plan(late), "smart.deadline-outside-period", Severity.ERROR, "objectives[0].targetDate",
                "The target date 2023-06-30 is outside the plan period, 2024-01-01 to 2027-12-31.");
    }

    @Test
    void notSpecific() {
        // Nobody named: no characteristic, group or population (a population alone is specific enough for 0.2.0;
        // see VersionTwoConventionsTest).
        Objective vague = Fixtures.objectiveBuilder("o1").addAims(DutyAim.FOSTER_GOOD_RELATIONS)
                .addActions(Fixtures.action(TimeFrame.dueBy(DEADLINE), Fixtures.goodCriterion())).build();
        assertOnly(plan(vague), "smart.not-specific", Severity.WARNING, "objectives[0]",
                "This objective does not say which protected characteristic or group of people it is for.");
        assertOnly(with(quant(measure(MeasureKind.REPRESENTATION_SHARE, null, false, null), "20", Direction.INCREASE,
                TargetKind.LEVEL, "30", DEADLINE)), "smart.not-specific", Severity.WARNING, CRITERION,
                "This measure does not say which group it is about, and a measure of this kind "
                        + "(representation share) needs one.");
        assertOnly(with(quant(measure(MeasureKind.ATTAINMENT_GAP, Fixtures.DISADVANTAGED, false,
                MeasureUnit.PERCENTAGE_POINTS), "12", Direction.DECREASE, TargetKind.LEVEL, "8", DEADLINE)),
                "smart.not-specific", Severity.WARNING, CRITERION,
                "This measure does not say which group the attainment gap is measured against.");
        // A rate over the whole population needs no focus group.
        assertNone(with(quant(measure(MeasureKind.DISCLOSURE_RATE, null, false, null), "60", Direction.INCREASE,
                TargetKind.LEVEL, "80", DEADLINE)), "smart.not-specific");
    }

    @Test
    void notRelevant() {
        Objective noAim = Fixtures.objectiveBuilder("o1").addCharacteristics(ProtectedCharacteristic.SEX)
                .addPopulations(Population.STAFF)
                .addActions(Fixtures.action(TimeFrame.dueBy(DEADLINE), Fixtures.goodCriterion())).build();
        assertOnly(plan(noAim), "smart.not-relevant", Severity.WARNING, "objectives[0]",
                "This objective is not tied to any aim of the general equality duty.");
    }

    @Test
    void aimsStatedOnceForThePlanCountForEveryObjective() {
        // Issue 13, "Less noise": a plan that states the duty's aims once for all its objectives (as Barrow CEVC
        // Primary's "The objectives will help to meet the three arms of the general duties") ties each of them.
        Objective noAim = Fixtures.objectiveBuilder("o1").addCharacteristics(ProtectedCharacteristic.SEX)
                .addPopulations(Population.STAFF)
                .addActions(Fixtures.action(TimeFrame.dueBy(DEADLINE), Fixtures.goodCriterion())).build();
        Objective other = Fixtures.objectiveBuilder("o2").addCharacteristics(ProtectedCharacteristic.RACE)
                .addPopulations(Population.STAFF)
                .addActions(Fixtures.action(TimeFrame.dueBy(DEADLINE), Fixtures.goodCriterion())).build();
        EqualityPlan planWide = Fixtures.planBuilder().addAims(DutyAim.FOSTER_GOOD_RELATIONS)
                .addObjectives(noAim, other).addInformationPublishedOn(LocalDate.of(2024, 9, 1)).build();
        assertNone(planWide, "smart.not-relevant");
        assertEquals("[objectives[0] o1 SMART, objectives[1] o2 SMART]",
                Fixtures.assess(planWide).getObjectives().toString());
    }

    @Test
    void summaryListsTheLettersMet() {
        Action ongoing = Fixtures.action(TimeFrame.ongoing(), QualitativeCriterion.of("c1", "Positive feedback"));
        Objective o = Fixtures.objectiveBuilder("o1").addCharacteristics(ProtectedCharacteristic.SEX)
                .addPopulations(Population.STAFF).addActions(ongoing).build();
        ObjectiveSummary summary = Fixtures.assess(plan(o)).getObjectives().get(0);
        assertEquals("objectives[0] o1 S-A--", summary.toString());
        assertEquals(java.util.EnumSet.of(SmartLetter.M, SmartLetter.R, SmartLetter.T), summary.getUnmet());
    }

    @Test
    void shareOutOfRangeAppliesToAnyMeasureStatedInPercentExceptGaps() {
        // A mean score stated in percent is a share; a pay gap in percent is not (a gap may be negative or exceed
        // 100); a mean score in its own units, or with no unit, is not either.
        Measure scoreInPercent = measure(MeasureKind.MEAN_SCORE, Fixtures.MALE, false, MeasureUnit.PERCENT);
        assertOnly(with(quant(scoreInPercent, "20", Direction.INCREASE, TargetKind.LEVEL, "120", DEADLINE)),
                "smart.share-out-of-range", Severity.ERROR, CRITERION,
                "The target of 120% is not a possible share: shares lie between 0% and 100%.");
        for (Measure m : List.of(measure(MeasureKind.PAY_GAP, Fixtures.MALE, false, MeasureUnit.PERCENT),
                measure(MeasureKind.MEAN_SCORE, Fixtures.MALE, false, MeasureUnit.SCORE),
                measure(MeasureKind.MEAN_SCORE, Fixtures.MALE, false, null))) {
            assertNone(with(quant(m, "-5", Direction.INCREASE, TargetKind.LEVEL, "120", DEADLINE)),
                    "smart.share-out-of-range");
        }
        // 0% and 100% are possible shares.
        assertNone(with(quant(share(), "0", Direction.INCREASE, TargetKind.LEVEL, "100", DEADLINE)),
                "smart.share-out-of-range");
        assertNone(with(quant(share(), "100", Direction.DECREASE, TargetKind.LEVEL, "0", DEADLINE)),
                "smart.share-out-of-range");
    }

    @Test
    void negativeCountAppliesToAnyMeasureStatedAsACount() {
        Measure scoreAsCount = measure(MeasureKind.MEAN_SCORE, Fixtures.MALE, false, MeasureUnit.COUNT);
        assertOnly(with(quant(scoreAsCount, "-1", Direction.INCREASE, TargetKind.LEVEL, "5", DEADLINE)),
                "smart.negative-count", Severity.ERROR, CRITERION, "A count cannot be negative, but the baseline is -1.");
        for (Measure m : List.of(measure(MeasureKind.MEAN_SCORE, Fixtures.MALE, false, MeasureUnit.SCORE),
                measure(MeasureKind.MEAN_SCORE, Fixtures.MALE, false, null))) {
            assertNone(with(quant(m, "-1", Direction.DECREASE, TargetKind.LEVEL, "-2", DEADLINE)),
                    "smart.negative-count");
        }
        // Down to none at all is a possible count.
        assertNone(with(quant(measure(MeasureKind.COUNT, Fixtures.MALE, false, null), "10", Direction.DECREASE,
                TargetKind.LEVEL, "0", DEADLINE)), "smart.negative-count");
    }

    @Test
    void directionContradictsOnlyALevelThatIsOnTheWrongSide() {
        // A target equal to the baseline asks for no change, which contradicts neither direction.
        assertNone(with(quant(share(), "20", Direction.DECREASE, TargetKind.LEVEL, "20", DEADLINE)),
                "smart.direction-contradicts");
        assertNone(with(quant(share(), "20", Direction.INCREASE, TargetKind.LEVEL, "20", DEADLINE)),
                "smart.direction-contradicts");
        // A change of 30 points is a size, not a level: a decrease by 30 from 20 is not "a target above 20".
        assertNone(with(quant(share(), "20", Direction.DECREASE, TargetKind.PERCENTAGE_POINTS, "30", DEADLINE)),
                "smart.direction-contradicts");
    }

    @Test
    void reductionExceedsBaselineAtItsBounds() {
        // A reduction of exactly 100% reaches zero, which is possible.
        assertNone(with(quant(gap(), "12", Direction.DECREASE, TargetKind.RELATIVE_PERCENT, "100", DEADLINE)),
                "smart.reduction-exceeds-baseline");
        // From a gap of 0, any reduction goes below it: 0 - 5 = -5.
        assertOnly(with(quant(gap(), "0", Direction.DECREASE, TargetKind.PERCENTAGE_POINTS, "5", DEADLINE)),
                "smart.reduction-exceeds-baseline", Severity.ERROR, CRITERION,
                "This criterion asks to reduce the attainment gap by 5, more than its starting value of 0.");
    }

    @Test
    void outputNotOutcomeLooksAtEachObjectivesOwnCriteria() {
        Objective tasks = Fixtures.objectiveBuilder("o1").addAims(DutyAim.ADVANCE_EQUALITY_OF_OPPORTUNITY)
                .addCharacteristics(ProtectedCharacteristic.SEX).addPopulations(Population.STAFF)
                .addActions(Fixtures.action(TimeFrame.dueBy(DEADLINE), Milestone.builder().id("c1")
                        .text("Recruitment policy reviewed").due(DEADLINE).build())).build();
        Objective outcome = Fixtures.objectiveBuilder("o2").addAims(DutyAim.ADVANCE_EQUALITY_OF_OPPORTUNITY)
                .addCharacteristics(ProtectedCharacteristic.SEX).addPopulations(Population.STAFF)
                .addActions(Fixtures.action(TimeFrame.dueBy(DEADLINE), quant(share(), "20", Direction.INCREASE,
                        TargetKind.LEVEL, "30", DEADLINE))).build();
        List<Finding> found = Fixtures.findings(plan(tasks, outcome), "smart.output-not-outcome");
        assertEquals(List.of("objectives[0]"), found.stream().map(Finding::getPath).toList());
    }

    @Test
    void aGroupNamedButNotDefinedStaysUndefinedWithAnUndefinedEmphasis() {
        Group vague = Group.builder().label("vulnerable pupils").emphasis(Group.builder().label("young carers")
                .build()).build();
        Objective o = Fixtures.objectiveBuilder("o1").addAims(DutyAim.ADVANCE_EQUALITY_OF_OPPORTUNITY)
                .addPopulations(Population.PUPILS).addGroups(vague)
                .addActions(Fixtures.action(TimeFrame.dueBy(DEADLINE), Fixtures.goodCriterion())).build();
        assertOnly(plan(o), "smart.not-specific", Severity.WARNING, "objectives[0].groups",
                "This objective's groups are named but not defined ('vulnerable pupils'), so nobody can tell who it "
                        + "is for.");
        Group emphasised = Group.builder().label("vulnerable pupils").emphasis(Fixtures.DISADVANTAGED).build();
        assertNone(plan(Fixtures.objectiveBuilder("o1").addAims(DutyAim.ADVANCE_EQUALITY_OF_OPPORTUNITY)
                .addPopulations(Population.PUPILS).addGroups(emphasised)
                .addActions(Fixtures.action(TimeFrame.dueBy(DEADLINE), Fixtures.goodCriterion())).build()),
                "smart.not-specific");
    }

    @Test
    void aTargetDateWithinThePeriodPasses() {
        // The period is 2024-01-01 to 2027-12-31 (Fixtures.PERIOD), its last day included.
        Objective dated = Fixtures.objectiveBuilder("o1").addAims(DutyAim.ADVANCE_EQUALITY_OF_OPPORTUNITY)
                .addCharacteristics(ProtectedCharacteristic.SEX).addPopulations(Population.STAFF)
                .targetDate(LocalDate.of(2027, 12, 31))
                .addActions(Fixtures.action(TimeFrame.dueBy(DEADLINE), Fixtures.goodCriterion())).build();
        assertNone(plan(dated), "smart.deadline-outside-period");
    }

    @Test
    void aMilestonesDueDateOutsideThePeriodIsFlagged() {
        assertOnly(with(Milestone.builder().id("c1").text("Policy reviewed").due(LocalDate.of(2028, 1, 1)).build()),
                "smart.deadline-outside-period", Severity.ERROR, CRITERION,
                "The deadline 2028-01-01 is outside the plan period, 2024-01-01 to 2027-12-31.");
    }
}
