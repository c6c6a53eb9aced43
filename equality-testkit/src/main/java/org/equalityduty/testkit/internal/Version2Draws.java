package org.equalityduty.testkit.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.equalityduty.core.duty.DutyAim;
import org.equalityduty.core.duty.Organisation;
import org.equalityduty.core.duty.OrganisationType;
import org.equalityduty.core.duty.Phase;
import org.equalityduty.core.duty.Population;
import org.equalityduty.core.duty.SchoolType;
import org.equalityduty.core.plan.Action;
import org.equalityduty.core.plan.AdoptedObjective;
import org.equalityduty.core.plan.Adoption;
import org.equalityduty.core.plan.Benchmark;
import org.equalityduty.core.plan.BenchmarkScope;
import org.equalityduty.core.plan.DueBy;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.InLineWith;
import org.equalityduty.core.plan.Measure;
import org.equalityduty.core.plan.MeasureKind;
import org.equalityduty.core.plan.Milestone;
import org.equalityduty.core.plan.Objective;
import org.equalityduty.core.plan.PlanDate;
import org.equalityduty.core.plan.PlanPeriod;
import org.equalityduty.core.plan.QuantitativeTarget;
import org.equalityduty.core.plan.ReviewSchedule;
import org.equalityduty.core.plan.SuccessCriterion;
import org.equalityduty.core.plan.Target;
import org.equalityduty.core.plan.TargetKind;
import org.equalityduty.core.plan.TimeFrame;
import org.equalityduty.core.population.Dimensions;
import org.equalityduty.core.population.Group;

/**
 * Draws of what format version 2 adds: plans drawn as for version 1, then made as vague as published plans are
 * (stated dates, open or unstated periods, benchmarks without figures, thresholds, emphases, undefined groups,
 * reviews and adoptions). Not part of the public API.
 *
 * @since 0.2.0
 */
public final class Version2Draws {
    private static final List<MeasureKind> NEW_KINDS = List.of(MeasureKind.ATTENDANCE_RATE, MeasureKind.ABSENCE_RATE,
            MeasureKind.PERSISTENT_ABSENCE_RATE, MeasureKind.LATE_RATE, MeasureKind.SUSPENSION_RATE,
            MeasureKind.SUSPENDED_PUPILS_RATE, MeasureKind.SUSPENSION_COUNT, MeasureKind.PERMANENT_EXCLUSION_RATE,
            MeasureKind.PERMANENT_EXCLUSION_COUNT, MeasureKind.PARTICIPATION_RATE, MeasureKind.INCIDENT_COUNT,
            MeasureKind.PROGRESS_SCORE);
    private static final List<String> NEW_CATEGORIES = List.of("looked_after:looked_after",
            "looked_after:previously_looked_after", "year_group:y6", "year_group:r", "gender_identity:trans",
            "gender_identity:non_binary", "sexual_orientation:lgb");

    private Version2Draws() {
    }

    /**
     * Draws a plan using what format version 2 adds.
     *
     * @param s  the source, not null
     * @return the plan, valid, not null
     */
    public static EqualityPlan plan(Source s) {
        EqualityPlan base = DomainDraws.plan(s, false);
        PlanPeriod drawn = base.getPeriod().orElseThrow();
        int year = drawn.getStart().getYear();
        EqualityPlan.Builder b = EqualityPlan.builder()
                .organisation(organisation(s, base.getOrganisation()))
                .jurisdiction(base.getJurisdiction())
                .addAllInformationPublishedOn(base.getInformationPublishedOn())
                .addAllProgressReportDates(base.getProgressReportDates())
                .addAllPublicationRules(base.getPublicationRules());
        base.getTitle().ifPresent(b::title);
        base.getPublishedOn().ifPresent(b::publishedOn);
        base.getIntroduction().ifPresent(b::introduction);
        base.getImpactStatement().ifPresent(b::impactStatement);
        Optional<LocalDate> end;
        switch (s.intBetween(0, 4)) {
            case 0:
                b.period(drawn);
                end = Optional.of(drawn.getEnd());
                break;
            case 1: {
                PlanPeriod p = PlanPeriod.of(PlanDate.academicYear(year), PlanDate.academicYear(year + s.intBetween(0, 4)));
                b.period(p);
                end = Optional.of(p.getEnd());
                break;
            }
            case 2:
                b.openEndedStart(s.chance(5000) ? PlanDate.month(YearMonth.of(year, s.intBetween(1, 12)))
                        : PlanDate.term(s.pick(List.of(PlanDate.Term.values())), year));
                end = Optional.empty();
                break;
            case 3:
                b.periodAsWritten(year + "-" + (year + 4));
                end = Optional.empty();
                break;
            default:
                end = Optional.empty();
                break;
        }
        if (s.chance(5000)) {
            b.review(review(s, year));
        }
        if (s.chance(3000)) {
            b.version("v" + s.intBetween(1, 9));
        }
        if (s.chance(3000)) {
            b.addAllAims(s.distinct(List.of(DutyAim.values()), 1, 3));
        }
        if (s.chance(3000)) {
            b.addAdoptions(Adoption.builder().organisation("The Trust").version("2024")
                    .addObjectives(AdoptedObjective.of("t1"), AdoptedObjective.builder().id("t2")
                            .title("Embed equality in the curriculum").build())
                    .build());
        }
        for (Objective o : base.getObjectives()) {
            b.addObjectives(objective(s, o, year, end));
        }
        return b.build();
    }

