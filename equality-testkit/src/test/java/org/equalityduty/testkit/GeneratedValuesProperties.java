package org.equalityduty.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.equalityduty.core.population.CensusEthnicity;
import org.equalityduty.core.duty.DutyAim;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.Objective;
import org.equalityduty.core.duty.Organisation;
import org.equalityduty.core.duty.Population;
import org.equalityduty.core.duty.ProtectedCharacteristic;
import org.equalityduty.core.plan.QuantitativeTarget;
import org.equalityduty.core.assessment.Assessment;
import org.equalityduty.core.assessment.PlanAssessor;
import org.equalityduty.core.constraints.Severity;
import org.equalityduty.core.validation.EqualityValidation;
import org.equalityduty.core.validation.ValidationProblem;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Every generator's values pass structural validation; SMART-complete plans break no SMART rule. */
class GeneratedValuesProperties {
    private static final long SEED = 20_261_122L;

    private static <T> void allValid(Gen<T> gen, int examples) {
        qt().withFixedSeed(SEED).withExamples(examples).forAll(gen).checkAssert(value -> {
            List<ValidationProblem> problems = EqualityValidation.validate(value);
            assertEquals(List.of(), problems, () -> "problems in " + value);
        });
    }

    @Test
    void plansAreStructurallyValid() {
        allValid(EqualityGenerators.plans().toGen(), 300);
    }

    @Test
    void smartCompletePlansAreStructurallyValid() {
        allValid(EqualityGenerators.smartCompletePlans().toGen(), 300);
    }

    @Test
    void smartCompletePlansBreakNoSmartRule() {
        for (SmartRuleProbe probe : SmartRuleProbe.all()) {
            qt().withFixedSeed(SEED).withExamples(500).forAll(EqualityGenerators.smartCompletePlans().toGen())
                    .checkAssert(plan -> assertEquals(Set.of(), probe.ruleCodes(plan), plan::toString));
        }
    }

    @Test
    void smartCompletePlansHaveNoErrorsOrWarningsAtTheirStart() {
        qt().withFixedSeed(SEED).withExamples(300).forAll(EqualityGenerators.smartCompletePlans().toGen()).checkAssert(plan -> {
            Assessment assessment = PlanAssessor.assess(plan, plan.getPeriod().orElseThrow().getStart());
            assertEquals(List.of(), assessment.getFindings().stream()
                    .filter(f -> f.getSeverity() != Severity.ADVICE).collect(Collectors.toList()), plan::toString);
        });
    }

    @Test
    void smartCompletePlansHaveTheRequiredShape() {
        qt().withFixedSeed(SEED).withExamples(300).forAll(EqualityGenerators.smartCompletePlans().toGen()).checkAssert(plan -> {
            assertTrue(!plan.getObjectives().isEmpty(), "objectives");
            for (Objective o : plan.getObjectives()) {
                assertTrue(!o.getAims().isEmpty(), "aims");
                assertTrue(!o.getGroups().isEmpty() || !o.getCharacteristics().isEmpty(), "groups");
                assertTrue(!o.getPopulations().isEmpty(), "populations");
                assertTrue(!o.getActions().isEmpty(), "actions");
                if (o.getPopulations().contains(Population.PUPILS)) {
                    assertTrue(o.getChildFriendlyVersion().isPresent(), "child-friendly version");
                    assertTrue(o.getChildFriendlyVersion().get().length() <= 80, "short child-friendly version");
                }
            }
            plan.forEachCriterion((path, c) -> {
                assertTrue(c instanceof QuantitativeTarget, path);
                QuantitativeTarget q = (QuantitativeTarget) c;
                assertTrue(q.getMeasure().getFocusGroup().isPresent(), path + " focus group");
                if (q.getMeasure().getKind().isGap()) {
                    assertTrue(q.getMeasure().getReference().isPresent(), path + " reference");
                }
            });
        });
    }

