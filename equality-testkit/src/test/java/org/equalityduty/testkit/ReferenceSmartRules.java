package org.equalityduty.testkit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.equalityduty.core.assessment.Rule;
import org.equalityduty.core.plan.Action;
import org.equalityduty.core.plan.Direction;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.Measure;
import org.equalityduty.core.plan.MeasureKind;
import org.equalityduty.core.plan.MeasureUnit;
import org.equalityduty.core.plan.Milestone;
import org.equalityduty.core.plan.Objective;
import org.equalityduty.core.plan.Ongoing;
import org.equalityduty.core.plan.PlanPeriod;
import org.equalityduty.core.plan.QualitativeCriterion;
import org.equalityduty.core.plan.QuantitativeTarget;
import org.equalityduty.core.plan.SuccessCriterion;
import org.equalityduty.core.plan.Target;
import org.equalityduty.core.plan.TargetKind;
import org.equalityduty.core.plan.TimeFrame;

/**
 * A small, literal reading of the shared SMART rule definitions, used only to test the generators until the
 * assessment engine lands.
 */
final class ReferenceSmartRules implements SmartRuleProbe {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public Set<String> ruleCodes(EqualityPlan plan) {
        Set<String> codes = new TreeSet<>();
        PlanPeriod period = plan.getPeriod().orElseThrow();
        for (Objective o : plan.getObjectives()) {
            if (o.getAims().isEmpty()) {
                codes.add(Rule.NOT_RELEVANT.getCode());
            }
            if (o.getCharacteristics().isEmpty() && o.getGroups().isEmpty()) {
                codes.add(Rule.NOT_SPECIFIC.getCode());
            }
            o.getTargetDate().ifPresent(d -> outside(codes, period, d));
            for (SuccessCriterion c : o.getSuccessCriteria()) {
                criterion(codes, period, c, null);
            }
            for (Action a : o.getActions()) {
                a.getTimeFrame().ifPresent(tf -> {
                    if (tf instanceof Ongoing && ((Ongoing) tf).getReviewEvery().isEmpty()) {
                        codes.add(Rule.NOT_TIME_BOUND.getCode());
                    }
                    tf.dueDate(period.getStart()).ifPresent(d -> outside(codes, period, d));
                });
                for (SuccessCriterion c : a.getSuccessCriteria()) {
                    criterion(codes, period, c, a);
                }
            }
        }
        return codes;
    }

    private static void outside(Set<String> codes, PlanPeriod period, LocalDate date) {
        if (!period.contains(date)) {
            codes.add(Rule.DEADLINE_OUTSIDE_PERIOD.getCode());
        }
    }

    private static void criterion(Set<String> codes, PlanPeriod period, SuccessCriterion c, Action action) {
        c.accept(new SuccessCriterion.Visitor<Void>() {
            @Override
            public Void quantitative(QuantitativeTarget q) {
                quantitativeTarget(codes, period, q, action);
                return null;
            }

            @Override
            public Void milestone(Milestone m) {
                m.getDue().ifPresent(d -> outside(codes, period, d));
                return null;
            }

            @Override
            public Void qualitative(QualitativeCriterion q) {
                if (q.getMeasure().isEmpty()) {
                    codes.add(Rule.NOT_MEASURABLE.getCode());
                }
                return null;
            }
        });
    }

    private static void quantitativeTarget(Set<String> codes, PlanPeriod period, QuantitativeTarget q,
            Action action) {
        Measure m = q.getMeasure();
        MeasureKind kind = m.getKind();
        Optional<MeasureUnit> unit = m.effectiveUnit();
        Optional<BigDecimal> baseline = q.getBaseline().map(b -> b.getValue());
        if (q.getTarget().isEmpty()) {
            codes.add(Rule.NOT_MEASURABLE.getCode());
        }
        if (baseline.isEmpty()) {
            codes.add(Rule.NO_BASELINE.getCode());
        }
        boolean needsFocus = kind.isGap() || kind == MeasureKind.REPRESENTATION_SHARE
                || kind == MeasureKind.SELECTION_RATE;
        if (needsFocus && m.getFocusGroup().isEmpty()) {
            codes.add(Rule.NOT_SPECIFIC.getCode());
        }
        if (kind.isGap() && q.getDirection() == Direction.INCREASE) {
            codes.add(Rule.DIRECTION_CONTRADICTS.getCode());
        }
        // as the assessment engine reads it: a share kind, or a non-gap measure stated in percent
        boolean share = kind.isShare() || !kind.isGap() && m.getUnit().equals(Optional.of(MeasureUnit.PERCENT));
        if (share && baseline.filter(ReferenceSmartRules::outOfShareRange).isPresent()) {
            codes.add(Rule.SHARE_OUT_OF_RANGE.getCode());
        }
        if (kind == MeasureKind.COUNT && baseline.filter(b -> b.signum() < 0).isPresent()) {
            codes.add(Rule.NEGATIVE_COUNT.getCode());
        }
        q.getTarget().ifPresent(t -> target(codes, q, t, kind, unit, baseline, share));
        if (q.getDeadline().isEmpty()) {
            boolean dated = action != null && action.getTimeFrame()
                    .flatMap((TimeFrame tf) -> tf.dueDate(period.getStart())).isPresent();
            if (!dated) {
                codes.add(Rule.NOT_TIME_BOUND.getCode());
            }
        }
        q.getDeadline().ifPresent(d -> outside(codes, period, d));
    }

    private static void target(Set<String> codes, QuantitativeTarget q, Target t, MeasureKind kind,
            Optional<MeasureUnit> unit, Optional<BigDecimal> baseline, boolean share) {
        BigDecimal v = t.getValue();
        if (t.getKind() == TargetKind.PERCENT_AS_STATED && unit.map(MeasureUnit::isPercentage).orElse(true)) {
            codes.add(Rule.AMBIGUOUS_TARGET.getCode());
        }
        if (t.getKind() == TargetKind.LEVEL) {
            if (baseline.isPresent()) {
                int cmp = v.compareTo(baseline.get());
                if (q.getDirection() == Direction.DECREASE && cmp > 0
                        || q.getDirection() == Direction.INCREASE && cmp < 0) {
                    codes.add(Rule.DIRECTION_CONTRADICTS.getCode());
                }
            }
            if (share && outOfShareRange(v)) {
                codes.add(Rule.SHARE_OUT_OF_RANGE.getCode());
            }
            if (kind == MeasureKind.COUNT && v.signum() < 0) {
                codes.add(Rule.NEGATIVE_COUNT.getCode());
            }
        }
        boolean absolute = t.getKind() == TargetKind.CHANGE || t.getKind() == TargetKind.PERCENTAGE_POINTS;
        if (q.getDirection() == Direction.DECREASE) {
            if (absolute && !share && baseline.isPresent() && v.compareTo(baseline.get()) > 0
                    || t.getKind() == TargetKind.RELATIVE_PERCENT && v.compareTo(HUNDRED) > 0) {
                codes.add(Rule.REDUCTION_EXCEEDS_BASELINE.getCode());
            }
        }
        // on a share, an absolute change must stay within 0 to 100
        if (share && absolute && baseline.isPresent() && q.getDirection() != Direction.MAINTAIN) {
            // target arithmetic has one home, in core
            BigDecimal result = t.resolve(baseline, q.getDirection(), MathContext.UNLIMITED).orElseThrow();
            if (outOfShareRange(result)) {
                codes.add(Rule.SHARE_OUT_OF_RANGE.getCode());
            }
        }
    }

    private static boolean outOfShareRange(BigDecimal v) {
        return v.signum() < 0 || v.compareTo(HUNDRED) > 0;
    }
}
