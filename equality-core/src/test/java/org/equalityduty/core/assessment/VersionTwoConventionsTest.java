package org.equalityduty.core.assessment;

import static org.equalityduty.core.assessment.Fixtures.assertNone;
import static org.equalityduty.core.assessment.Fixtures.assertOnly;
import static org.equalityduty.core.assessment.Fixtures.measure;
import static org.equalityduty.core.assessment.Fixtures.objective;
import static org.equalityduty.core.assessment.Fixtures.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.equalityduty.core.constraints.Severity;
import org.equalityduty.core.duty.DutyAim;
import org.equalityduty.core.duty.Jurisdiction;
import org.equalityduty.core.duty.Organisation;
import org.equalityduty.core.duty.OrganisationType;
import org.equalityduty.core.duty.Phase;
import org.equalityduty.core.duty.Population;
import org.equalityduty.core.duty.ProtectedCharacteristic;
import org.equalityduty.core.plan.Benchmark;
import org.equalityduty.core.plan.BenchmarkScope;
import org.equalityduty.core.plan.Direction;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.InLineWith;
import org.equalityduty.core.plan.Measure;
import org.equalityduty.core.plan.MeasureKind;
import org.equalityduty.core.plan.Objective;
import org.equalityduty.core.plan.PlanDate;
import org.equalityduty.core.plan.QualitativeCriterion;
import org.equalityduty.core.plan.QuantitativeTarget;
import org.equalityduty.core.plan.Target;
import org.equalityduty.core.plan.TargetKind;
import org.equalityduty.core.population.Dimensions;
import org.equalityduty.core.population.Group;
import org.junit.jupiter.api.Test;

/**
 * How the existing rules read what only format version 2 can say, following the conventions the corpus reviewers
 * wrote down (examples/corpus/README.md, "What the reviewers' findings call for"): an "in line with" is a target;
 * a criterion that is not measurable is not also said to lack a baseline; a plan with no stated end is not checked
 * for deadlines against it; an objective for a named population is specific enough for aims (a) and (c); groups kept
 * only by their label; emphasis; special schools.
 */
class VersionTwoConventionsTest {
    private static final Group BOYS = Group.of(Dimensions.category("sex:male"));
    private static final Group GIRLS = Group.of(Dimensions.category("sex:female"));
    private static final Group DISADVANTAGED = Fixtures.DISADVANTAGED;

    private static Objective pupils(Group group, QuantitativeTarget criterion) {
        Objective.Builder b = Fixtures.objectiveBuilder("o1").addAims(DutyAim.ADVANCE_EQUALITY_OF_OPPORTUNITY)
                .addPopulations(Population.PUPILS).addGroups(group);
        if (criterion != null) {
            b.addSuccessCriteria(criterion);
        }
        return b.targetDate(LocalDate.of(2026, 7, 31)).build();
    }

    private static QuantitativeTarget.Builder gap(MeasureKind kind) {
        return QuantitativeTarget.builder().id("o1.c1").text("close the gap").measure(Measure.builder().kind(kind)
                .population(Population.PUPILS).focusGroup(BOYS).reference(
                        org.equalityduty.core.plan.GroupReference.of(GIRLS)).build());
    }

    @Test
    void inLineWithIsATargetAndNeedsABaseline() {
        QuantitativeTarget c = QuantitativeTarget.builder().id("o1.c1").text("boys in line with girls")
                .measure(Measure.builder().kind(MeasureKind.ATTAINMENT_RATE).population(Population.PUPILS)
                        .focusGroup(BOYS).build())
                .direction(Direction.INCREASE)
                .inLineWith(InLineWith.builder().benchmark(Benchmark.builder().label("girls").group(GIRLS).build())
                        .tolerance(new BigDecimal("2")).build())
                .build();
        EqualityPlan p = plan(pupils(BOYS, c));
        assertNone(p, "smart.not-measurable");
        assertOnly(p, "smart.no-baseline", Severity.WARNING, "objectives[0].successCriteria[0]",
                "This criterion does not say where the measure starts from, so progress cannot be measured.");
    }

    @Test
    void aCriterionWithNoTargetIsNotMeasurableOnlyNotAlsoWithoutBaseline() {
        EqualityPlan p = plan(pupils(BOYS, gap(MeasureKind.ATTAINMENT_GAP).direction(Direction.DECREASE).build()));
        assertOnly(p, "smart.not-measurable", Severity.WARNING, "objectives[0].successCriteria[0]",
                "This criterion names a measure but sets no number to reach, so nobody can tell when it has been met.");
        assertNone(p, "smart.no-baseline");
    }

