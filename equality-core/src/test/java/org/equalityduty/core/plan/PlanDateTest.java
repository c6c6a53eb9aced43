package org.equalityduty.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.equalityduty.core.InvalidValueException;
import org.equalityduty.core.duty.Jurisdiction;
import org.equalityduty.core.duty.Organisation;
import org.equalityduty.core.duty.Population;
import org.equalityduty.core.population.Dimensions;
import org.equalityduty.core.population.Group;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Stated dates and the format version 2 model: the days each form means (academic year 1 September to 31 August
 * and the term bounds of docs/domain.md, section 3, worked by hand), their invariants, and the checks that use them.
 */
class PlanDateTest {

    @ParameterizedTest
    @CsvSource({
        "2025-07-18, DAY, 2025-07-18, 2025-07-18",
        "2025-07, MONTH, 2025-07-01, 2025-07-31",
        "2024-02, MONTH, 2024-02-01, 2024-02-29",
        "2025, YEAR, 2025-01-01, 2025-12-31",
        "2025/26, ACADEMIC_YEAR, 2025-09-01, 2026-08-31",
        "1999/00, ACADEMIC_YEAR, 1999-09-01, 2000-08-31",
        "autumn 2025, TERM, 2025-09-01, 2025-12-31",
        "spring 2026, TERM, 2026-01-01, 2026-04-30",
        "summer 2026, TERM, 2026-04-01, 2026-07-31",
    })
    void eachFormMeansTheDaysItCanFallOn(String text, PlanDate.Precision precision, LocalDate first, LocalDate last) {
        PlanDate d = PlanDate.parse(text);
        assertEquals(precision, d.getPrecision());
        assertEquals(Optional.of(first), d.first());
        assertEquals(Optional.of(last), d.last());
        assertEquals(text, d.toString());
        assertEquals(d, PlanDate.parse(d.toString()));
        assertEquals(d.hashCode(), PlanDate.parse(text).hashCode());
        assertEquals(Optional.of(last), d.resolveLast(Optional.empty()));
    }

