package org.equalityduty.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import org.equalityduty.core.plan.Action;
import org.equalityduty.core.plan.Baseline;
import org.equalityduty.core.plan.Benchmark;
import org.equalityduty.core.population.Category;
import org.equalityduty.core.population.Dimensions;
import org.equalityduty.core.plan.Direction;
import org.equalityduty.core.population.Disclosure;
import org.equalityduty.core.duty.DutyAim;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.population.Group;
import org.equalityduty.core.plan.GroupReference;
import org.equalityduty.core.duty.Jurisdiction;
import org.equalityduty.core.plan.KeyStage;
import org.equalityduty.core.plan.Measure;
import org.equalityduty.core.plan.MeasureKind;
import org.equalityduty.core.plan.MeasureUnit;
import org.equalityduty.core.plan.Milestone;
import org.equalityduty.core.plan.Objective;
import org.equalityduty.core.observation.Observation;
import org.equalityduty.core.observation.ObservationSeries;
import org.equalityduty.core.observation.ObservationStatus;
import org.equalityduty.core.duty.Organisation;
import org.equalityduty.core.duty.OrganisationType;
import org.equalityduty.core.plan.PlanPeriod;
import org.equalityduty.core.duty.Population;
import org.equalityduty.core.plan.PopulationReference;
import org.equalityduty.core.observation.ProgressRecord;
import org.equalityduty.core.duty.ProtectedCharacteristic;
import org.equalityduty.core.duty.PublicationRule;
import org.equalityduty.core.duty.PublishedItem;
import org.equalityduty.core.duty.Publisher;
import org.equalityduty.core.plan.QualitativeCriterion;
import org.equalityduty.core.plan.QuantitativeTarget;
import org.equalityduty.core.duty.Recurrence;
import org.equalityduty.core.plan.Subject;
import org.equalityduty.core.plan.Target;
import org.equalityduty.core.plan.TargetKind;
import org.equalityduty.core.plan.TimeFrame;

/** Hand-built values that between them use every type and every optional field of the wire format. */
final class Samples {
    static final Group DISADVANTAGED = Group.of(Dimensions.category("disadvantage:disadvantaged"));
    static final Category FAITH = Category.of("faith", "c_of_e", "Church of England");
    static final Category FAITH_REFUSED = Category.of("faith", "refused", "Refused", Disclosure.REFUSED);

    private Samples() {
    }

    static Measure gapMeasure() {
        return Measure.builder()
                .kind(MeasureKind.ATTAINMENT_GAP)
                .population(Population.PUPILS)
                .focusGroup(DISADVANTAGED)
                .reference(PopulationReference.REST_OF_POPULATION)
                .addSubjects(Subject.MATHS, Subject.READING)
                .addKeyStages(KeyStage.KS2)
                .unit(MeasureUnit.PERCENTAGE_POINTS)
                .description("Gap in % meeting the expected standard")
                .build();
    }

    static QuantitativeTarget quantitative() {
        return QuantitativeTarget.builder()
                .id("o1.c1")
                .text("Close the KS2 maths gap by 5 percentage points by July 2026")
                .measure(gapMeasure())
                .baseline(Baseline.builder().value(new BigDecimal("18.50")).date(LocalDate.of(2023, 7, 31))
                        .source("KS2 results 2023").build())
                .direction(Direction.DECREASE)
                .target(Target.of(TargetKind.PERCENTAGE_POINTS, "5"))
                .deadline(LocalDate.of(2026, 7, 31))
                .addBenchmarks(Benchmark.builder().label("National gap 2023").value(new BigDecimal("0.1E+2"))
                        .source("DfE").build())
                .build();
    }

    static Objective objective1() {
        return Objective.builder()
                .id("o1")
                .title("Narrow the attainment gap for disadvantaged pupils")
                .rationale("Disadvantaged pupils did less well in KS2 maths")
                .addAims(DutyAim.FOSTER_GOOD_RELATIONS, DutyAim.ADVANCE_EQUALITY_OF_OPPORTUNITY)
                .addCharacteristics(ProtectedCharacteristic.SEX, ProtectedCharacteristic.RACE)
                .addGroups(DISADVANTAGED, Group.labelled("Church of England girls",
                        java.util.List.of(Dimensions.category("sex:female"), FAITH)))
                .addPopulations(Population.PUPILS)
                .childFriendlyVersion("Everyone gets the help they need in maths")
                .addActions(Action.builder()
                        .description("Targeted maths tutoring")
                        .addResponsible("Maths lead", "Pupil premium lead")
                        .addResources("Tutoring grant")
                        .timeFrame(TimeFrame.within(Period.ofMonths(3)))
                        .addSuccessCriteria(quantitative())
                        .build())
                .addActions(Action.builder().description("Staff training").timeFrame(TimeFrame.ongoing(Recurrence.TERMLY))
                        .addSuccessCriteria(Milestone.builder().id("o1.m1").text("All staff trained")
                                .due(LocalDate.of(2024, 3, 31)).build())
                        .build())
                .addActions(Action.builder().description("Review").timeFrame(TimeFrame.dueBy(LocalDate.of(2026, 7, 31)))
                        .build())
                .addActions(Action.builder().description("Report").timeFrame(TimeFrame.recurring(Recurrence.ANNUALLY))
                        .build())
                .addActions(Action.builder().description("Listen").timeFrame(TimeFrame.ongoing()).build())
                .targetDate(LocalDate.of(2026, 7, 31))
                .build();
    }

