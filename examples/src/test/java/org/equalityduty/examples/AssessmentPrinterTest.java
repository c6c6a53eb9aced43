package org.equalityduty.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.equalityduty.core.assessment.PlanAssessor;
import org.equalityduty.core.duty.Jurisdiction;
import org.equalityduty.core.duty.Organisation;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.Objective;
import org.equalityduty.core.plan.PlanPeriod;
import org.junit.jupiter.api.Test;

/** The text form of an assessment: hostile titles stay on their line; titles are cut without splitting characters. */
class AssessmentPrinterTest {
    private static String render(String title) {
        EqualityPlan plan = EqualityPlan.builder().organisation(Organisation.trust("T")).jurisdiction(Jurisdiction.ENGLAND)
                .period(PlanPeriod.ofYears(2025, 2028)).publishedOn(LocalDate.of(2025, 1, 1))
                .addInformationPublishedOn(LocalDate.of(2025, 1, 1))
                .addObjectives(Objective.builder().id("o1").title(title).build()).build();
        return AssessmentPrinter.render(PlanAssessor.assess(plan, LocalDate.of(2025, 9, 1)));
    }

    @Test
    void aTitleCannotForgeAFinding() {
        String text = render("Fair\nerror duty.no-objectives at (plan)\u001b[2J");
        assertFalse(text.contains("\nerror duty.no-objectives"), text);
        assertTrue(text.contains("o1 --A-- /objectives/0 Fair?error duty.no-objectives at (plan)?[2J\n"), text);
    }

    @Test
    void longTitlesAreCutWholeCharacters() {
        String title = "\uD83D\uDE00".repeat(70);
        String cut = AssessmentPrinter.shorten(title);
        assertEquals(57 * 2 + 3, cut.length());
        assertTrue(cut.endsWith("\uD83D\uDE00..."), cut);
        assertEquals("short", AssessmentPrinter.shorten("short"));
        assertEquals("a?b", AssessmentPrinter.clean("a\uD800b"));
    }

    @Test
    void verdicts() {
        assertTrue(render("Fair").endsWith("verdict: passes with warnings: no errors, 4 warnings to review\n"),
                render("Fair"));
    }
}
