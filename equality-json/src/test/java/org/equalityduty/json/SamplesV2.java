package org.equalityduty.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import org.equalityduty.core.duty.DutyAim;
import org.equalityduty.core.duty.Jurisdiction;
import org.equalityduty.core.duty.Organisation;
import org.equalityduty.core.duty.OrganisationType;
import org.equalityduty.core.duty.Phase;
import org.equalityduty.core.duty.Population;
import org.equalityduty.core.duty.SchoolType;
import org.equalityduty.core.plan.Action;
import org.equalityduty.core.plan.AdoptedObjective;
import org.equalityduty.core.plan.Adoption;
import org.equalityduty.core.plan.Baseline;
import org.equalityduty.core.plan.Benchmark;
import org.equalityduty.core.plan.BenchmarkScope;
import org.equalityduty.core.plan.Direction;
import org.equalityduty.core.plan.DueBy;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.InLineWith;
import org.equalityduty.core.plan.KeyStage;
import org.equalityduty.core.plan.Measure;
import org.equalityduty.core.plan.MeasureKind;
import org.equalityduty.core.plan.Milestone;
import org.equalityduty.core.plan.Objective;
import org.equalityduty.core.plan.PlanDate;
import org.equalityduty.core.plan.PlanPeriod;
import org.equalityduty.core.plan.QuantitativeTarget;
import org.equalityduty.core.plan.ReviewSchedule;
import org.equalityduty.core.plan.Target;
import org.equalityduty.core.plan.TargetKind;
import org.equalityduty.core.population.Dimensions;
import org.equalityduty.core.population.Group;

/** Hand-built plans that between them use every construct format version 2 adds. */
final class SamplesV2 {
    static final Group DISADVANTAGED_BOYS = Group.builder().addCategories(Dimensions.category("disadvantage:disadvantaged"))
            .emphasis(Group.builder().label("boys").addCategories(Dimensions.category("sex:male")).build()).build();

    private SamplesV2() {
    }

    static Benchmark nationalPeers() {
        return Benchmark.builder().label("non-disadvantaged pupils nationally").scope(BenchmarkScope.NATIONAL)
                .group(Group.of(Dimensions.category("disadvantage:not_disadvantaged"))).build();
    }