    static Objective objective2() {
        Measure share = Measure.builder()
                .kind(MeasureKind.REPRESENTATION_SHARE)
                .population(Population.STAFF)
                .focusGroup(Group.of(FAITH_REFUSED))
                .reference(GroupReference.of(Group.of(Dimensions.category("sex:male"))))
                .within(Group.of(Dimensions.category("staff_role:teacher")))
                .build();
        Measure survey = Measure.builder()
                .kind(MeasureKind.SURVEY_POSITIVE_RATE)
                .population(Population.PARENTS_AND_COMMUNITY)
                .focusGroup(Group.of(Dimensions.category("ethnic_group:black")))
                .reference(Benchmark.of("Trust average", new BigDecimal("72.5")))
                .build();
        return Objective.builder()
                .id("o2")
                .title("Increase BAME staff")
                .addAims(DutyAim.ELIMINATE_DISCRIMINATION)
                .addPopulations(Population.STAFF, Population.JOB_APPLICANTS)
                .addSuccessCriteria(QuantitativeTarget.builder().id("o2.c1").text("Increase BAME staff from 2%")
                        .measure(share).direction(Direction.INCREASE).build())
                .addSuccessCriteria(QualitativeCriterion.builder().id("o2.q1").text("Positive feedback from parents")
                        .method("Annual survey").measure(survey).target(Target.of(TargetKind.LEVEL, "-1.25")).build())
                .addSuccessCriteria(QualitativeCriterion.of("o2.q2", "Staff feel valued"))
                .build();
    }

    static EqualityPlan fullPlan() {
        return EqualityPlan.builder()
                .organisation(Organisation.builder().type(OrganisationType.TRUST).name("Example Learning Trust")
                        .employeeCount(320)
                        .addSchools(Organisation.school("Example Primary", "123456"))
                        .addSchools(Organisation.builder().type(OrganisationType.SCHOOL).name("Example Academy")
                                .employeeCount(0).build())
                        .build())
                .jurisdiction(Jurisdiction.ENGLAND)
                .period(PlanPeriod.of(LocalDate.of(2023, 9, 1), LocalDate.of(2027, 8, 31)))
                .title("Equality objectives 2023-2027")
                .publishedOn(LocalDate.of(2023, 9, 15))
                .introduction("We aim to make our schools fair for everyone.")
                .addObjectives(objective1(), objective2())
                .impactStatement("Fewer gaps, more belonging.")
                .addInformationPublishedOn(LocalDate.of(2023, 9, 15), LocalDate.of(2024, 9, 15))
                .addProgressReportDates(LocalDate.of(2024, 7, 31))
                .addPublicationRules(PublicationRule.builder().publisher(Publisher.EACH_SCHOOL)
                        .addItems(PublishedItem.PROGRESS, PublishedItem.OBJECTIVES)
                        .progressUpdated(Recurrence.ANNUALLY)
                        .location("School website")
                        .text("Each school publishes its own objectives and progress annually.")
                        .build())
                .build();
    }

    static EqualityPlan minimalPlan() {
        return EqualityPlan.builder()
                .organisation(Organisation.school("Example Primary", "123456"))
                .jurisdiction(Jurisdiction.ENGLAND)
                .period(PlanPeriod.ofYears(2024, 2027))
                .build();
    }

    static ProgressRecord progress() {
        return ProgressRecord.builder()
                .asOf(LocalDate.of(2025, 7, 31))
                .addSeries(ObservationSeries.of("o1.c1", java.util.List.of(
                        Observation.builder().date(LocalDate.of(2024, 7, 31)).value(new BigDecimal("16.0"))
                                .sampleSize(58).lower(new BigDecimal("12.25")).upper(new BigDecimal("19.75"))
                                .note("Provisional").build(),
                        Observation.missing(LocalDate.of(2025, 7, 31), ObservationStatus.NOT_PUBLISHED))))
                .addSeries(ObservationSeries.of("o2.c1", java.util.List.of()))
                .putMilestonesCompleted("o1.m1", LocalDate.of(2024, 3, 20))
                .putEvidence("o2.q1", "Survey summary, July 2025")
                .putEvidence("o1.m1", "Training register")
                .build();
    }
}
