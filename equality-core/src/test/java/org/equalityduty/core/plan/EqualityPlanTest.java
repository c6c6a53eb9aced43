package org.equalityduty.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.equalityduty.core.duty.Jurisdiction;
import org.equalityduty.core.duty.Organisation;
import org.junit.jupiter.api.Test;

class EqualityPlanTest {
    private static final Milestone OWN = Milestone.builder().id("o1.m1").text("Policy agreed").due(LocalDate.of(2025, 3, 31)).build();
    private static final Milestone DATED = Milestone.builder().id("o1.a1.m1").text("Staff trained").due(LocalDate.of(2025, 6, 30)).build();
    private static final Milestone SECOND = Milestone.builder().id("o2.a1.m1").text("Survey run").due(LocalDate.of(2026, 6, 30)).build();
    private static final Action DUE = Action.builder().description("Training")
            .timeFrame(TimeFrame.dueBy(LocalDate.of(2025, 7, 31))).addSuccessCriteria(DATED).build();
    private static final Action WITHIN = Action.builder().description("Survey")
            .timeFrame(TimeFrame.within(java.time.Period.ofMonths(3))).addSuccessCriteria(SECOND).build();
    private static final EqualityPlan PLAN = EqualityPlan.builder()
            .organisation(Organisation.school("Example Primary", "123456"))
            .jurisdiction(Jurisdiction.ENGLAND)
            .period(PlanPeriod.of(LocalDate.of(2024, 9, 1), LocalDate.of(2028, 8, 31)))
            .addObjectives(Objective.builder().id("o1").title("One").targetDate(LocalDate.of(2027, 7, 31))
                    .addActions(DUE).addSuccessCriteria(OWN).build())
            .addObjectives(Objective.builder().id("o2").title("Two").addActions(WITHIN).build())
            .build();

    @Test
    void criteriaAreInPlanOrderWithTheirObjectiveAndAction() {
        List<PlacedCriterion> placed = PLAN.criteria();
        assertEquals(List.of("objectives[0].successCriteria[0] (o1.m1)", "objectives[0].actions[0].successCriteria[0] (o1.a1.m1)",
                "objectives[1].actions[0].successCriteria[0] (o2.a1.m1)"),
                placed.stream().map(PlacedCriterion::toString).collect(Collectors.toList()));
        assertSame(OWN, placed.get(0).getCriterion());
        assertEquals("o1", placed.get(0).getObjective().getId());
        assertEquals(Optional.empty(), placed.get(0).getAction());
        assertEquals(Optional.of(DUE), placed.get(1).getAction());
        assertEquals("o2", placed.get(2).getObjective().getId());
    }

    @Test
    void fallbackDeadlineIsTheActionsDueDateOrTheObjectivesTargetDate() {
        List<PlacedCriterion> placed = PLAN.criteria();
        assertEquals(Optional.of(LocalDate.of(2027, 7, 31)), placed.get(0).getFallbackDeadline());
        assertEquals(Optional.of(LocalDate.of(2025, 7, 31)), placed.get(1).getFallbackDeadline());
        // within three months of the plan's start, 1 September 2024
        assertEquals(Optional.of(LocalDate.of(2024, 12, 1)), placed.get(2).getFallbackDeadline());
    }

    @Test
    void findCriterionById() {
        assertEquals("objectives[1].actions[0].successCriteria[0]", PLAN.findCriterion("o2.a1.m1").orElseThrow().getPath());
        assertEquals(Optional.empty(), PLAN.findCriterion("o9"));
    }
}
