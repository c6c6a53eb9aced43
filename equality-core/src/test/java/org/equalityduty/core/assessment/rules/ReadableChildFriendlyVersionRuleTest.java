package org.equalityduty.core.assessment.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.equalityduty.core.duty.Jurisdiction;
import org.equalityduty.core.duty.Organisation;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.Objective;
import org.junit.jupiter.api.Test;

/** {@code child.hard-to-read} with a given reading ease: 70 (Flesch's "fairly easy") passes, anything less does not. */
class ReadableChildFriendlyVersionRuleTest {
    private static List<String> run(double ease) {
        EqualityPlan plan = EqualityPlan.builder().organisation(Organisation.trust("T"))
                .jurisdiction(Jurisdiction.ENGLAND)
                .addObjectives(Objective.builder().id("o1").title("T").childFriendlyVersion("We help you.").build(),
                        Objective.builder().id("o2").title("U").build())
                .build();
        List<String> found = new ArrayList<>();
        new ReadableChildFriendlyVersionRule(text -> OptionalDouble.of(ease))
                .run(plan, LocalDate.of(2026, 12, 1), (site, message) -> found.add(site + ": " + message));
        return found;
    }

    @Test
    void theMinimumPassesAndJustBelowItDoesNot() {
        assertEquals(List.of(), run(70));
        assertEquals(List.of("objectives[0]: The child-friendly version scores 69.9 for reading ease (Flesch), below "
                + "70: it may be hard for a primary pupil to read."), run(69.94));
        // 69.95 rounded half up would read "70.0 ... below 70": a failing score is never shown as the minimum.
        assertEquals(List.of("objectives[0]: The child-friendly version scores 69.9 for reading ease (Flesch), below "
                + "70: it may be hard for a primary pupil to read."), run(69.95));
    }

    @Test
    void aTextWithNoScoreIsNotJudged() {
        List<String> found = new ArrayList<>();
        EqualityPlan plan = EqualityPlan.builder().organisation(Organisation.trust("T"))
                .jurisdiction(Jurisdiction.ENGLAND)
                .addObjectives(Objective.builder().id("o1").title("T").childFriendlyVersion("42").build()).build();
        new ReadableChildFriendlyVersionRule(text -> OptionalDouble.empty())
                .run(plan, LocalDate.of(2026, 12, 1), (site, message) -> found.add(message));
        assertEquals(List.of(), found);
        assertEquals("readingEase", assertThrows(NullPointerException.class,
                () -> new ReadableChildFriendlyVersionRule(null)).getMessage());
    }

    @Test
    void aFailingScoreIsShownToOnePlaceHalfUpButNeverAsTheMinimum() {
        assertEquals("53.4", ReadableChildFriendlyVersionRule.shown(53.44));
        assertEquals("53.5", ReadableChildFriendlyVersionRule.shown(53.45));
        assertEquals("69.9", ReadableChildFriendlyVersionRule.shown(69.94));
        assertEquals("69.9", ReadableChildFriendlyVersionRule.shown(69.95));
        assertEquals("69.9", ReadableChildFriendlyVersionRule.shown(69.999));
        assertEquals("-3.3", ReadableChildFriendlyVersionRule.shown(-3.25));
    }
}
