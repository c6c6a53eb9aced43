package org.equalityduty.core.assessment.rules;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.ReviewSchedule;

/**
 * Rule {@code duty.period-unstated}: the plan states no period, or a start and no end, and no date for its next
 * review, so nobody can tell whether its objectives keep to the jurisdiction's cycle (at least every four years in
 * England, SI 2017/353; docs/domain.md, section 2). A period kept only as written ("2022-2026") is stated, if
 * vaguely: every reading of it has an end. Not raised when the objectives are already overdue on a recorded date,
 * which {@code duty.objectives-overdue} reports.
 *
 * @since 0.2.0
 */
public final class PeriodUnstatedRule implements Check {
    /**
     * Creates the check.
     *
     * @since 0.2.0
     */
    public PeriodUnstatedRule() {
    }

    @Override
    public void run(EqualityPlan plan, LocalDate asOf, Findings findings) {
        if (plan.getPeriod().isPresent()
                || plan.getPeriodAsWritten().flatMap(StatedPeriod::commonToReadings).isPresent()
                || plan.getReview().flatMap(ReviewSchedule::getNext).isPresent()) {
            return;
        }
        Period cycle = plan.getJurisdiction().getPublicationCycle().getObjectivesEvery();
        Optional<LocalDate> set = StatedPeriod.setOn(plan);
        if (set.isPresent() && asOf.isAfter(set.get().plus(cycle))) {
            return;
        }
        String stated = plan.getOpenEndedStart().map(s -> "a start (" + s + ") and no end")
                .or(() -> plan.getPeriodAsWritten().map(w -> "only \"" + w + "\", which gives no end"))
                .orElse("no period");
        findings.add(Site.plan().field("period"), "The plan states " + stated + ", and no date for its next review, "
                + "so nobody can tell whether its objectives are renewed at least every " + Reports.period(cycle)
                + ".");
    }
}
