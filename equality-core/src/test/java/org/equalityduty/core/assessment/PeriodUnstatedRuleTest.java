package org.equalityduty.core.assessment;

import static org.equalityduty.core.assessment.Fixtures.assertNone;
import static org.equalityduty.core.assessment.Fixtures.assertOnly;

import java.time.LocalDate;
import org.equalityduty.core.constraints.Severity;
import org.equalityduty.core.duty.Jurisdiction;
import org.equalityduty.core.duty.Organisation;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.PlanDate;
import org.equalityduty.core.plan.ReviewSchedule;
import org.junit.jupiter.api.Test;

/**
 * {@code duty.period-unstated}, as of {@link Fixtures#AS_OF} (1 March 2025); the cycle is England's four years. The
 * expected figures are counted by hand: 2016-02-01 plus four years is 2020-02-01, before the assessment date.
 */
class PeriodUnstatedRuleTest {
    private static final String CODE = "duty.period-unstated";

    private static EqualityPlan.Builder undated() {
        return EqualityPlan.builder().organisation(Organisation.trust("Test Trust")).jurisdiction(Jurisdiction.ENGLAND)
                .addObjectives(Fixtures.objective());
    }

    @Test
    void aPlanWithNoPeriodIsFlaggedAtItsPeriodField() {
        assertOnly(undated().build(), CODE, Severity.WARNING, "period", "The plan states no period, and no date for "
                + "its next review, so nobody can tell whether its objectives are renewed at least every 4 years.");
    }

    @Test
    void aStartWithNoEndIsFlagged() {
        assertOnly(undated().openEndedStart(PlanDate.parse("2024-04")).build(), CODE, Severity.WARNING, "period",
                "The plan states a start (2024-04) and no end, and no date for its next review, so nobody can tell "
                        + "whether its objectives are renewed at least every 4 years.");
    }

    @Test
    void wordsThatGiveNoTwoYearsAreFlagged() {
        assertOnly(undated().periodAsWritten("from the spring term").build(), CODE, Severity.WARNING, "period",
                "The plan states only \"from the spring term\", which gives no end, and no date for its next review, "
                        + "so nobody can tell whether its objectives are renewed at least every 4 years.");
    }

    @Test
    void aStatedPeriodTwoYearsInWordsOrANextReviewAreEnough() {
        assertNone(Fixtures.plan(Fixtures.objective()), CODE);
        assertNone(undated().periodAsWritten("Objectives 2022-2026").build(), CODE);
        assertNone(undated().openEndedStart(PlanDate.parse("2024-01"))
                .review(ReviewSchedule.builder().next(PlanDate.parse("2028-01")).build()).build(), CODE);
    }

    @Test
    void aLastReviewOrACycleAloneIsNotAnEnd() {
        assertOnly(undated().review(ReviewSchedule.builder().lastReviewed(PlanDate.parse("2023-10"))
                .every(java.time.Period.ofYears(4)).build()).build(), CODE, Severity.WARNING, "period",
                "The plan states no period, and no date for its next review, so nobody can tell whether its "
                        + "objectives are renewed at least every 4 years.");
    }

    @Test
    void notRaisedWhenARecordedDateShowsTheObjectivesOverdue() {
        assertNone(undated().openEndedStart(PlanDate.parse("2016-02")).build(), CODE);
        assertNone(undated().publishedOn(LocalDate.of(2019, 1, 1)).build(), CODE);
    }
}