    private static Organisation organisation(Source s, Organisation o) {
        Organisation.Builder b = Organisation.builder().type(o.getType()).name(o.getName())
                .addAllSchools(o.getSchools()).addAllPhases(s.distinct(List.of(Phase.values()), 0, 2));
        o.getUrn().ifPresent(b::urn);
        if (o.getEmployeeCount().isPresent()) {
            b.employeeCount(o.getEmployeeCount().getAsInt());
        }
        if (o.getType() == OrganisationType.SCHOOL && s.chance(6000)) {
            b.schoolType(s.pick(List.of(SchoolType.values())));
        }
        return b.build();
    }

    private static ReviewSchedule review(Source s, int year) {
        ReviewSchedule.Builder b = ReviewSchedule.builder().asWritten("reviewed annually");
        if (s.chance(5000)) {
            b.every(Period.ofYears(s.intBetween(1, 4)));
        }
        if (s.chance(5000)) {
            b.next(date(s, year + 1, Optional.empty()));
        }
        if (s.chance(5000)) {
            b.lastReviewed(PlanDate.of(LocalDate.of(year, 10, 12)));
        }
        return b.build();
    }

    /** A date as a plan states it, in or after a year; the end of the plan only when the plan has an end. */
    private static PlanDate date(Source s, int year, Optional<LocalDate> end) {
        switch (s.intBetween(0, end.isPresent() ? 5 : 4)) {
            case 0:
                return PlanDate.of(LocalDate.of(year, s.intBetween(1, 12), s.intBetween(1, 28)));
            case 1:
                return PlanDate.month(YearMonth.of(year, s.intBetween(1, 12)));
            case 2:
                return PlanDate.year(year);
            case 3:
                return PlanDate.academicYear(year);
            case 4:
                return PlanDate.term(s.pick(List.of(PlanDate.Term.values())), year);
            default:
                return PlanDate.endOfPlan();
        }
    }

    private static Objective objective(Source s, Objective o, int year, Optional<LocalDate> end) {
        Objective.Builder b = Objective.builder().id(o.getId()).title(o.getTitle()).addAllAims(o.getAims())
                .addAllCharacteristics(o.getCharacteristics()).addAllPopulations(o.getPopulations());
        if (s.chance(2000)) {
            b.addPopulations(s.pick(List.of(Population.GOVERNORS, Population.VOLUNTEERS)));
        }
        for (Group g : o.getGroups()) {
            b.addGroups(s.chance(3000) ? withEmphasis(g) : g);
        }
        if (s.chance(2500)) {
            b.addGroups(Group.builder().label("vulnerable pupils").build());
        }
        if (s.chance(2000)) {
            b.addGroups(Group.of(Dimensions.category(s.pick(NEW_CATEGORIES))));
        }
        o.getRationale().ifPresent(b::rationale);
        o.getChildFriendlyVersion().ifPresent(b::childFriendlyVersion);
        for (Action a : o.getActions()) {
            b.addActions(action(s, a, year, end));
        }
        for (SuccessCriterion c : o.getSuccessCriteria()) {
            b.addSuccessCriteria(criterion(s, c, year, end));
        }
        if (s.chance(5000)) {
            stated(b, date(s, year + 1, end), end);
        }
        return b.build();
    }

    private static void stated(Objective.Builder b, PlanDate d, Optional<LocalDate> end) {
        if (d.getPrecision() == PlanDate.Precision.END_OF_PLAN) {
            b.targetDate(end.orElseThrow()).targetDateAsStated(d);
        } else {
            b.targetDate(d);
        }
    }

    private static Group withEmphasis(Group g) {
        Group.Builder b = Group.builder().addAllCategories(g.getCategories())
                .emphasis(Group.builder().label("boys").addCategories(Dimensions.category("sex:male")).build());
        g.getLabel().ifPresent(b::label);
        return b.build();
    }

