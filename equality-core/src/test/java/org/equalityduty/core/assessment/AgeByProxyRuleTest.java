package org.equalityduty.core.assessment;

import static org.equalityduty.core.assessment.Fixtures.assertNone;
import static org.equalityduty.core.assessment.Fixtures.assertOnly;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.equalityduty.core.constraints.Severity;
import org.equalityduty.core.duty.DutyAim;
import org.equalityduty.core.duty.Population;
import org.equalityduty.core.plan.Direction;
import org.equalityduty.core.plan.GroupReference;
import org.equalityduty.core.plan.Measure;
import org.equalityduty.core.plan.MeasureKind;
import org.equalityduty.core.plan.Milestone;
import org.equalityduty.core.plan.Objective;
import org.equalityduty.core.plan.QualitativeCriterion;
import org.equalityduty.core.plan.QuantitativeTarget;
import org.equalityduty.core.population.Dimensions;
import org.equalityduty.core.population.Group;
import org.junit.jupiter.api.Test;

/** {@code duty.age-by-proxy}: an objective for pupils drawn by year group (Equality Act 2010 s.84, Sch. 18 para 1). */
class AgeByProxyRuleTest {
    private static final String CODE = "duty.age-by-proxy";
    private static final Group YEAR_6 = Group.of(Dimensions.category("year_group:y6"));

    private static Objective objective(Population population, Group group) {
        return Fixtures.objectiveBuilder("o1").addAims(DutyAim.ADVANCE_EQUALITY_OF_OPPORTUNITY)
                .addPopulations(population).addGroups(group).build();
    }

    @Test
    void aPupilObjectiveAboutAYearGroupIsFlagged() {
        assertOnly(Fixtures.plan(objective(Population.PUPILS, YEAR_6)), CODE, Severity.WARNING, "objectives[0].groups",
                "This objective for pupils is about year groups (Year 6), which are ages by another name; age is not "
                        + "protected for pupils, so the objective does not serve the equality duty for them.");
    }

    @Test
    void anEmphasisOnAYearGroupIsFlaggedToo() {
        Group pupils = Group.builder().label("all pupils").emphasis(YEAR_6).build();
        assertOnly(Fixtures.plan(objective(Population.PUPILS, pupils)), CODE, Severity.WARNING,
                "objectives[0].groups", "This objective for pupils is about year groups (Year 6), which are ages by "
                        + "another name; age is not protected for pupils, so the objective does not serve the "
                        + "equality duty for them.");
    }

    @Test
    void otherGroupsAndOtherPopulationsPass() {
        assertNone(Fixtures.plan(objective(Population.PUPILS, Group.of(Dimensions.category("sex:female")))), CODE);
        assertNone(Fixtures.plan(objective(Population.STAFF, YEAR_6)), CODE);
    }

    private static Group year(int y) {
        return Group.of(Dimensions.category("year_group:y" + y));
    }

    private static String message(String years) {
        return "This objective for pupils is about year groups (" + years + "), which are ages by another name; age "
                + "is not protected for pupils, so the objective does not serve the equality duty for them.";
    }

    @Test
    void theGroupsOfEachObjectivesMeasuresCountAndAMeasureOfPupilsMakesItAboutPupils() {
        Measure.Builder pupils = Measure.builder().kind(MeasureKind.REPRESENTATION_SHARE).population(Population.PUPILS);
        // o1 names no population; its action's target measures pupils in Year 7 within Year 8.
        Objective o1 = Fixtures.objectiveBuilder("o1").addActions(Fixtures.action(null, QuantitativeTarget.builder()
                .id("c1").text("share").measure(pupils.focusGroup(year(7)).within(year(8)).build())
                .direction(Direction.INCREASE).build())).build();
        // o2 is about staff, but its qualitative criterion measures pupils against Year 9.
        Objective o2 = Fixtures.objectiveBuilder("o2").addPopulations(Population.STAFF)
                .addSuccessCriteria(QualitativeCriterion.builder().id("c2").text("pupils say so")
                        .measure(Measure.builder().kind(MeasureKind.REPRESENTATION_SHARE).population(Population.PUPILS)
                                .focusGroup(Group.of(Dimensions.category("sex:female")))
                                .reference(GroupReference.of(year(9))).build())
                        .build())
                .build();
        // o3 is about pupils; the group its staff measure focuses on is still a year group.
        Objective o3 = Fixtures.objectiveBuilder("o3").addPopulations(Population.PUPILS)
                .addSuccessCriteria(QuantitativeTarget.builder().id("c3").text("share").measure(Measure.builder()
                        .kind(MeasureKind.REPRESENTATION_SHARE).population(Population.STAFF).focusGroup(year(10))
                        .build()).direction(Direction.INCREASE).build(), Milestone.of("c4", "done"))
                .build();
        // o4 is about staff and measures staff: year groups are not ages of pupils there.
        Objective o4 = Fixtures.objectiveBuilder("o4").addPopulations(Population.STAFF)
                .addSuccessCriteria(QuantitativeTarget.builder().id("c5").text("share").measure(Measure.builder()
                        .kind(MeasureKind.REPRESENTATION_SHARE).population(Population.STAFF).focusGroup(year(11))
                        .build()).direction(Direction.INCREASE).build())
                .build();
        assertEquals(List.of("objectives[0].groups: " + message("Year 7, Year 8"),
                "objectives[1].groups: " + message("Year 9"), "objectives[2].groups: " + message("Year 10")),
                Fixtures.findings(Fixtures.plan(o1, o2, o3, o4), CODE).stream()
                        .map(f -> f.getPath() + ": " + f.getMessage()).toList());
    }
}