    @Test
    void closingAGapOfNoStatedUnitIsNotMeasurable() {
        // "close the gap in attainment": a level of 0 on an attainment gap, whose unit depends on the outcome.
        EqualityPlan p = plan(pupils(BOYS, gap(MeasureKind.ATTAINMENT_GAP).direction(Direction.DECREASE)
                .target(Target.of(TargetKind.LEVEL, "0")).build()));
        assertOnly(p, "smart.not-measurable", Severity.WARNING, "objectives[0].successCriteria[0]",
                "This criterion sets a level of 0 but does not say what the measure is counted in (percentage points, "
                        + "scaled-score points, grades), so nobody can tell what is to be measured.");
        assertNone(p, "smart.no-baseline");
        // With a unit, closing the gap is measurable and needs its starting size.
        EqualityPlan points = plan(pupils(BOYS, QuantitativeTarget.builder().id("o1.c1").text("close the gap")
                .measure(measure(MeasureKind.ATTAINMENT_GAP, BOYS, true,
                        org.equalityduty.core.plan.MeasureUnit.PERCENTAGE_POINTS))
                .direction(Direction.DECREASE).target(Target.of(TargetKind.LEVEL, "0")).build()));
        assertNone(points, "smart.not-measurable");
        assertOnly(points, "smart.no-baseline", Severity.WARNING, "objectives[0].successCriteria[0]",
                "This criterion does not say where the measure starts from, so progress cannot be measured.");
    }

    @Test
    void aBoundOnAMeasureOfNoStatedUnitIsAmbiguous() {
        // "the gap closes to no more than 20%": points, or a share of the gap?
        assertOnly(plan(pupils(BOYS, gap(MeasureKind.ATTAINMENT_GAP).direction(Direction.DECREASE)
                .target(Target.of(TargetKind.AT_MOST, "20")).build())), "smart.ambiguous-target", Severity.WARNING, "objectives[0].successCriteria[0]",
                "This criterion sets at most 20 but does not say what the measure is counted in: say whether you mean "
                        + "20 percentage points or 20% of the current value.");
    }

    @Test
    void aBaselineIsNotAskedForWhereTheBenchmarkItselfHasNoFigure() {
        QuantitativeTarget c = QuantitativeTarget.builder().id("o1.c1").text("close the gap to pupils nationally")
                .measure(Measure.builder().kind(MeasureKind.PROGRESS_SCORE).population(Population.PUPILS)
                        .focusGroup(DISADVANTAGED).reference(Benchmark.builder().label("all pupils nationally")
                                .scope(BenchmarkScope.NATIONAL).build()).build())
                .direction(Direction.DECREASE).target(Target.of(TargetKind.LEVEL, "0")).build();
        assertNone(plan(pupils(DISADVANTAGED, c)), "smart.no-baseline");
    }

    private static EqualityPlan.Builder undated(Objective o) {
        return EqualityPlan.builder().organisation(Organisation.trust("Test Trust")).jurisdiction(Jurisdiction.ENGLAND)
                .addObjectives(o);
    }

    @Test
    void withNoStatedEndNothingIsCheckedAgainstIt() {
        Objective none = Fixtures.objectiveBuilder("o1").addAims(DutyAim.FOSTER_GOOD_RELATIONS)
                .addPopulations(Population.PUPILS).build();
        assertNone(undated(none).build(), "smart.not-time-bound");
        assertNone(undated(none).periodAsWritten("2022-2026").build(), "smart.not-time-bound");
        assertNone(undated(none).openEndedStart(PlanDate.parse("2024-04")).build(), "smart.deadline-outside-period");
    }

    @Test
    void undatedObjectivesAreOverdueOnlyOnARecordedOrStatedDate() {
        Objective o = objective();
        assertNone(undated(o).build(), "duty.objectives-overdue");
        assertNone(undated(o).periodAsWritten("2023-2026").build(), "duty.objectives-overdue");
        // "2018/2021" on either reading started by 1 September 2018: overdue from 1 September 2022.
        assertOnly(undated(o).periodAsWritten("2018/2021").build(), "duty.objectives-overdue", Severity.ERROR, "",
                "The plan does not say when it was published; counting from the start of its period, 2018-09-01, the "
                        + "specific duties for England (SI 2017/353) required new objectives by 2022-09-01 (at least "
                        + "every 4 years).");
    }

