package org.equalityduty.core.assessment.rules;

import java.time.LocalDate;
import java.time.Period;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.PlanPeriod;

/**
 * Rule {@code duty.period-exceeds-cycle}: the plan period is longer than the jurisdiction's objectives cycle (new
 * objectives at least every four years: SI 2017/353 in England, SI 2011/1064 in Wales, SSI 2012/162 in Scotland;
 * docs/domain.md, section 2), read from the plan itself, so it is found when the plan is written, not only once the
 * objectives are overdue. A period of exactly the cycle (such as 1 September 2024 to 31 August 2028) passes.
 *
 * @since 0.2.0
 */
public final class PeriodExceedsCycleRule implements Check {
    /**
     * Creates the check.
     *
     * @since 0.2.0
     */
    public PeriodExceedsCycleRule() {
    }

    @Override
    public void run(EqualityPlan plan, LocalDate asOf, Findings findings) {
        Period every = plan.getJurisdiction().getPublicationCycle().getObjectivesEvery();
        if (plan.getPeriod().isEmpty()) {
            return;
        }
        PlanPeriod period = plan.getPeriod().get();
        LocalDate due = period.getStart().plus(every);
        if (period.getEnd().isBefore(due)) {
            return;
        }
        findings.add(Site.plan().field("period"), "The plan period, " + period.getStart() + " to " + period.getEnd()
                + ", is longer than " + Reports.period(every) + ": " + PublicationDue.duties(plan.getJurisdiction())
                + " require new objectives at least every " + Reports.period(every) + ", so these must be reviewed "
                + "and published again by " + due + ", before the period ends.");
    }
}
