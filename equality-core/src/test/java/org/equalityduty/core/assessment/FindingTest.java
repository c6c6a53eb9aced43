package org.equalityduty.core.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.equalityduty.core.constraints.Severity;
import org.equalityduty.core.duty.DutyAim;
import org.equalityduty.core.duty.Population;
import org.equalityduty.core.duty.ProtectedCharacteristic;
import org.equalityduty.core.plan.Direction;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.Objective;
import org.equalityduty.core.plan.QuantitativeTarget;
import org.equalityduty.core.plan.TargetKind;
import org.equalityduty.core.plan.TimeFrame;
import org.junit.jupiter.api.Test;

/**
 * What a finding carries (issue 13, "findings a person can act on" and "less noise"): its JSON Pointer, the objective
 * it concerns, the criteria it covers, the fix and the field the fix names; one finding per rule per objective.
 */
class FindingTest {
    private static QuantitativeTarget noBaseline(String id) {
        return QuantitativeTarget.builder().id(id).text("criterion").measure(Fixtures.share())
                .direction(Direction.INCREASE).target(org.equalityduty.core.plan.Target.of(TargetKind.LEVEL, "30"))
                .deadline(LocalDate.of(2026, 7, 31)).build();
    }

    private static Objective staff(String id, QuantitativeTarget... criteria) {
        return Fixtures.objectiveBuilder(id).addAims(DutyAim.ADVANCE_EQUALITY_OF_OPPORTUNITY)
                .addCharacteristics(ProtectedCharacteristic.SEX).addPopulations(Population.STAFF)
                .addActions(Fixtures.action(TimeFrame.dueBy(LocalDate.of(2025, 7, 31)), criteria)).build();
    }

    @Test
    void oneCriterionGivesAFindingAtTheCriterion() {
        EqualityPlan plan = Fixtures.plan(staff("o1", noBaseline("o1.c1")));
        Finding f = Fixtures.findings(plan, "smart.no-baseline").get(0);
        assertEquals("objectives[0].actions[0].successCriteria[0]", f.getPath());
        assertEquals("/objectives/0/actions/0/successCriteria/0", f.getPointer());
        assertEquals(Optional.of("o1"), f.getObjectiveId());
        assertEquals(Optional.of("Increase the share of men in support roles"), f.getObjectiveTitle());
        assertEquals(List.of("o1.c1"), f.getCriteria());
        assertEquals("This criterion does not say where the measure starts from, so progress cannot be measured.",
                f.getMessage());
        assertEquals(Optional.of("baseline"), f.getFixField());
        assertEquals(Rule.NO_BASELINE.getFix(), f.getFix());
        assertEquals(Optional.of("SMART: measurable (docs/domain.md, section 6)"), f.getSource());
        assertEquals(Severity.WARNING, f.getSeverity());
    }

    @Test
    void siblingCriteriaGiveOneFindingAtTheObjectiveNamingThem() {
        // Two objectives: the rule reports once for each, however many criteria it covers.
        EqualityPlan plan = Fixtures.plan(staff("o1", noBaseline("o1.c1"), noBaseline("o1.c2"), noBaseline("o1.c3")),
                staff("o2", noBaseline("o2.c1")));
        List<Finding> found = Fixtures.findings(plan, "smart.no-baseline");
        assertEquals(2, found.size(), found::toString);
        Finding first = found.get(0);
        assertEquals("objectives[0]", first.getPath());
        assertEquals("/objectives/0", first.getPointer());
        assertEquals(List.of("o1.c1", "o1.c2", "o1.c3"), first.getCriteria());
        assertEquals("This criterion does not say where the measure starts from, so progress cannot be measured "
                + "(criteria o1.c1, o1.c2 and o1.c3).", first.getMessage());
        assertEquals(Optional.of("o1"), first.getObjectiveId());
        assertEquals("/objectives/1/actions/0/successCriteria/0", found.get(1).getPointer());
        assertEquals(Optional.of("o2"), found.get(1).getObjectiveId());
        // The SMART summary still sees the letter denied.
        assertEquals("[objectives[0] o1 S-ART, objectives[1] o2 S-ART]", Fixtures.assess(plan).getObjectives()
                .toString());
    }

    @Test
    void differentMessagesAtOneObjectiveAreNamedEach() {
        Objective o = Fixtures.objectiveBuilder("o1").addAims(DutyAim.ADVANCE_EQUALITY_OF_OPPORTUNITY)
                .addCharacteristics(ProtectedCharacteristic.SEX).addPopulations(Population.STAFF)
                .addActions(Fixtures.action(null, Fixtures.quant(Fixtures.share(), "20", Direction.INCREASE,
                        TargetKind.LEVEL, "30", null)))
                .addActions(Fixtures.action(null))
                .addActions(Fixtures.action(TimeFrame.ongoing())).build();
        Finding f = Fixtures.findings(Fixtures.plan(o), "smart.not-time-bound").get(0);
        assertEquals("/objectives/0", f.getPointer());
        assertEquals("This action has no time frame (actions 1 and 2). This action is ongoing with no review point, "
                + "so nobody can tell when to check on it (action 3). This criterion has no deadline, and its action "
                + "has no date (criterion c1).", f.getMessage());
        assertEquals(List.of("c1"), f.getCriteria());
    }

    @Test
    void planFindingsCarryNoObjective() {
        Finding f = Fixtures.findings(Fixtures.plan(), "duty.no-objectives").get(0);
        assertEquals("", f.getPointer());
        assertEquals(Optional.empty(), f.getObjectiveId());
        assertEquals(Optional.empty(), f.getObjectiveTitle());
        assertEquals(List.of(), f.getCriteria());
        assertEquals(Optional.of("objectives"), f.getFixField());
    }

    @Test
    void structuralFindingsHaveAPointerToo() {
        Objective blank = Objective.builder().id("o1").title(" ").build();
        Finding f = Fixtures.findings(Fixtures.plan(blank), "structure.not-blank").get(0);
        assertEquals("objectives[0].title", f.getPath());
        assertEquals("/objectives/0/title", f.getPointer());
        assertEquals(Optional.of("o1"), f.getObjectiveId());
        assertEquals(Optional.empty(), f.getFixField());
        assertEquals("Correct this value so that the plan is well formed.", f.getFix());
    }

    @Test
    void oneLineForm() {
        Finding f = Fixtures.findings(Fixtures.plan(), "duty.no-objectives").get(0);
        assertEquals("error duty.no-objectives (plan): This plan has no equality objectives; the specific duties "
                + "require at least one.", f.toString());
    }
}