    @Test
    void anObjectiveForANamedPopulationIsSpecificEnough() {
        Objective understanding = Fixtures.objectiveBuilder("o1").addAims(DutyAim.FOSTER_GOOD_RELATIONS)
                .addPopulations(Population.PUPILS).build();
        assertNone(plan(understanding), "smart.not-specific");
        Objective nobody = Fixtures.objectiveBuilder("o1").addAims(DutyAim.ADVANCE_EQUALITY_OF_OPPORTUNITY).build();
        assertOnly(plan(nobody), "smart.not-specific", Severity.WARNING, "objectives[0]",
                "This objective does not say which protected characteristic or group of people it is for.");
    }

    @Test
    void groupsKeptOnlyByTheirLabelAreNotSpecific() {
        Group vulnerable = Group.builder().label("vulnerable pupils").build();
        assertOnly(plan(pupils(vulnerable, null)), "smart.not-specific", Severity.WARNING, "objectives[0].groups",
                "This objective's groups are named but not defined ('vulnerable pupils'), so nobody can tell who it "
                        + "is for.");
        assertNone(plan(pupils(vulnerable, null)), "smart.focus-is-everyone");
        Group stressed = Group.builder().label("particular groups").emphasis(DISADVANTAGED).build();
        assertNone(plan(pupils(stressed, null)), "smart.not-specific");
        Objective race = Fixtures.objectiveBuilder("o1").addAims(DutyAim.ADVANCE_EQUALITY_OF_OPPORTUNITY)
                .addCharacteristics(ProtectedCharacteristic.RACE).addPopulations(Population.STAFF)
                .addGroups(Group.builder().label("staff from ethnic minority backgrounds").build()).build();
        assertNone(plan(race), "smart.not-specific");
    }

    @Test
    void everyoneIsTheFocusUnlessAnEmphasisNamesOneOrTheSchoolIsSpecial() {
        Group all = Group.builder().label("all groups of pupils").build();
        assertOnly(plan(pupils(all, null)), "smart.focus-is-everyone", Severity.WARNING, "objectives[0].groups",
                "The group 'all groups of pupils' is everyone, so no inequality between groups is targeted.");
        assertNone(plan(pupils(Group.builder().label("all children").emphasis(DISADVANTAGED).build(), null)),
                "smart.focus-is-everyone");
        EqualityPlan special = EqualityPlan.builder().organisation(Organisation.builder()
                .type(OrganisationType.SCHOOL).name("Test Special School").addPhases(Phase.SPECIAL).build())
                .jurisdiction(Jurisdiction.ENGLAND).period(Fixtures.PERIOD).addObjectives(pupils(Group.builder().label("all pupils").build(), null)).build();
        assertNone(special, "smart.focus-is-everyone");
    }

    @Test
    void aPlanThatAdoptsObjectivesIsNotJudgedOnItsOwnObjectivesAlone() {
        Objective disadvantaged = Fixtures.objectiveBuilder("o1").addAims(DutyAim.ADVANCE_EQUALITY_OF_OPPORTUNITY)
                .addGroups(DISADVANTAGED).addPopulations(Population.PUPILS).build();
        assertOnly(plan(disadvantaged), "duty.non-protected-only", Severity.ADVICE, "",
                "Every objective is about groups that are not protected characteristics, such as disadvantaged "
                        + "pupils. That is allowed and often wise, but the equality duty is about protected "
                        + "characteristics.");
        EqualityPlan adopting = Fixtures.planBuilder().addObjectives(disadvantaged)
                .addAdoptions(org.equalityduty.core.plan.Adoption.builder().organisation("Test Trust")
                        .addObjectives(org.equalityduty.core.plan.AdoptedObjective.of("1")).build())
                .build();
        assertNone(adopting, "duty.non-protected-only");
    }

    @Test
    void aStaffMeasureInsideAPupilObjectiveIsAMismatchWhateverTheCriterionsKind() {
        QualitativeCriterion staff = QualitativeCriterion.builder().id("o1.c1").text("Staff questionnaire")
                .measure(Measure.builder().kind(MeasureKind.SURVEY_POSITIVE_RATE).population(Population.STAFF).build())
                .build();
        Objective o = Fixtures.objectiveBuilder("o1").addAims(DutyAim.FOSTER_GOOD_RELATIONS)
                .addCharacteristics(ProtectedCharacteristic.RACE).addPopulations(Population.PUPILS)
                .addSuccessCriteria(staff).build();
        assertOnly(plan(o), "smart.population-mismatch", Severity.WARNING, "objectives[0].successCriteria[0]",
                "This criterion measures staff, but the objective is about pupils.");
    }
}
