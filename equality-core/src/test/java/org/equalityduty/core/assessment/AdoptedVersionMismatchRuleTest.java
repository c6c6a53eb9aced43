package org.equalityduty.core.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.equalityduty.core.assessment.rules.CountedAdoptions;
import org.equalityduty.core.constraints.Severity;
import org.equalityduty.core.duty.Jurisdiction;
import org.equalityduty.core.duty.Organisation;
import org.equalityduty.core.plan.AdoptedObjective;
import org.equalityduty.core.plan.Adoption;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.Objective;
import org.junit.jupiter.api.Test;

/**
 * {@code duty.adopted-version-mismatch} and {@code duty.adopted-objective-missing}: a school's adoptions by reference
 * checked against its trust's plan. The wording is the corpus case: Co-op Academy North Manchester's 2024-25
 * objectives reproduce "into the wider organisation", which the trust's objectives approved on 04 March 2024 word
 * "into the broader organisation" (examples/corpus, co-op-academy-north-manchester-2024-25).
 */
class AdoptedVersionMismatchRuleTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);
    private static final String WIDER = "to embed equality, diversity and inclusion into the wider organisation";
    private static final String BROADER = "to embed equality, diversity and inclusion into the broader organisation";

    static EqualityPlan trust(String version) {
        return EqualityPlan.builder().organisation(Organisation.trust("Co-op Academies Trust"))
                .jurisdiction(Jurisdiction.ENGLAND).version(version)
                .addObjectives(Objective.builder().id("1").title("curriculum").build())
                .addObjectives(Objective.builder().id("2").title(BROADER).build())
                .build();
    }

    static EqualityPlan school(Optional<String> version, AdoptedObjective... adopted) {
        return EqualityPlan.builder().organisation(Organisation.school("Co-op Academy North Manchester", "123456"))
                .jurisdiction(Jurisdiction.ENGLAND)
                .addAdoptions(Adoption.builder().organisation("Co-op Academies Trust").version(version)
                        .addObjectives(adopted).build())
                .addObjectives(Objective.builder().id("1").title("Attainment and Curriculum").build())
                .build();
    }

    static List<Finding> findings(EqualityPlan plan, List<EqualityPlan> adopted) {
        return PlanAssessor.assess(plan, AS_OF, adopted).getFindings().stream()
                .filter(f -> f.getCode().startsWith("duty.adopted-")).collect(Collectors.toList());
    }

    @Test
    void anObjectiveReproducedInReplacedWordingIsFlaggedAtItsTitle() {
        EqualityPlan school = school(Optional.empty(), AdoptedObjective.builder().id("1").title("curriculum").build(),
                AdoptedObjective.builder().id("2").title(WIDER).build());
        List<Finding> found = findings(school, List.of(trust("Approved by the Trust Board on 04 March 2024")));
        assertEquals(1, found.size(), found::toString);
        Finding f = found.get(0);
        assertEquals("duty.adopted-version-mismatch", f.getCode());
        assertEquals(Severity.WARNING, f.getSeverity());
        assertEquals("adoptions[0].objectives[1].title", f.getPath());
        assertEquals("/adoptions/0/objectives/1/title", f.getPointer());
        assertEquals(Optional.of("2"), f.getObjectiveId());
        assertEquals(Optional.of(WIDER), f.getObjectiveTitle());
        assertEquals("Objective '2' is reproduced in wording that differs from Co-op Academies Trust's plan, which "
                + "says '" + BROADER + "'.", f.getMessage());
        assertEquals(Optional.of("title"), f.getFixField());
    }

    @Test
    void aCitedVersionThatIsNotTheAdoptedPlansIsFlaggedAtTheVersion() {
        EqualityPlan school = school(Optional.of("Approved by the Trust Board on 04 March 2021"),
                AdoptedObjective.of("1"));
        List<Finding> found = findings(school, List.of(trust("Approved by the Trust Board on 04 March 2024")));
        assertEquals(List.of("duty.adopted-version-mismatch at /adoptions/0/version: The plan cites version "
                + "'Approved by the Trust Board on 04 March 2021' of Co-op Academies Trust's plan, which is version "
                + "'Approved by the Trust Board on 04 March 2024'."), describe(found));
        assertEquals(Optional.empty(), found.get(0).getObjectiveId());
    }

    @Test
    void referencesThatHoldAndPlansNotGivenAreNotFlagged() {
        EqualityPlan school = school(Optional.of("2024"), AdoptedObjective.builder().id("2").title(BROADER).build());
        assertEquals(List.of(), findings(school, List.of(trust("2024"))));
        // Without the trust's plan nothing can be compared: the rules stay silent.
        EqualityPlan stale = school(Optional.of("2021"), AdoptedObjective.builder().id("2").title(WIDER).build());
        assertEquals(List.of(), findings(stale, List.of()));
        assertEquals(PlanAssessor.assess(stale, AS_OF), PlanAssessor.assess(stale, AS_OF, List.of()));
    }

    @Test
    void aPlanTheSchoolDoesNotAdoptFromOrTwoPlansOfOneTrustAreRefused() {
        EqualityPlan school = school(Optional.empty(), AdoptedObjective.of("1"));
        EqualityPlan other = EqualityPlan.builder().organisation(Organisation.trust("Another Trust"))
                .jurisdiction(Jurisdiction.ENGLAND).build();
        assertEquals("the plan adopts no objectives from Another Trust", assertThrows(IllegalArgumentException.class,
                () -> PlanAssessor.assess(school, AS_OF, List.of(other))).getMessage());
        assertEquals("two of the adopted plans are Co-op Academies Trust's; give one",
                assertThrows(IllegalArgumentException.class,
                        () -> PlanAssessor.assess(school, AS_OF, List.of(trust("2021"), trust("2024")))).getMessage());
        assertEquals("adopted", assertThrows(NullPointerException.class,
                () -> PlanAssessor.assess(school, AS_OF, null)).getMessage());
    }

    @Test
    void anAssessmentChecksEachAdoptedPlanOnceForBothRules() {
        // A stale version, replaced wording and a missing objective: both rules report, from one check of the trust.
        EqualityPlan school = school(Optional.of("Approved by the Trust Board on 04 March 2021"),
                AdoptedObjective.builder().id("2").title(WIDER).build(), AdoptedObjective.of("3"));
        List<EqualityPlan> trusts = List.of(trust("Approved by the Trust Board on 04 March 2024"));
        CountedAdoptions counted = CountedAdoptions.ofCheck();
        Assessment assessment = PlanAssessor.assessWith(null, school, AS_OF, counted.of(school, trusts));
        assertEquals(1, counted.calls());
        // The same assessment as the public entry point gives, finding for finding.
        assertEquals(PlanAssessor.assess(school, AS_OF, trusts), assessment);
        assertEquals(List.of("duty.adopted-version-mismatch at /adoptions/0/objectives/0/title",
                "duty.adopted-objective-missing at /adoptions/0/objectives/1/id",
                "duty.adopted-version-mismatch at /adoptions/0/version"), adoptionFindings(assessment));
        // Given problems that say nothing is wrong, no rule reports: none checks the adoptions again on its own.
        CountedAdoptions nothing = CountedAdoptions.findingNothing();
        assertEquals(List.of(), adoptionFindings(PlanAssessor.assessWith(null, school, AS_OF,
                nothing.of(school, trusts))));
        assertEquals(1, nothing.calls());
    }

    private static List<String> adoptionFindings(Assessment assessment) {
        return assessment.getFindings().stream().filter(f -> f.getCode().startsWith("duty.adopted-"))
                .map(f -> f.getCode() + " at " + f.getPointer()).collect(Collectors.toList());
    }

    static List<String> describe(List<Finding> found) {
        return found.stream().map(f -> f.getCode() + " at " + f.getPointer() + ": " + f.getMessage())
                .collect(Collectors.toList());
    }
}
