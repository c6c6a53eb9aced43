package org.equalityduty.core.assessment;

import static org.equalityduty.core.assessment.Fixtures.assertNone;
import static org.equalityduty.core.assessment.Fixtures.assertOnly;

import org.equalityduty.core.constraints.Severity;
import org.equalityduty.core.duty.DutyAim;
import org.equalityduty.core.duty.Population;
import org.equalityduty.core.plan.Objective;
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
}
