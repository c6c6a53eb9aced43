package org.equalityduty.core.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.equalityduty.core.duty.Jurisdiction;
import org.equalityduty.core.duty.Organisation;
import org.equalityduty.core.duty.OrganisationType;
import org.equalityduty.core.observation.Observation;
import org.equalityduty.core.observation.ObservationSeries;
import org.equalityduty.core.observation.ProgressRecord;
import org.equalityduty.core.plan.Action;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.Objective;
import org.equalityduty.core.plan.PlanPeriod;
import org.equalityduty.core.plan.SuccessCriterion;
import org.equalityduty.core.plan.TimeFrame;

/** Small plans and records for progress tests: one objective, one action. */
final class ProgressFixtures {

    private ProgressFixtures() {
    }

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    static Observation obs(String date, String value) {
        return Observation.of(date(date), new BigDecimal(value));
    }

    /** A plan for 2023-2026 (as Soke's) with one objective {@code o1} and one action holding the criteria. */
    static EqualityPlan plan(Optional<TimeFrame> timeFrame, SuccessCriterion... criteria) {
        Action.Builder action = Action.builder().description("The action");
        timeFrame.ifPresent(action::timeFrame);
        action.addSuccessCriteria(criteria);
        return EqualityPlan.builder()
                .organisation(Organisation.builder().type(OrganisationType.TRUST).name("Soke Education Trust").build())
                .jurisdiction(Jurisdiction.ENGLAND)
                .period(PlanPeriod.ofYears(2023, 2026))
                .addObjectives(Objective.builder().id("o1").title("The objective").addActions(action.build()).build())
                .build();
    }

    static ProgressRecord record(String criterionId, List<Observation> observations) {
        ProgressRecord.Builder builder = ProgressRecord.builder().asOf(date("2024-09-01"));
        if (!observations.isEmpty()) {
            builder.addSeries(ObservationSeries.of(criterionId, observations));
        }
        return builder.build();
    }

    /** Evaluates a one-criterion plan and returns its only entry. */
    static CriterionProgress only(EqualityPlan plan, ProgressRecord record, LocalDate asOf, ProgressOptions options) {
        List<CriterionProgress> criteria = ProgressEvaluator.evaluate(plan, record, asOf, options).getCriteria();
        if (criteria.size() != 1) {
            throw new AssertionError("expected one criterion, got " + criteria);
        }
        return criteria.get(0);
    }
}