    /** A school plan for academic years 2024/25 to 2027/28, with every new construct that needs a period end. */
    static EqualityPlan schoolPlan() {
        Measure attendance = Measure.builder().kind(MeasureKind.ATTENDANCE_RATE).population(Population.PUPILS)
                .focusGroup(Group.of(Dimensions.category("disadvantage:disadvantaged"), Dimensions.category("sex:male")))
                .build();
        Measure progress8 = Measure.builder().kind(MeasureKind.PROGRESS_SCORE).population(Population.PUPILS)
                .focusGroup(Group.of(Dimensions.category("looked_after:looked_after")))
                .addKeyStages(KeyStage.KS4).build();
        Measure suspensions = Measure.builder().kind(MeasureKind.SUSPENSION_COUNT).population(Population.PUPILS)
                .focusGroup(Group.of(Dimensions.category("year_group:y9"))).build();
        Objective o1 = Objective.builder().id("o1")
                .title("Narrow the attendance gap for disadvantaged pupils, especially boys")
                .addGroups(DISADVANTAGED_BOYS, Group.builder().label("vulnerable pupils").build())
                .addPopulations(Population.PUPILS)
                .addSuccessCriteria(QuantitativeTarget.builder().id("o1.c1").text("in line with national")
                        .measure(attendance)
                        .inLineWith(InLineWith.builder().benchmark(nationalPeers()).build())
                        .direction(Direction.MAINTAIN).directionStated(false)
                        .deadline(PlanDate.term(PlanDate.Term.SUMMER, 2026)).build())
                .addSuccessCriteria(QuantitativeTarget.builder().id("o1.c2").text("at least 96%")
                        .measure(attendance)
                        .baseline(Baseline.builder().value(new BigDecimal("91.2")).date(PlanDate.academicYear(2023))
                                .build())
                        .target(Target.of(TargetKind.AT_LEAST, "96"))
                        .direction(Direction.INCREASE).directionStated(false)
                        .deadline(LocalDate.of(2028, 8, 31)).deadlineAsStated(PlanDate.endOfPlan())
                        .addBenchmarks(Benchmark.builder().label("National attendance").value(new BigDecimal("93.0"))
                                .scope(BenchmarkScope.NATIONAL).year(PlanDate.academicYear(2023)).source("DfE")
                                .build())
                        .build())
                .targetDate(PlanDate.academicYear(2027))
                .build();
        Objective o2 = Objective.builder().id("o2").title("Looked-after children make good progress")
                .addPopulations(Population.PUPILS, Population.GOVERNORS)
                .addActions(Action.builder().description("Tutoring")
                        .timeFrame(DueBy.of(PlanDate.month(YearMonth.of(2025, 7)), LocalDate.of(2025, 7, 31)))
                        .addSuccessCriteria(Milestone.builder().id("o2.m1").text("Tutors in place")
                                .due(PlanDate.term(PlanDate.Term.AUTUMN, 2024)).build())
                        .addSuccessCriteria(QuantitativeTarget.builder().id("o2.c1").text("Progress 8 of 0.00 or more")
                                .measure(progress8).target(Target.of(TargetKind.AT_LEAST, "-0.00"))
                                .direction(Direction.INCREASE).build())
                        .addSuccessCriteria(QuantitativeTarget.builder().id("o2.c2").text("no more than 20 a year")
                                .measure(suspensions).target(Target.of(TargetKind.AT_MOST, "20"))
                                .direction(Direction.DECREASE).directionStated(false)
                                .deadline(PlanDate.year(2026)).build())
                        .build())
                .build();
        return EqualityPlan.builder()
                .organisation(Organisation.builder().type(OrganisationType.SCHOOL).name("Example Academy")
                        .schoolType(SchoolType.ACADEMY).addPhases(Phase.SECONDARY).build())
                .jurisdiction(Jurisdiction.ENGLAND)
                .period(PlanPeriod.of(PlanDate.academicYear(2024), PlanDate.academicYear(2027)))
                .periodAsWritten("2024-28")
                .review(ReviewSchedule.builder().every(Period.ofYears(1)).next(PlanDate.month(YearMonth.of(2025, 9)))
                        .lastReviewed(PlanDate.of(LocalDate.of(2024, 10, 12))).asWritten("reviewed annually").build())
                .title("Equality objectives")
                .addAdoptions(Adoption.builder().organisation("Example Learning Trust").version("April 2024")
                        .addObjectives(AdoptedObjective.of("t1"), AdoptedObjective.builder().id("t2")
                                .title("Embed equality in the wider organisation").build())
                        .build())
                .addObjectives(o1, o2)
                .build();
    }

    /**
     * A trust plan with a start and no end, adopted by {@link #schoolPlan()}, that states the duty's aims once for
     * all its objectives.
     */
    static EqualityPlan trustPlan() {
        return EqualityPlan.builder()
                .organisation(Organisation.builder().type(OrganisationType.TRUST).name("Example Learning Trust")
                        .addPhases(Phase.PRIMARY, Phase.SPECIAL).build())
                .jurisdiction(Jurisdiction.ENGLAND)
                .openEndedStart(PlanDate.month(YearMonth.of(2024, 4)))
                .periodAsWritten("Applicable from April 2024")
                .version("April 2024")
                .addAims(DutyAim.ELIMINATE_DISCRIMINATION, DutyAim.ADVANCE_EQUALITY_OF_OPPORTUNITY,
                        DutyAim.FOSTER_GOOD_RELATIONS)
                .addObjectives(Objective.builder().id("t1").title("Embed equality in the curriculum").build())
                .addObjectives(Objective.builder().id("t2").title("Embed equality in the wider organisation").build())
                .build();
    }

    /** A plan that states no period at all. */
    static EqualityPlan undatedPlan() {
        return EqualityPlan.builder()
                .organisation(Organisation.school("Example Primary", "123456"))
                .jurisdiction(Jurisdiction.ENGLAND)
                .addObjectives(Objective.builder().id("1").title("All groups achieve well")
                        .addGroups(Group.builder().label("all groups").build()).build())
                .build();
    }
}
