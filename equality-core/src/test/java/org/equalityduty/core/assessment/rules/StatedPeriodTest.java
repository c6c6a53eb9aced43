package org.equalityduty.core.assessment.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.equalityduty.core.duty.Jurisdiction;
import org.equalityduty.core.duty.Organisation;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.PlanDate;
import org.equalityduty.core.plan.PlanPeriod;
import org.equalityduty.core.plan.ReviewSchedule;
import org.junit.jupiter.api.Test;

/**
 * What a plan's words say about its time. The days common to the calendar reading (1 January of the first year to
 * 31 December of the last) and the academic reading (1 September to 31 August) are counted by hand.
 */
class StatedPeriodTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);

    private static LocalDate[] days(String first, String last) {
        return new LocalDate[] {LocalDate.parse(first), LocalDate.parse(last)};
    }

    @Test
    void twoYearsInWordsAreReadBothWays() {
        assertArrayEquals(days("2022-09-01", "2026-08-31"), StatedPeriod.commonToReadings("2022-2026").get());
        assertArrayEquals(days("2023-09-01", "2027-08-31"),
                StatedPeriod.commonToReadings("Trust Wide Equality Objectives 2023-27").get());
        assertArrayEquals(days("2018-09-01", "2021-08-31"),
                StatedPeriod.commonToReadings("Equality Objectives \u2013 2018/2021").get());
        assertArrayEquals(days("2025-09-01", "2028-08-31"),
                StatedPeriod.commonToReadings("Equality and Diversity Objectives (2025-28)").get());
        assertArrayEquals(days("1999-09-01", "2000-08-31"), StatedPeriod.commonToReadings("1999-00").get());
    }

    @Test
    void otherWordsAreNotRead() {
        assertEquals(Optional.empty(), StatedPeriod.commonToReadings("adopted in January 2024"));
        assertEquals(Optional.empty(), StatedPeriod.commonToReadings("2024"));
        // A month, not two years: 2025-07 would be 2025 to 2107.
        assertEquals(Optional.empty(), StatedPeriod.commonToReadings("2025-07"));
        assertEquals(Optional.empty(), StatedPeriod.commonToReadings("2024/2024"));
        assertEquals(Optional.empty(), StatedPeriod.commonToReadings("2010-2030"));
        assertEquals(Optional.empty(), StatedPeriod.commonToReadings("12024-2026"));
    }

    private static EqualityPlan.Builder plan() {
        return EqualityPlan.builder().organisation(Organisation.trust("Test Trust")).jurisdiction(Jurisdiction.ENGLAND);
    }

    @Test
    void theWindowIsWhatThePlanStatesOrTheCycleBeforeTheAssessment() {
        assertArrayEquals(days("2024-09-01", "2025-08-31"), StatedPeriod.window(plan()
                .period(PlanPeriod.of(LocalDate.of(2024, 9, 1), LocalDate.of(2025, 8, 31))).build(), AS_OF));
        assertArrayEquals(days("2022-09-01", "2026-08-31"),
                StatedPeriod.window(plan().periodAsWritten("2022-2026").build(), AS_OF));
        assertArrayEquals(days("2024-01-01", "2028-01-31"), StatedPeriod.window(plan()
                .openEndedStart(PlanDate.parse("2024-01"))
                .review(ReviewSchedule.builder().next(PlanDate.parse("2028-01")).build()).build(), AS_OF));
        assertArrayEquals(days("2023-10-01", "2026-12-01"), StatedPeriod.window(plan()
                .review(ReviewSchedule.builder().lastReviewed(PlanDate.parse("2023-10")).build()).build(), AS_OF));
        assertArrayEquals(days("2022-12-01", "2026-12-01"), StatedPeriod.window(plan().build(), AS_OF));
    }

    @Test
    void theObjectivesWereSetOnThePublicationDateElseTheStart() {
        assertEquals(Optional.of(LocalDate.of(2019, 1, 1)),
                StatedPeriod.setOn(plan().publishedOn(LocalDate.of(2019, 1, 1)).periodAsWritten("2018-2021").build()));
        assertEquals(Optional.of(LocalDate.of(2016, 2, 1)),
                StatedPeriod.setOn(plan().openEndedStart(PlanDate.parse("2016-02")).build()));
        assertEquals(Optional.of(LocalDate.of(2018, 9, 1)),
                StatedPeriod.setOn(plan().periodAsWritten("2018/2021").build()));
        assertEquals(Optional.empty(), StatedPeriod.setOn(plan().build()));
    }

    @Test
    void aPeriodOfTenYearsInWordsIsTheLongestRead() {
        assertArrayEquals(days("2020-09-01", "2030-08-31"), StatedPeriod.commonToReadings("2020-2030").get());
        assertEquals(Optional.empty(), StatedPeriod.commonToReadings("2020-2031"));
    }
}
