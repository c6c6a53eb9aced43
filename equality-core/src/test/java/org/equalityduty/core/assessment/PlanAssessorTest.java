package org.equalityduty.core.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.equalityduty.core.constraints.Severity;
import org.equalityduty.core.duty.DutyAim;
import org.equalityduty.core.duty.Jurisdiction;
import org.equalityduty.core.duty.Organisation;
import org.equalityduty.core.duty.Population;
import org.equalityduty.core.duty.ProtectedCharacteristic;
import org.equalityduty.core.plan.Action;
import org.equalityduty.core.plan.Direction;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.MeasureKind;
import org.equalityduty.core.plan.Milestone;
import org.equalityduty.core.plan.Objective;
import org.equalityduty.core.plan.PlanPeriod;
import org.equalityduty.core.plan.QualitativeCriterion;
import org.equalityduty.core.plan.TargetKind;
import org.equalityduty.core.plan.TimeFrame;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PlanAssessorTest {
    private static ValidatorFactory factory;
    private static Validator consumer;

    @BeforeAll
    static void consumerValidator() {
        // Exactly as a consumer would configure their own validator: default provider, no Expression Language.
        factory = Validation.byDefaultProvider().configure().messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        consumer = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    /** A plan with many weaknesses: all but three rules fire, and both child-friendly rules. */
    static EqualityPlan weakPlan() {
        Objective pupils = Fixtures.objectiveBuilder("o1").addCharacteristics(ProtectedCharacteristic.AGE)
                .addPopulations(Population.PUPILS)
                .childFriendlyVersion("Our school data shows that there is a significant attainment gap.")
                .targetDate(LocalDate.of(2030, 1, 1))
                .addActions(Fixtures.action(TimeFrame.ongoing(),
                        QualitativeCriterion.of("c1", "Positive feedback from pupils"),
                        Fixtures.quant(Fixtures.measure(MeasureKind.ATTAINMENT_GAP, null, false, null), null,
                                Direction.INCREASE, TargetKind.PERCENT_AS_STATED, "10", null)))
                .addActions(Fixtures.action(TimeFrame.within(Period.ofYears(9)),
                        Fixtures.quant(Fixtures.share(), "95", Direction.INCREASE, TargetKind.PERCENTAGE_POINTS, "10",
                                LocalDate.of(2031, 1, 1)),
                        Fixtures.quant(Fixtures.measure(MeasureKind.COUNT, Fixtures.MALE, false, null), "-3",
                                Direction.DECREASE, TargetKind.CHANGE, "5", null),
                        Milestone.of("c5", "Policy reviewed")))
                .build();
        Objective marriage = Fixtures.objectiveBuilder("o2").addAims(DutyAim.ADVANCE_EQUALITY_OF_OPPORTUNITY)
                .addCharacteristics(ProtectedCharacteristic.MARRIAGE_AND_CIVIL_PARTNERSHIP)
                .addPopulations(Population.STAFF, Population.PUPILS).build();
        return Fixtures.planBuilder(Jurisdiction.WALES).addObjectives(pupils, marriage)
                .addInformationPublishedOn(LocalDate.of(2024, 9, 1)).build();
    }

    private static Set<String> codes(List<Finding> findings) {
        return findings.stream().map(Finding::getCode).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void weakPlanFiresNearlyEveryRule() {
        Assessment a = PlanAssessor.assess(weakPlan(), LocalDate.of(2028, 6, 1));
        Set<String> expected = new TreeSet<>();
        for (Rule r : Rule.values()) {
            expected.add(r.getCode());
        }
        expected.remove("duty.non-protected-only");
        expected.remove("duty.no-objectives");
        expected.remove("smart.reduction-exceeds-baseline");
        // Rules of 0.2.0 that this plan does not break; each has its own test.
        expected.removeAll(Set.of("duty.information-unrecorded", "duty.period-exceeds-cycle",
                "smart.baseline-after-deadline", "smart.focus-is-everyone", "smart.focus-is-reference",
                "smart.output-not-outcome", "smart.value-out-of-scale"));
        // Rules of 0.2.0 that need format version 2 fields this version 1 plan cannot have; each has its own test.
        expected.removeAll(Set.of("duty.period-unstated", "smart.benchmark-unstated", "smart.measure-not-published",
                "smart.tolerance-unstated", "duty.age-by-proxy", "smart.baseline-inconsistent"));
        // Rules that compare the plan with the plans it adopts from, which this assessment is not given.
        expected.removeAll(Set.of("duty.adopted-version-mismatch", "duty.adopted-objective-missing"));
        // Fixtures.quant gives every criterion the identifier c1: a structural error of the default group.
        expected.add("structure.unique-ids");
        assertEquals(expected, a.getCodes());
        assertTrue(a.hasErrors());
        assertEquals("[objectives[0] o1 -----, objectives[1] o2 S-AR-]", a.getObjectives().toString());
    }

    @Test
    void consumerValidatorGivesTheSameFindingsAsTheFacade() {
        LocalDate asOf = LocalDate.of(2028, 6, 1);
        for (EqualityPlan plan : List.of(weakPlan(), Fixtures.plan(Fixtures.objective()), Fixtures.plan())) {
            assertEquals(PlanAssessor.assess(plan, asOf), PlanAssessor.assess(consumer, plan, asOf));
        }
    }

    @Test
    void eachJurisdictionChecksItsOwnCycle() {
        // Information published 2024-09-01: overdue by Welsh rules (12 months) on 2025-10-01, not by Scottish (2 years).
        EqualityPlan wales = weakPlan();
        EqualityPlan scotland = Fixtures.planBuilder(Jurisdiction.SCOTLAND).addAllObjectives(wales.getObjectives())
                .addInformationPublishedOn(LocalDate.of(2024, 9, 1)).build();
        assertTrue(PlanAssessor.assess(wales, LocalDate.of(2025, 10, 1)).getCodes().contains("duty.information-overdue"));
        assertFalse(PlanAssessor.assess(scotland, LocalDate.of(2025, 10, 1)).getCodes()
                .contains("duty.information-overdue"));
    }

    @Test
    void severityIsTheRules() {
        Assessment a = PlanAssessor.assess(weakPlan(), LocalDate.of(2028, 6, 1));
        for (Finding f : a.getFindings()) {
            Severity expected = f.getCode().startsWith("child.") || f.getCode().equals("duty.non-protected-only")
                    ? Severity.ADVICE
                    : Set.of("smart.not-measurable", "smart.no-baseline", "smart.not-time-bound",
                            "smart.ambiguous-target", "smart.not-specific", "smart.not-relevant",
                            "duty.period-exceeds-cycle", "duty.information-unrecorded", "smart.output-not-outcome",
                            "smart.focus-is-everyone", "smart.population-mismatch").contains(f.getCode())
                            ? Severity.WARNING : Severity.ERROR;
            assertEquals(expected, f.getSeverity(), f.toString());
        }
    }

    @Test
    void oddPlansNeverThrow() {
        PlanPeriod oneDay = PlanPeriod.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1));
        List<EqualityPlan> odd = List.of(
                EqualityPlan.builder().organisation(Organisation.trust("T")).jurisdiction(Jurisdiction.SCOTLAND)
                        .period(oneDay).build(),
                Fixtures.plan(Objective.builder().id("o1").title("t").build()),
                Fixtures.plan(Objective.builder().id("o1").title("t")
                        .addActions(Action.builder().description("d").build()).build()),
                Fixtures.plan(Fixtures.objective(Fixtures.quant(Fixtures.share(), "1E+9", Direction.MAINTAIN,
                        TargetKind.RELATIVE_PERCENT, "0.000001", LocalDate.MAX))),
                Fixtures.plan(Fixtures.objective(Fixtures.quant(Fixtures.measure(MeasureKind.GAP_INDEX,
                        Fixtures.DISADVANTAGED, true, null), "-2", Direction.DECREASE, TargetKind.CHANGE, "3",
                        LocalDate.MIN))),
                Fixtures.plan(Objective.builder().id("o1").title("t").childFriendlyVersion("... 42 ...")
                        .addPopulations(Population.PUPILS).build()));
        for (EqualityPlan plan : odd) {
            for (LocalDate asOf : List.of(LocalDate.MIN, Fixtures.AS_OF, LocalDate.of(9999, 12, 31))) {
                Assessment a = PlanAssessor.assess(plan, asOf);
                assertEquals(a, PlanAssessor.assess(plan, asOf));
                assertEquals(plan.getObjectives().size(), a.getObjectives().size());
            }
        }
    }

    @Test
    void findingsAreSortedWithNumericIndices() {
        Objective[] many = new Objective[12];
        for (int i = 0; i < many.length; i++) {
            many[i] = Fixtures.objectiveBuilder("o" + i).addCharacteristics(ProtectedCharacteristic.SEX)
                    .addPopulations(Population.STAFF).addActions(Fixtures.action(TimeFrame.dueBy(
                            LocalDate.of(2025, 1, 1)), Fixtures.goodCriterion())).build();
        }
        EqualityPlan plan = Fixtures.planBuilder().addObjectives(many)
                .addInformationPublishedOn(LocalDate.of(2024, 9, 1)).build();
        List<String> paths = Fixtures.assess(plan).getFindings().stream().filter(f -> f.getCode()
                .equals("smart.not-relevant")).map(Finding::getPath).collect(Collectors.toList());
        assertEquals("objectives[9]", paths.get(9));
        assertEquals("objectives[10]", paths.get(10));
    }

    @Test
    void twoMessagesOfOneRuleAtOnePlaceBecomeOneFinding() {
        // Both the baseline (-5%) and the target (120%) of one criterion are impossible shares.
        List<Finding> found = Fixtures.findings(Fixtures.plan(Fixtures.objective(Fixtures.quant(Fixtures.share(), "-5",
                Direction.INCREASE, TargetKind.LEVEL, "120",
                LocalDate.of(2026, 7, 31)))), "smart.share-out-of-range");
        assertEquals(1, found.size(), found::toString);
        assertEquals("objectives[0].actions[0].successCriteria[0]", found.get(0).getPath());
        assertEquals("The baseline of -5% is not a possible share: shares lie between 0% and 100%. The target of "
                + "120% is not a possible share: shares lie between 0% and 100%.", found.get(0).getMessage());
    }
}