    @Test
    void theEndOfThePlanResolvesToThePeriodEnd() {
        PlanDate end = PlanDate.parse("end_of_plan");
        assertEquals(PlanDate.Precision.END_OF_PLAN, end.getPrecision());
        assertEquals(Optional.empty(), end.first());
        assertEquals(Optional.empty(), end.resolveLast(Optional.empty()));
        assertEquals(Optional.of(LocalDate.of(2028, 8, 31)), end.resolveLast(Optional.of(LocalDate.of(2028, 8, 31))));
        assertFalse(end.isDay());
        assertFalse(end.equals("end_of_plan"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2025/27|academic year '2025/27' must end in the year after it starts, as 2025/26 does",
        "2025-13|'2025-13' is not a date in the calendar",
        "2025-02-30|'2025-02-30' is not a date in the calendar",
        "0999|year 999 must be from 1000 to 9999",
        "winter 2025|'winter 2025' must be a date as a plan states it: 2025-07-18, 2025-07, 2025, 2025/26, autumn 2025, "
            + "spring 2026, summer 2026 or end_of_plan",
    })
    void malformedTextIsRejectedNamingIt(String text, String message) {
        assertEquals(message, assertThrows(InvalidValueException.class, () -> PlanDate.parse(text)).getMessage());
    }

    @Test
    void statedDatesKeepTheDayTheyResolveTo() {
        QuantitativeTarget q = QuantitativeTarget.builder().id("c1").text("t")
                .measure(Measure.builder().kind(MeasureKind.ATTENDANCE_RATE).population(Population.PUPILS).build())
                .direction(Direction.INCREASE).deadline(PlanDate.month(YearMonth.of(2025, 7))).build();
        assertEquals(Optional.of(LocalDate.of(2025, 7, 31)), q.getDeadline());
        assertEquals(Optional.of(PlanDate.parse("2025-07")), q.deadlineAsStated());
        assertEquals("deadline must be 2025-07-31, the last day of 2025-07, not 2025-07-30",
                assertThrows(InvalidValueException.class, () -> QuantitativeTarget.builder().id("c1").text("t")
                        .measure(q.getMeasure()).direction(Direction.INCREASE).deadline(LocalDate.of(2025, 7, 30))
                        .deadlineAsStated(PlanDate.parse("2025-07")).build()).getMessage());
        assertEquals("deadlineAsStated 2025-07-31 is a day; give it as deadline alone",
                assertThrows(InvalidValueException.class, () -> QuantitativeTarget.builder().id("c1").text("t")
                        .measure(q.getMeasure()).direction(Direction.INCREASE).deadline(LocalDate.of(2025, 7, 31))
                        .deadlineAsStated(PlanDate.of(LocalDate.of(2025, 7, 31))).build()).getMessage());
        PlanPeriod p = PlanPeriod.of(PlanDate.academicYear(2024), PlanDate.academicYear(2027));
        assertEquals(LocalDate.of(2024, 9, 1), p.getStart());
        assertEquals(LocalDate.of(2028, 8, 31), p.getEnd());
        assertEquals("2024/25", p.startAsStated().toString());
        assertEquals(PlanDate.of(LocalDate.of(2024, 1, 1)), PlanPeriod.ofYears(2024, 2027).startAsStated());
        assertEquals("a period's start and end must be dates, not end_of_plan", assertThrows(
                InvalidValueException.class, () -> PlanPeriod.of(PlanDate.year(2024), PlanDate.endOfPlan()))
                .getMessage());
        DueBy due = DueBy.of(PlanDate.term(PlanDate.Term.SUMMER, 2026), LocalDate.of(2026, 7, 31));
        assertEquals("by summer 2026 (2026-07-31)", due.toString());
        assertEquals(PlanDate.of(LocalDate.of(2026, 7, 1)), DueBy.of(PlanDate.of(LocalDate.of(2026, 7, 1)),
                LocalDate.of(2026, 7, 1)).dateAsStated());
        Baseline b = Baseline.builder().value(BigDecimal.ONE).date(PlanDate.academicYear(2023)).build();
        assertEquals(Optional.of(LocalDate.of(2024, 8, 31)), b.getDate());
        assertEquals(Optional.of(PlanDate.academicYear(2023)), b.dateAsStated());
    }

    private static EqualityPlan plan(Optional<PlanPeriod> period, Objective... objectives) {
        return EqualityPlan.builder().organisation(Organisation.trust("T")).jurisdiction(Jurisdiction.ENGLAND)
                .period(period).addObjectives(objectives).version("v1").build();
    }

    @Test
    void theEndOfThePlanNeedsAPeriodEndAndMustBeIt() {
        Objective dated = Objective.builder().id("o1").title("t").targetDate(LocalDate.of(2028, 8, 31))
                .targetDateAsStated(PlanDate.endOfPlan()).build();
        PlanPeriod p = PlanPeriod.of(PlanDate.academicYear(2024), PlanDate.academicYear(2027));
        assertEquals(Optional.of(LocalDate.of(2028, 8, 31)), plan(Optional.of(p), dated).endDate());
        assertEquals("targetDate of objective 'o1' is end_of_plan, which needs the plan's period end, and the plan "
                + "states none", assertThrows(InvalidValueException.class, () -> plan(Optional.empty(), dated))
                .getMessage());
        assertEquals("targetDate of objective 'o1' is end_of_plan, so it must be 2027-12-31, not 2028-08-31",
                assertThrows(InvalidValueException.class, () -> plan(Optional.of(PlanPeriod.ofYears(2024, 2027)),
                        dated)).getMessage());
        EqualityPlan open = EqualityPlan.builder().organisation(Organisation.trust("T"))
                .jurisdiction(Jurisdiction.ENGLAND).openEndedStart(PlanDate.month(YearMonth.of(2024, 4))).build();
        assertEquals(Optional.of(LocalDate.of(2024, 4, 1)), open.startDate());
        assertEquals(Optional.empty(), open.endDate());
        assertEquals(Optional.of(LocalDate.of(2024, 7, 1)), open.dueDateOf(TimeFrame.within(Period.ofMonths(3))));
        assertEquals(Optional.empty(), plan(Optional.empty()).dueDateOf(TimeFrame.within(Period.ofMonths(3))));
        assertEquals(Optional.of(LocalDate.of(2025, 1, 1)),
                plan(Optional.empty()).dueDateOf(TimeFrame.dueBy(LocalDate.of(2025, 1, 1))));
    }

    @Test
    void adoptionsAreCheckedAgainstTheAdoptedPlan() {
        EqualityPlan trust = plan(Optional.empty(), Objective.builder().id("t1").title("Curriculum").build());
        EqualityPlan school = EqualityPlan.builder().organisation(Organisation.school("S", "123456"))
                .jurisdiction(Jurisdiction.ENGLAND)
                .addAdoptions(Adoption.builder().organisation("T").version("v2")
                        .addObjectives(AdoptedObjective.of("t1"), AdoptedObjective.builder().id("t9").title("x").build())
                        .build())
                .build();
        List<Adoptions.Problem> problems = Adoptions.check(school, trust);
        assertEquals(List.of(Adoptions.Status.VERSION_MISMATCH, Adoptions.Status.OBJECTIVE_MISSING),
                problems.stream().map(Adoptions.Problem::getStatus).toList());
        assertEquals("adoptions[0].objectives[1].id", problems.get(1).getPath());
        assertEquals("objective 't9' is not in T's plan", problems.get(1).getReason());
        assertEquals(problems, Adoptions.check(school, trust));
        assertEquals(problems.get(0).hashCode(), Adoptions.check(school, trust).get(0).hashCode());
        assertFalse(problems.get(0).equals(problems.get(1)));
        assertEquals("objectives of an adoption repeat id 't1'", assertThrows(InvalidValueException.class,
                () -> Adoption.builder().organisation("T").addObjectives(AdoptedObjective.of("t1"),
                        AdoptedObjective.of("t1")).build()).getMessage());
        assertEquals("objectives of an adoption must not be empty", assertThrows(InvalidValueException.class,
                () -> Adoption.builder().organisation("T").build()).getMessage());
    }

    @Test
    void thresholdsReviewsEmphasesAndUnpublishedMeasures() {
        Benchmark national = Benchmark.builder().label("national").scope(BenchmarkScope.NATIONAL)
                .value(new BigDecimal("94.0")).build();
        InLineWith within = InLineWith.builder().benchmark(national).tolerance(BigDecimal.ONE).build();
        assertEquals(Optional.of(true), within.isMetBy(new BigDecimal("93.0")));
        assertEquals(Optional.of(false), within.isMetBy(new BigDecimal("92.9")));
        assertEquals(Optional.empty(), InLineWith.builder().benchmark(national).build().isMetBy(BigDecimal.TEN));
        assertEquals("tolerance must not be negative, not -1", assertThrows(InvalidValueException.class,
                () -> InLineWith.builder().benchmark(national).tolerance(new BigDecimal("-1")).build()).getMessage());
        assertEquals(Optional.of(Direction.INCREASE), QuantitativeTarget.impliedDirection(
                Optional.of(Target.of(TargetKind.AT_LEAST, "96")), Optional.empty()));
        assertEquals(Optional.of(Direction.MAINTAIN), QuantitativeTarget.impliedDirection(Optional.empty(),
                Optional.of(within)));
        assertEquals(Optional.empty(), QuantitativeTarget.impliedDirection(Optional.empty(), Optional.empty()));
        assertEquals("at least 96", Target.of(TargetKind.AT_LEAST, "96").toString());
        assertEquals("at most 20", Target.of(TargetKind.AT_MOST, "20").toString());
        assertEquals(Optional.of(new BigDecimal("-0.5")), Target.of(TargetKind.AT_LEAST, "-0.5")
                .resolve(Optional.empty(), Direction.INCREASE, java.math.MathContext.DECIMAL64));
        assertTrue(TargetKind.AT_MOST.isLevel());
        assertEquals("a review needs at least one of lastReviewed, next, every and asWritten",
                assertThrows(InvalidValueException.class, () -> ReviewSchedule.builder().build()).getMessage());
        assertEquals("every must be a positive duration, not P0D", assertThrows(InvalidValueException.class,
                () -> ReviewSchedule.builder().every(Period.ZERO).build()).getMessage());
        Group boys = Group.of(Dimensions.category("sex:male"));
        Group g = Group.builder().addCategories(Dimensions.category("disadvantage:disadvantaged")).emphasis(boys).build();
        assertEquals("disadvantage:disadvantaged, especially sex:male", g.toString());
        Group vague = Group.builder().label("vulnerable pupils").build();
        assertFalse(vague.isDefined());
        assertFalse(vague.matches(id -> Dimensions.category("sex:male")));
        assertEquals("vulnerable pupils (undefined)", vague.toString());
        Measure p8 = Measure.builder().kind(MeasureKind.PROGRESS_SCORE).population(Population.PUPILS)
                .addKeyStages(KeyStage.KS4).build();
        assertFalse(p8.isPublishedFor(LocalDate.of(2025, 7, 31)));
        assertTrue(p8.isPublishedFor(LocalDate.of(2026, 9, 1)));
        Measure ks2 = Measure.builder().kind(MeasureKind.PROGRESS_SCORE).population(Population.PUPILS)
                .addKeyStages(KeyStage.KS2).build();
        assertTrue(ks2.notPublishedReason(LocalDate.of(2024, 7, 31)).orElseThrow().startsWith("KS2 progress"));
        assertTrue(ks2.isPublishedFor(LocalDate.of(2025, 9, 1)));
    }

    @Test
    void invariantsOfTheNewPartsNameTheField() {
        Measure m = Measure.builder().kind(MeasureKind.ATTENDANCE_RATE).population(Population.PUPILS).build();
        assertEquals("direction of criterion 'c1' must be stated unless the target is at_least or at_most or the "
                + "criterion is inLineWith a benchmark", assertThrows(InvalidValueException.class,
                () -> QuantitativeTarget.builder().id("c1").text("t").measure(m).direction(Direction.INCREASE)
                        .directionStated(false).build()).getMessage());
        assertEquals("direction of criterion 'c1' is not stated, so it must be decrease, the one its threshold "
                + "implies, not increase", assertThrows(InvalidValueException.class,
                () -> QuantitativeTarget.builder().id("c1").text("t").measure(m).direction(Direction.INCREASE)
                        .target(Target.of(TargetKind.AT_MOST, "20")).directionStated(false).build()).getMessage());
        assertEquals("date of a baseline must be a date, not end_of_plan", assertThrows(InvalidValueException.class,
                () -> Baseline.builder().value(BigDecimal.ONE).date(PlanDate.endOfPlan()).build()).getMessage());
        assertEquals("year of a benchmark must be a date, not end_of_plan", assertThrows(InvalidValueException.class,
                () -> Benchmark.builder().label("n").year(PlanDate.endOfPlan()).build()).getMessage());
        assertEquals("emphasis of a group must not have an emphasis of its own", assertThrows(
                InvalidValueException.class, () -> Group.builder().label("a").emphasis(Group.builder().label("b")
                        .emphasis(Group.builder().label("c").build()).build()).build()).getMessage());
        assertEquals("categories of a group must not be empty", assertThrows(InvalidValueException.class,
                () -> Group.builder().build()).getMessage());
        assertEquals("openEndedStart must be empty when the plan states a whole period", assertThrows(
                InvalidValueException.class, () -> EqualityPlan.builder().organisation(Organisation.trust("T"))
                        .jurisdiction(Jurisdiction.ENGLAND).period(PlanPeriod.ofYears(2024, 2025))
                        .openEndedStart(PlanDate.year(2024)).build()).getMessage());
        assertEquals("openEndedStart must be a date, not end_of_plan", assertThrows(InvalidValueException.class,
                () -> EqualityPlan.builder().organisation(Organisation.trust("T")).jurisdiction(Jurisdiction.ENGLAND)
                        .openEndedStart(PlanDate.endOfPlan()).build()).getMessage());
        assertEquals("schoolType must be empty for a trust; it says whether a school is maintained or an academy",
                assertThrows(InvalidValueException.class, () -> Organisation.builder()
                        .type(org.equalityduty.core.duty.OrganisationType.TRUST).name("T")
                        .schoolType(org.equalityduty.core.duty.SchoolType.ACADEMY).build()).getMessage());
        assertEquals("lastReviewed must be a date, not end_of_plan", assertThrows(InvalidValueException.class,
                () -> ReviewSchedule.builder().lastReviewed(PlanDate.endOfPlan()).build()).getMessage());
        assertEquals("year 10000 must be from 1000 to 9999", assertThrows(InvalidValueException.class,
                () -> PlanDate.academicYear(9999)).getMessage());
    }

    @Test
    void everyFormChecksItsYear() {
        // The years a plan date may have are 1000 to 9999 (four digits, as the wire form writes them).
        String early = "year 999 must be from 1000 to 9999";
        String late = "year 10000 must be from 1000 to 9999";
        assertEquals(early, assertThrows(InvalidValueException.class,
                () -> PlanDate.of(LocalDate.of(999, 12, 31))).getMessage());
        assertEquals(late, assertThrows(InvalidValueException.class,
                () -> PlanDate.of(LocalDate.of(10000, 1, 1))).getMessage());
        assertEquals(early, assertThrows(InvalidValueException.class,
                () -> PlanDate.month(YearMonth.of(999, 12))).getMessage());
        assertEquals(early, assertThrows(InvalidValueException.class, () -> PlanDate.year(999)).getMessage());
        assertEquals(late, assertThrows(InvalidValueException.class, () -> PlanDate.year(10000)).getMessage());
        // 999/00 would end in 1000, a year in range: its own first year is what is refused.
        assertEquals(early, assertThrows(InvalidValueException.class, () -> PlanDate.academicYear(999)).getMessage());
        assertEquals(early, assertThrows(InvalidValueException.class,
                () -> PlanDate.term(PlanDate.Term.AUTUMN, 999)).getMessage());
        assertEquals("1000", PlanDate.year(1000).toString());
        assertEquals("9999", PlanDate.year(9999).toString());
        assertEquals("1000-01-01", PlanDate.of(LocalDate.of(1000, 1, 1)).toString());
        assertEquals("9999-12", PlanDate.month(YearMonth.of(9999, 12)).toString());
        assertEquals("9998/99", PlanDate.academicYear(9998).toString());
        assertEquals("summer 9999", PlanDate.term(PlanDate.Term.SUMMER, 9999).toString());
    }

    @Test
    void equalDatesHashAlikeAndDistinctOnesSpread() {
        assertEquals(PlanDate.parse("2025/26").hashCode(), PlanDate.academicYear(2025).hashCode());
        // Dates are keys of maps (by stated date); distinct dates should not all share one hash code.
        assertEquals(5, java.util.stream.Stream.of("2025", "2025-07", "2025/26", "autumn 2025", "2025-07-18")
                .map(t -> PlanDate.parse(t).hashCode()).distinct().count());
    }

    @Test
    void everyStatedDateMustResolveToItsDay() {
        PlanDate july = PlanDate.month(YearMonth.of(2026, 7));
        LocalDate wrong = LocalDate.of(2026, 7, 30);
        assertEquals("date must be 2026-07-31, the last day of 2026-07, not 2026-07-30", assertThrows(
                InvalidValueException.class, () -> Baseline.builder().value(BigDecimal.ONE).date(wrong)
                        .dateAsStated(july).build()).getMessage());
        assertEquals("date must be 2026-07-31, the last day of 2026-07, not 2026-07-30", assertThrows(
                InvalidValueException.class, () -> DueBy.of(july, wrong)).getMessage());
        assertEquals("due must be 2026-07-31, the last day of 2026-07, not 2026-07-30", assertThrows(
                InvalidValueException.class, () -> Milestone.builder().id("c1").text("Done").due(wrong)
                        .dueAsStated(july).build()).getMessage());
        assertEquals("targetDate must be 2026-07-31, the last day of 2026-07, not empty", assertThrows(
                InvalidValueException.class, () -> Objective.builder().id("o1").title("T").targetDateAsStated(july)
                        .build()).getMessage());
        // A period's start resolves to the first day of what is stated, its end to the last.
        assertEquals("start must be 2024-09-01, the first day of 2024/25, not 2024-09-02", assertThrows(
                InvalidValueException.class, () -> ImmutablePlanPeriod.builder().start(LocalDate.of(2024, 9, 2))
                        .end(LocalDate.of(2027, 8, 31)).startAsStated(PlanDate.academicYear(2024)).build())
                .getMessage());
        assertEquals("end must be 2027-08-31, the last day of 2026/27, not 2027-08-30", assertThrows(
                InvalidValueException.class, () -> ImmutablePlanPeriod.builder().start(LocalDate.of(2024, 9, 1))
                        .end(LocalDate.of(2027, 8, 30)).endAsStated(PlanDate.academicYear(2026)).build())
                .getMessage());
    }

    @Test
    void statedDatesSetTheDayAndKeepTheirWording() {
        PlanDate july = PlanDate.month(YearMonth.of(2026, 7));
        Milestone m = Milestone.builder().id("c1").text("Done").due(july).build();
        assertEquals(Optional.of(LocalDate.of(2026, 7, 31)), m.getDue());
        assertEquals(Optional.of(july), m.getDueAsStated());
        assertEquals(Optional.of(july), m.dueAsStated());
        Milestone day = Milestone.builder().id("c1").text("Done").due(PlanDate.of(LocalDate.of(2026, 7, 18))).build();
        assertEquals(Optional.of(LocalDate.of(2026, 7, 18)), day.getDue());
        assertEquals(Optional.empty(), day.getDueAsStated());
        assertEquals(Optional.of(PlanDate.of(LocalDate.of(2026, 7, 18))), day.dueAsStated());
        // The end of the plan has no day of its own: the plan's reader resolves it.
        Milestone end = Milestone.builder().id("c1").text("Done").due(PlanDate.endOfPlan()).build();
        assertEquals(Optional.empty(), end.getDue());
        assertEquals(Optional.of(PlanDate.endOfPlan()), end.dueAsStated());
        Objective o = Objective.builder().id("o1").title("T").targetDate(july).build();
        assertEquals(Optional.of(LocalDate.of(2026, 7, 31)), o.getTargetDate());
        assertEquals(Optional.of(july), o.targetDateAsStated());
        Objective onDay = Objective.builder().id("o1").title("T").targetDate(PlanDate.of(LocalDate.of(2026, 7, 18)))
                .build();
        assertEquals(Optional.empty(), onDay.getTargetDateAsStated());
        assertEquals(Optional.of(PlanDate.of(LocalDate.of(2026, 7, 18))), onDay.targetDateAsStated());
        Objective open = Objective.builder().id("o1").title("T").targetDate(PlanDate.endOfPlan()).build();
        assertEquals(Optional.empty(), open.getTargetDate());
        assertEquals(Optional.of(PlanDate.endOfPlan()), open.targetDateAsStated());
        assertEquals("targetDate", assertThrows(NullPointerException.class,
                () -> Objective.builder().targetDate((PlanDate) null)).getMessage());
        assertEquals("due", assertThrows(NullPointerException.class,
                () -> Milestone.builder().due((PlanDate) null)).getMessage());
    }

    @Test
    void everyIdentifierIsChecked() {
        String message = "id '-x' must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit";
        Measure m = Measure.builder().kind(MeasureKind.ATTENDANCE_RATE).population(Population.PUPILS).build();
        assertEquals(message, assertThrows(InvalidValueException.class,
                () -> AdoptedObjective.of("-x")).getMessage());
        assertEquals(message, assertThrows(InvalidValueException.class,
                () -> Objective.builder().id("-x").title("T").build()).getMessage());
        assertEquals(message, assertThrows(InvalidValueException.class,
                () -> QualitativeCriterion.of("-x", "Staff say so")).getMessage());
        assertEquals(message, assertThrows(InvalidValueException.class,
                () -> Milestone.of("-x", "Done")).getMessage());
        assertEquals(message, assertThrows(InvalidValueException.class, () -> QuantitativeTarget.builder().id("-x")
                .text("t").measure(m).direction(Direction.INCREASE).build()).getMessage());
    }

    @Test
    void everyEndOfPlanDateIsCheckedWhereverItIsStated() {
        // The end of a plan for 2024 to 2027 is 2027-12-31; a date stated as end_of_plan must resolve to it.
        Optional<PlanPeriod> period = Optional.of(PlanPeriod.ofYears(2024, 2027));
        Measure m = Measure.builder().kind(MeasureKind.ATTENDANCE_RATE).population(Population.PUPILS).build();
        QuantitativeTarget target = QuantitativeTarget.builder().id("c1").text("t").measure(m)
                .direction(Direction.INCREASE).deadline(PlanDate.endOfPlan()).build();
        Milestone milestone = Milestone.builder().id("c2").text("Done").due(PlanDate.endOfPlan()).build();
        assertEquals("deadline of criterion 'c1' is end_of_plan, so it must be 2027-12-31, not empty",
                assertThrows(InvalidValueException.class, () -> plan(period, Objective.builder().id("o1").title("t")
                        .addSuccessCriteria(target).build())).getMessage());
        assertEquals("due of milestone 'c2' is end_of_plan, so it must be 2027-12-31, not empty",
                assertThrows(InvalidValueException.class, () -> plan(period, Objective.builder().id("o1").title("t")
                        .addSuccessCriteria(milestone).build())).getMessage());
        assertEquals("due of milestone 'c2' is end_of_plan, so it must be 2027-12-31, not empty",
                assertThrows(InvalidValueException.class, () -> plan(period, Objective.builder().id("o1").title("t")
                        .addActions(Action.builder().description("Do").addSuccessCriteria(milestone).build())
                        .build())).getMessage());
        assertEquals("date of a due_by time frame in objective 'o1' is end_of_plan, so it must be 2027-12-31, not "
                + "2027-12-30", assertThrows(InvalidValueException.class, () -> plan(period, Objective.builder()
                        .id("o1").title("t").addActions(Action.builder().description("Do")
                                .timeFrame(DueBy.of(PlanDate.endOfPlan(), LocalDate.of(2027, 12, 30))).build())
                        .build())).getMessage());
        // Resolved to the period's end, each is accepted.
        EqualityPlan resolved = plan(period, Objective.builder().id("o1").title("t")
                .addSuccessCriteria(QuantitativeTarget.builder().id("c1").text("t").measure(m)
                        .direction(Direction.INCREASE).deadline(LocalDate.of(2027, 12, 31))
                        .deadlineAsStated(PlanDate.endOfPlan()).build())
                .addActions(Action.builder().description("Do")
                        .timeFrame(DueBy.of(PlanDate.endOfPlan(), LocalDate.of(2027, 12, 31)))
                        .addSuccessCriteria(Milestone.builder().id("c2").text("Done").due(LocalDate.of(2027, 12, 31))
                                .dueAsStated(PlanDate.endOfPlan()).build()).build())
                .build());
        assertEquals(Optional.of(LocalDate.of(2027, 12, 31)), resolved.endDate());
    }

    @Test
    void adoptionProblemsAreValues() {
        EqualityPlan trust = plan(Optional.empty(), Objective.builder().id("t1").title("Curriculum").build());
        EqualityPlan school = EqualityPlan.builder().organisation(Organisation.school("S", "123456"))
                .jurisdiction(Jurisdiction.ENGLAND)
                .addAdoptions(Adoption.builder().organisation("T").version("v2").addObjectives(AdoptedObjective.of("t1"))
                        .build())
                .build();
        Adoptions.Problem p = Adoptions.check(school, trust).get(0);
        assertEquals("VERSION_MISMATCH at adoptions[0].version: the plan cites version 'v2' of T's plan, which is "
                + "version 'v1'", p.toString());
        Object text = p.toString();
        assertFalse(p.equals(text));
        // Problems are set members: distinct problems should not all share one hash code.
        Adoptions.Problem other = Adoptions.check(school, plan(Optional.empty())).get(1);
        assertFalse(p.equals(other));
        assertFalse(p.hashCode() == other.hashCode(), p + " and " + other);
        assertEquals("the plan adopts no objectives from U", Adoptions.check(school, EqualityPlan.builder()
                .organisation(Organisation.trust("U")).jurisdiction(Jurisdiction.ENGLAND).build()).get(0).getReason());
    }

    @Test
    void aPeriodStatedToADayKeepsOnlyTheCoarserBoundAsStated() {
        PlanPeriod p = PlanPeriod.of(PlanDate.academicYear(2024), PlanDate.of(LocalDate.of(2027, 7, 31)));
        assertEquals(LocalDate.of(2024, 9, 1), p.getStart());
        assertEquals(LocalDate.of(2027, 7, 31), p.getEnd());
        assertEquals(Optional.of(PlanDate.academicYear(2024)), p.getStartAsStated());
        assertEquals(Optional.empty(), p.getEndAsStated());
        PlanPeriod q = PlanPeriod.of(PlanDate.of(LocalDate.of(2024, 9, 2)), PlanDate.year(2027));
        assertEquals(Optional.empty(), q.getStartAsStated());
        assertEquals(Optional.of(PlanDate.year(2027)), q.getEndAsStated());
        assertEquals(LocalDate.of(2027, 12, 31), q.getEnd());
    }
}
