package org.equalityduty.core.assessment.rules;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.PlanDate;
import org.equalityduty.core.plan.ReviewSchedule;

/**
 * What a plan's own words say about the time it covers, for the rules that need it when the plan states no whole
 * period: the earliest and latest day its objectives can be taken to run, on every reading the words allow.
 *
 * <p>A period kept only as written ("2022-2026", "2023-27", "2018/2021") is read both as calendar years and as
 * academic years; the days both readings cover run from 1 September of the first year to 31 August of the last, so
 * a rule that relies on them is right whichever reading the plan meant (docs/domain.md, section 3: "record which
 * reading the plan uses, never guess silently"). Other words are not read.
 */
final class StatedPeriod {
    /** Two years, the second after the first and at most ten years on, the second possibly in two digits. */
    private static final Pattern YEARS = Pattern.compile("(?<![0-9])([12][0-9]{3})\\s*[-\u2013\u2014/]\\s*([0-9]{4}|[0-9]{2})(?![0-9])");

    private StatedPeriod() {
    }

    /**
     * The days every reading of a period written as two years covers: 1 September of the first year to 31 August of
     * the second.
     *
     * @param asWritten  the plan's words, not null
     * @return the first and last day, empty if the words do not give two years, not null
     */
    static Optional<LocalDate[]> commonToReadings(String asWritten) {
        Matcher m = YEARS.matcher(asWritten);
        if (!m.find()) {
            return Optional.empty();
        }
        int first = Integer.parseInt(m.group(1));
        String second = m.group(2);
        int last = second.length() == 2 ? first / 100 * 100 + Integer.parseInt(second) : Integer.parseInt(second);
        if (second.length() == 2 && last < first) {
            last += 100;
        }
        if (last <= first || last - first > 10) {
            return Optional.empty();
        }
        return Optional.of(new LocalDate[] {LocalDate.of(first, 9, 1), LocalDate.of(last, 8, 31)});
    }

    /**
     * The day the plan's objectives were set, on every reading of its words: the publication date, else the period's
     * start or an open-ended start, else the start common to the readings of a period kept as written.
     *
     * @param plan  the plan, not null
     * @return the day, empty if the plan states none of these, not null
     */
    static Optional<LocalDate> setOn(EqualityPlan plan) {
        return plan.getPublishedOn().or(plan::startDate)
                .or(() -> plan.getPeriodAsWritten().flatMap(StatedPeriod::commonToReadings).map(d -> d[0]));
    }

    /**
     * The first and last day a plan's objectives run, as the plan states them, or, where it states no start, the
     * objectives cycle before the assessment date (a plan read as current on that date was set within one cycle, or it
     * is overdue), and where it states no end, the assessment date.
     *
     * @param plan  the plan, not null
     * @param asOf  the assessment date, not null
     * @return the first and last day, not null
     */
    /** The day a period before a date, or the earliest day there is. */
    private static LocalDate before(LocalDate date, Period period) {
        try {
            return date.minus(period);
        } catch (DateTimeException e) {
            return LocalDate.MIN;
        }
    }

    static LocalDate[] window(EqualityPlan plan, LocalDate asOf) {
        Optional<LocalDate[]> written = plan.getPeriodAsWritten().flatMap(StatedPeriod::commonToReadings);
        Optional<ReviewSchedule> review = plan.getReview();
        Period cycle = plan.getJurisdiction().getPublicationCycle().getObjectivesEvery();
        LocalDate from = plan.startDate().or(() -> written.map(d -> d[0]))
                .or(() -> review.flatMap(ReviewSchedule::getLastReviewed).flatMap(PlanDate::first))
                .or(plan::getPublishedOn)
                .orElseGet(() -> before(asOf, cycle));
        LocalDate to = plan.endDate().or(() -> written.map(d -> d[1]))
                .or(() -> review.flatMap(ReviewSchedule::getNext).flatMap(PlanDate::last))
                .orElse(asOf);
        return new LocalDate[] {from, to.isBefore(from) ? from : to};
    }
}
