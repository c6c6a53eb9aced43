package org.equalityduty.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.EnumSet;
import java.util.Set;
import org.equalityduty.core.duty.DutyAim;
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

    /** {@link #PLAN}, with its first objective's title, its first action and its start as given. */
    private static EqualityPlan plan(String title, Action first, LocalDate start) {
        return EqualityPlan.builder()
                .organisation(Organisation.school("Example Primary", "123456"))
                .jurisdiction(Jurisdiction.ENGLAND)
                .period(PlanPeriod.of(start, LocalDate.of(2028, 8, 31)))
                .addObjectives(Objective.builder().id("o1").title(title).targetDate(LocalDate.of(2027, 7, 31))
                        .addActions(first).addSuccessCriteria(OWN).build())
                .addObjectives(Objective.builder().id("o2").title("Two").addActions(WITHIN).build())
                .build();
    }

    @Test
    void placedCriteriaAreEqualOnlyAtTheSamePlaceOfAnEqualPlan() {
        // The same plan built twice gives equal placed criteria; each differs from the others in its path, its
        // criterion, its objective or its action.
        LocalDate start = LocalDate.of(2024, 9, 1);
        List<PlacedCriterion> placed = PLAN.criteria();
        List<PlacedCriterion> again = plan("One", DUE, start).criteria();
        for (int i = 0; i < placed.size(); i++) {
            assertEquals(placed.get(i), again.get(i));
            assertEquals(placed.get(i).hashCode(), again.get(i).hashCode());
            for (int j = 0; j < placed.size(); j++) {
                if (i != j) {
                    assertNotEquals(placed.get(i), placed.get(j));
                }
            }
        }
        assertNotEquals(placed.get(0).hashCode(), placed.get(1).hashCode());
        assertNotEquals(placed.get(0), "objectives[0].successCriteria[0] (o1.m1)");
        assertNotEquals(placed.get(0), null);
        // The same criterion under another objective title: path and criterion match, the objective does not.
        assertNotEquals(placed.get(0), plan("Renamed", DUE, start).criteria().get(0));
        // The same criterion in an action with another description: only the action differs.
        Action other = Action.builder().description("Other training")
                .timeFrame(TimeFrame.dueBy(LocalDate.of(2025, 7, 31))).addSuccessCriteria(DATED).build();
        assertNotEquals(placed.get(1), plan("One", other, start).criteria().get(1));
        // The same plan from a later start: only the plan's start differs, and the hash (of path and criterion)
        // does not change.
        PlacedCriterion later = plan("One", DUE, LocalDate.of(2024, 10, 1)).criteria().get(2);
        assertNotEquals(placed.get(2), later);
        assertEquals(placed.get(2).hashCode(), later.hashCode());
    }

    @Test
    void timeFramesReadAsAPlanStatesThem() {
        assertEquals("by 2025-07-31", TimeFrame.dueBy(LocalDate.of(2025, 7, 31)).toString());
        assertEquals("within P3M", TimeFrame.within(java.time.Period.ofMonths(3)).toString());
        assertEquals("termly", Recurring.of(org.equalityduty.core.duty.Recurrence.TERMLY).toString());
        assertEquals("ongoing", Ongoing.builder().build().toString());
        assertEquals("ongoing, reviewed annually", Ongoing.builder()
                .reviewEvery(org.equalityduty.core.duty.Recurrence.ANNUALLY).build().toString());
    }

    @Test
    void subjectAndKeyStageCodesAreTheFormatsCodes() {
        // The codes of equality-json's equality-plan.schema.json ("subjects" and "keyStages" enums).
        assertEquals(List.of("reading", "writing", "maths", "grammar_punctuation_spelling", "english", "science",
                "reading_writing_maths", "english_and_maths", "attainment_8", "progress_8"),
                java.util.Arrays.stream(Subject.values()).map(Subject::getCode).collect(Collectors.toList()));
        assertEquals(List.of("eyfs", "ks1", "ks2", "ks3", "ks4", "ks5"),
                java.util.Arrays.stream(KeyStage.values()).map(KeyStage::getCode).collect(Collectors.toList()));
        assertSame(Subject.PROGRESS_8, Subject.fromCode("progress_8"));
        assertSame(KeyStage.KS4, KeyStage.fromCode("ks4"));
    }

    @Test
    void anObjectiveServesItsOwnAimsAndThePlansAims() {
        Objective own = Objective.builder().id("o1").title("One").addAims(DutyAim.ELIMINATE_DISCRIMINATION).build();
        Objective none = Objective.builder().id("o2").title("Two").build();
        EqualityPlan plan = EqualityPlan.builder().organisation(Organisation.school("Example Primary", "123456"))
                .jurisdiction(Jurisdiction.ENGLAND).addAims(DutyAim.FOSTER_GOOD_RELATIONS)
                .addObjectives(own, none).build();
        assertEquals(Set.of(DutyAim.FOSTER_GOOD_RELATIONS), plan.getAims());
        assertEquals(List.of(DutyAim.ELIMINATE_DISCRIMINATION, DutyAim.FOSTER_GOOD_RELATIONS),
                List.copyOf(plan.aimsOf(own)));
        assertEquals(EnumSet.of(DutyAim.FOSTER_GOOD_RELATIONS), plan.aimsOf(none));
        // A plan that states no aims of its own leaves each objective with its own.
        assertEquals(Set.of(), PLAN.getAims());
        assertEquals(Set.of(), PLAN.aimsOf(PLAN.getObjectives().get(1)));
        assertEquals("objective", assertThrows(NullPointerException.class, () -> PLAN.aimsOf(null)).getMessage());
        assertThrows(UnsupportedOperationException.class, () -> plan.aimsOf(none).add(DutyAim.ELIMINATE_DISCRIMINATION));
    }
}