    private static Action action(Source s, Action a, int year, Optional<LocalDate> end) {
        Action.Builder b = Action.builder().description(a.getDescription()).addAllResponsible(a.getResponsible())
                .addAllResources(a.getResources());
        Optional<TimeFrame> frame = a.getTimeFrame();
        if (frame.isPresent() && frame.get() instanceof DueBy && s.chance(5000)) {
            PlanDate d = date(s, year + 1, end);
            frame = Optional.of(DueBy.of(d, d.resolveLast(end).orElseThrow()));
        }
        frame.ifPresent(b::timeFrame);
        for (SuccessCriterion c : a.getSuccessCriteria()) {
            b.addSuccessCriteria(criterion(s, c, year, end));
        }
        return b.build();
    }

    private static SuccessCriterion criterion(Source s, SuccessCriterion c, int year, Optional<LocalDate> end) {
        if (c instanceof Milestone && s.chance(5000)) {
            PlanDate d = date(s, year + 1, end);
            Milestone.Builder b = Milestone.builder().id(c.getId()).text(c.getText());
            if (d.getPrecision() == PlanDate.Precision.END_OF_PLAN) {
                b.due(end.orElseThrow()).dueAsStated(d);
            } else {
                b.due(d);
            }
            return b.build();
        }
        if (!(c instanceof QuantitativeTarget q)) {
            return c;
        }
        QuantitativeTarget.Builder b = QuantitativeTarget.builder().id(q.getId()).text(q.getText())
                .addAllBenchmarks(q.getBenchmarks());
        Measure m = q.getMeasure();
        if (s.chance(3000)) {
            Measure.Builder mb = Measure.builder().kind(s.pick(NEW_KINDS)).population(m.getPopulation())
                    .addAllSubjects(m.getSubjects()).addAllKeyStages(m.getKeyStages());
            m.getFocusGroup().ifPresent(mb::focusGroup);
            m.getReference().ifPresent(mb::reference);
            m.getWithin().ifPresent(mb::within);
            m.getDescription().ifPresent(mb::description);
            m = mb.build();
        }
        b.measure(m);
        q.getBaseline().ifPresent(b::baseline);
        if (s.chance(2500)) {
            b.addBenchmarks(benchmark(s, year));
        }
        switch (s.intBetween(0, 3)) {
            case 0: {
                Target t = Target.of(s.chance(5000) ? TargetKind.AT_LEAST : TargetKind.AT_MOST,
                        BigDecimal.valueOf(s.intBetween(0, 1000), 1));
                b.target(t);
                if (s.chance(5000)) {
                    b.direction(QuantitativeTarget.impliedDirection(Optional.of(t), Optional.empty()).orElseThrow())
                            .directionStated(false);
                } else {
                    b.direction(q.getDirection());
                }
                break;
            }
            case 1: {
                InLineWith.Builder i = InLineWith.builder().benchmark(benchmark(s, year));
                if (s.chance(5000)) {
                    i.tolerance(BigDecimal.valueOf(s.intBetween(0, 50), 1));
                }
                InLineWith inLine = i.build();
                b.inLineWith(inLine).directionStated(false).direction(QuantitativeTarget.impliedDirection(
                        q.getTarget(), Optional.of(inLine)).orElseThrow());
                q.getTarget().ifPresent(b::target);
                break;
            }
            default:
                b.direction(q.getDirection());
                q.getTarget().ifPresent(b::target);
                break;
        }
        if (s.chance(6000)) {
            PlanDate d = date(s, year + 1, end);
            if (d.getPrecision() == PlanDate.Precision.END_OF_PLAN) {
                b.deadline(end.orElseThrow()).deadlineAsStated(d);
            } else {
                b.deadline(d);
            }
        } else {
            q.getDeadline().ifPresent(b::deadline);
        }
        return b.build();
    }

    private static Benchmark benchmark(Source s, int year) {
        Benchmark.Builder b = Benchmark.builder().label("national").scope(s.pick(List.of(BenchmarkScope.values())));
        if (s.chance(5000)) {
            b.value(BigDecimal.valueOf(s.intBetween(0, 1000), 1));
        }
        if (s.chance(5000)) {
            b.group(Group.of(Dimensions.category("disadvantage:not_disadvantaged")));
        }
        if (s.chance(5000)) {
            b.year(s.chance(5000) ? PlanDate.academicYear(year - 1) : PlanDate.year(year - 1));
        }
        if (s.chance(5000)) {
            b.source("DfE");
        }
        return b.build();
    }
}
