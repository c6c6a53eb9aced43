package org.equalityduty.paygap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.equalityduty.core.duty.Jurisdiction;
import org.equalityduty.core.duty.Organisation;
import org.equalityduty.core.duty.OrganisationType;
import org.equalityduty.core.duty.Population;
import org.equalityduty.core.observation.Observation;
import org.equalityduty.core.observation.ObservationSeries;
import org.equalityduty.core.observation.ProgressRecord;
import org.equalityduty.core.plan.Action;
import org.equalityduty.core.plan.Baseline;
import org.equalityduty.core.plan.Direction;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.Measure;
import org.equalityduty.core.plan.MeasureKind;
import org.equalityduty.core.plan.Objective;
import org.equalityduty.core.plan.PlanPeriod;
import org.equalityduty.core.plan.QuantitativeTarget;
import org.equalityduty.core.plan.Target;
import org.equalityduty.core.plan.TargetKind;
import org.equalityduty.core.progress.CriterionProgress;
import org.equalityduty.core.progress.CriterionStatus;
import org.equalityduty.core.progress.ProgressEvaluator;
import org.equalityduty.core.progress.ProgressOptions;
import org.junit.jupiter.api.Test;

/**
 * "Reduce the median gender pay gap to 5%" tracked with the library alone (core and equality-paygap, no command):
 * each year's payroll gives an observation through {@link PayGapMeasure}, and core's {@link ProgressEvaluator}
 * judges the criterion on them. A positive gap means women are paid less, so "decrease" means narrowing.
 */
class PayGapTrackingTest {
    private static final String ID = "o1.a1.c1";
    private static final LocalDate AS_OF = LocalDate.of(2026, 9, 30);

    private static final QuantitativeTarget CRITERION = QuantitativeTarget.builder()
            .id(ID)
            .text("Reduce the median gender pay gap in hourly pay to 5% or less")
            .measure(Measure.builder().kind(MeasureKind.PAY_GAP).population(Population.STAFF).build())
            .baseline(Baseline.of(new BigDecimal("10.0"), LocalDate.of(2024, 3, 31)))
            .direction(Direction.DECREASE)
            .target(Target.of(TargetKind.LEVEL, "5"))
            .deadline(LocalDate.of(2027, 3, 31))
            .build();

    private static final EqualityPlan PLAN = EqualityPlan.builder()
            .organisation(Organisation.builder().type(OrganisationType.TRUST).name("A Trust").build())
            .jurisdiction(Jurisdiction.ENGLAND)
            .period(PlanPeriod.ofYears(2024, 2028))
            .addObjectives(Objective.builder().id("o1").title("Close the gender pay gap")
                    .addActions(Action.builder().description("Transparent pay progression")
                            .addSuccessCriteria(CRITERION).build())
                    .build())
            .build();

    /** Ten men at 20.00 an hour; ten women, {@code low} of them at 17.00 and the rest at {@code high}. */
    private static List<PayRecord> payroll(int low, String high) {
        List<PayRecord> out = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            out.add(Records.man("M" + i, "20.00"));
            out.add(Records.woman("F" + i, i < low ? "17.00" : high));
        }
        return out;
    }

    private static Observation observe(List<PayRecord> payroll, LocalDate snapshot) {
        return PayGapMeasure.evaluate(CRITERION.getMeasure(), CRITERION.getText(), payroll, snapshot, 10);
    }

    private static CriterionProgress judge(Observation... observations) {
        ProgressRecord record = ProgressRecord.builder().asOf(AS_OF)
                .addSeries(ObservationSeries.of(ID, List.of(observations))).build();
        List<CriterionProgress> criteria = ProgressEvaluator.evaluate(PLAN, record, AS_OF, ProgressOptions.defaults())
                .getCriteria();
        assertEquals(1, criteria.size());
        return criteria.get(0);
    }

    @Test
    void aGapThatNarrowedToTheTargetIsAchieved() {
        // by hand: 2025, women's median (6 at 17.00, 4 at 19.00 -> 5th and 6th ranked 17.00) = 17.00:
        // (20 - 17) / 20 = 15.0%. 2026, women's median (4 at 17.00, 6 at 19.00 -> 5th and 6th 19.00) = 19.00:
        // (20 - 19) / 20 = 5.0%, at the target of 5 or less.
        Observation y2025 = observe(payroll(6, "19.00"), LocalDate.of(2025, 3, 31));
        Observation y2026 = observe(payroll(4, "19.00"), LocalDate.of(2026, 3, 31));
        assertEquals(Optional.of(new BigDecimal("15.0")), y2025.getValue());
        assertEquals(Optional.of(new BigDecimal("5.0")), y2026.getValue());
        CriterionProgress p = judge(y2025, y2026);
        assertEquals(CriterionStatus.ACHIEVED, p.getStatus(), p.getExplanation());
        assertEquals(Optional.of(new BigDecimal("5.0")), p.getLatestValue());
    }

    @Test
    void aGapThatWidenedIsNotAchieved() {
        // by hand: 2025 women's median 19.00 -> 5.0%; 2026 women's median 17.00 -> 15.0%: wider, away from 5
        Observation y2025 = observe(payroll(4, "19.00"), LocalDate.of(2025, 3, 31));
        Observation y2026 = observe(payroll(6, "19.00"), LocalDate.of(2026, 3, 31));
        CriterionProgress p = judge(y2025, y2026);
        assertEquals(CriterionStatus.OFF_TRACK, p.getStatus(), p.getExplanation());
        assertEquals(Optional.of(new BigDecimal("15.0")), p.getLatestValue());
    }
}