    @Test
    void everyPlanRespectsTheDutyRulesOnCharacteristics() {
        qt().withFixedSeed(SEED).withExamples(500).forAll(EqualityGenerators.plans().toGen()).checkAssert(plan -> {
            for (Objective o : plan.getObjectives()) {
                if (o.getPopulations().contains(Population.PUPILS)) {
                    assertTrue(!o.getCharacteristics().contains(ProtectedCharacteristic.AGE), o::toString);
                    assertTrue(!o.getCharacteristics().contains(ProtectedCharacteristic.MARRIAGE_AND_CIVIL_PARTNERSHIP),
                            o::toString);
                }
                if (o.getCharacteristics().contains(ProtectedCharacteristic.MARRIAGE_AND_CIVIL_PARTNERSHIP)) {
                    assertEquals(Set.of(DutyAim.ELIMINATE_DISCRIMINATION), o.getAims(), o::toString);
                }
            }
        });
    }

    @Test
    void partsAreStructurallyValid() {
        allValid(EqualityGenerators.objectives().toGen(), 200);
        allValid(EqualityGenerators.smartCompleteObjectives().toGen(), 200);
        allValid(EqualityGenerators.actions().toGen(), 200);
        allValid(EqualityGenerators.successCriteria().toGen(), 300);
        allValid(EqualityGenerators.quantitativeTargets().toGen(), 300);
        allValid(EqualityGenerators.smartCompleteTargets().toGen(), 300);
        allValid(EqualityGenerators.milestones().toGen(), 100);
        allValid(EqualityGenerators.qualitativeCriteria().toGen(), 100);
        allValid(EqualityGenerators.measures().toGen(), 300);
        allValid(EqualityGenerators.groups().toGen(), 100);
        allValid(EqualityGenerators.organisations().toGen(), 200);
        allValid(EqualityGenerators.observations().toGen(), 200);
        allValid(EqualityGenerators.observationSeries().toGen(), 200);
        allValid(EqualityGenerators.progressRecords().toGen(), 100);
        allValid(EqualityGenerators.timeFrames().toGen(), 100);
        allValid(EqualityGenerators.planPeriods().toGen(), 100);
    }

    @Test
    void organisationsHaveSixDigitUrns() {
        qt().withFixedSeed(SEED).withExamples(300).forAll(EqualityGenerators.organisations().toGen()).checkAssert(o -> {
            for (Organisation school : o.getSchools()) {
                assertTrue(school.getUrn().orElseThrow().matches("[0-9]{6}"), school::toString);
            }
            o.getUrn().ifPresent(urn -> assertTrue(urn.matches("[0-9]{6}"), urn));
        });
        qt().withFixedSeed(SEED).forAll(EqualityGenerators.urns().toGen()).check(urn -> urn.matches("1[0-5][0-9]{4}"));
    }

    @Test
    void censusCodesParse() {
        qt().withFixedSeed(SEED).withExamples(500).forAll(EqualityGenerators.censusCodes().toGen())
                .checkAssert(code -> CensusEthnicity.parse(code));
    }

    @Test
    void censusEthnicityIncludesRefusedAndNotObtained() {
        List<CensusEthnicity> codes = EqualityGenerators.censusEthnicities().samples(SEED, 5000);
        assertTrue(codes.contains(CensusEthnicity.REFU));
        assertTrue(codes.contains(CensusEthnicity.NOBT));
        long white = codes.stream().filter(c -> c == CensusEthnicity.WBRI).count();
        // approximate national share 62%: 5000 draws give a standard error of about 0.7 points
        assertTrue(white > 2950 && white < 3250, "WBRI " + white);
    }

    @Test
    void observationSeriesDatesIncreaseStrictly() {
        qt().withFixedSeed(SEED).forAll(EqualityGenerators.observationSeries().toGen()).checkAssert(series -> {
            for (int i = 1; i < series.getObservations().size(); i++) {
                assertTrue(series.getObservations().get(i).getDate()
                        .isAfter(series.getObservations().get(i - 1).getDate()));
            }
        });
    }

    @Test
    void plainPlansCoverEveryKindOfCriterion() {
        List<EqualityPlan> plans = EqualityGenerators.plans().samples(SEED, 200);
        Set<String> kinds = new java.util.TreeSet<>();
        for (EqualityPlan plan : plans) {
            plan.forEachCriterion((path, c) -> kinds.add(c.getClass().getSimpleName().replace("Immutable", "")));
        }
        assertEquals(Set.of("Milestone", "QualitativeCriterion", "QuantitativeTarget"), kinds);
    }
}
