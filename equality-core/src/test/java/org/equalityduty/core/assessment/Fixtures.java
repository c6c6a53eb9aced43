package org.equalityduty.core.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.equalityduty.core.constraints.Severity;
import org.equalityduty.core.duty.DutyAim;
import org.equalityduty.core.duty.Jurisdiction;
import org.equalityduty.core.duty.Organisation;
import org.equalityduty.core.duty.Population;
import org.equalityduty.core.duty.ProtectedCharacteristic;
import org.equalityduty.core.plan.Action;
import org.equalityduty.core.plan.Baseline;
import org.equalityduty.core.plan.Direction;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.Measure;
import org.equalityduty.core.plan.MeasureKind;
import org.equalityduty.core.plan.MeasureUnit;
import org.equalityduty.core.plan.Objective;
import org.equalityduty.core.plan.PlanPeriod;
import org.equalityduty.core.plan.PopulationReference;
import org.equalityduty.core.plan.QuantitativeTarget;
import org.equalityduty.core.plan.SuccessCriterion;
import org.equalityduty.core.plan.Target;
import org.equalityduty.core.plan.TargetKind;
import org.equalityduty.core.plan.TimeFrame;
import org.equalityduty.core.population.Dimensions;
import org.equalityduty.core.population.Group;

/** Small plans for rule tests: {@link #plan(Objective...)} with {@link #objective()} is SMART-complete. */
final class Fixtures {
    static final PlanPeriod PERIOD = PlanPeriod.ofYears(2024, 2027);
    static final LocalDate AS_OF = LocalDate.of(2025, 3, 1);
    static final Group MALE = Group.of(Dimensions.category("sex:male"));
    static final Group DISADVANTAGED = Group.of(Dimensions.category("disadvantage:disadvantaged"));

    private Fixtures() {
    }

    static Measure measure(MeasureKind kind, Group focus, boolean reference, MeasureUnit unit) {
        Measure.Builder b = Measure.builder().kind(kind).population(Population.STAFF);
        if (focus != null) {
            b.focusGroup(focus);
        }
        if (reference) {
            b.reference(PopulationReference.REST_OF_POPULATION);
        }
        if (unit != null) {
            b.unit(unit);
        }
        return b.build();
    }

    /** The share of staff who are men: a representation share with a focus group. */
    static Measure share() {
        return measure(MeasureKind.REPRESENTATION_SHARE, MALE, false, null);
    }

    static QuantitativeTarget quant(Measure measure, String baseline, Direction direction, TargetKind kind,
            String value, LocalDate deadline) {
        QuantitativeTarget.Builder b = QuantitativeTarget.builder().id("c1").text("criterion").measure(measure)
                .direction(direction);
        if (baseline != null) {
            b.baseline(Baseline.of(new BigDecimal(baseline)));
        }
        if (kind != null) {
            b.target(Target.of(kind, value));
        }
        if (deadline != null) {
            b.deadline(deadline);
        }
        return b.build();
    }

    /** A SMART criterion: the share of male staff from 20% to 30% by July 2026. */
    static QuantitativeTarget goodCriterion() {
        return quant(share(), "20", Direction.INCREASE, TargetKind.LEVEL, "30", LocalDate.of(2026, 7, 31));
    }

    static Action action(TimeFrame frame, SuccessCriterion... criteria) {
        Action.Builder b = Action.builder().description("do the work").addResponsible("HR officer")
                .addSuccessCriteria(criteria);
        if (frame != null) {
            b.timeFrame(frame);
        }
        return b.build();
    }

    static Objective.Builder objectiveBuilder(String id) {
        return Objective.builder().id(id).title("Increase the share of men in support roles");
    }

    /** A SMART objective about staff, tied to aim (b) and sex, with one dated action and one SMART criterion. */
    static Objective objective() {
        return objective(goodCriterion());
    }

    static Objective objective(SuccessCriterion criterion) {
        return objectiveBuilder("o1").addAims(DutyAim.ADVANCE_EQUALITY_OF_OPPORTUNITY)
                .addCharacteristics(ProtectedCharacteristic.SEX).addPopulations(Population.STAFF)
                .addActions(action(TimeFrame.dueBy(LocalDate.of(2025, 7, 31)), criterion)).build();
    }

    static EqualityPlan.Builder planBuilder() {
        return planBuilder(Jurisdiction.ENGLAND);
    }

    static EqualityPlan.Builder planBuilder(Jurisdiction jurisdiction) {
        return EqualityPlan.builder().organisation(Organisation.trust("Test Trust"))
                .jurisdiction(jurisdiction).period(PERIOD).publishedOn(LocalDate.of(2024, 1, 15));
    }

    static EqualityPlan plan(Objective... objectives) {
        return planBuilder().addObjectives(objectives).addInformationPublishedOn(LocalDate.of(2024, 9, 1)).build();
    }

    static Assessment assess(EqualityPlan plan) {
        return PlanAssessor.assess(plan, AS_OF);
    }

    static List<Finding> findings(EqualityPlan plan, String code) {
        return assess(plan).getFindings().stream().filter(f -> f.getCode().equals(code))
                .collect(java.util.stream.Collectors.toList());
    }

    static Set<String> codes(EqualityPlan plan) {
        return assess(plan).getCodes();
    }

    /** Asserts that the plan has exactly one finding of the code, with this severity, path and message. */
    static void assertOnly(EqualityPlan plan, String code, Severity severity, String path, String message) {
        List<Finding> found = findings(plan, code);
        org.junit.jupiter.api.Assertions.assertEquals(1, found.size(), () -> code + " findings: " + found);
        Finding f = found.get(0);
        org.junit.jupiter.api.Assertions.assertEquals(severity, f.getSeverity());
        org.junit.jupiter.api.Assertions.assertEquals(path, f.getPath());
        org.junit.jupiter.api.Assertions.assertEquals(message, f.getMessage());
        org.junit.jupiter.api.Assertions.assertFalse(f.getFix().isBlank());
    }

    /** Asserts that the plan has no finding of the code. */
    static void assertNone(EqualityPlan plan, String code) {
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), findings(plan, code));
    }
}
