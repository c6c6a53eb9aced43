package org.equalityduty.testkit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Optional;
import org.equalityduty.core.plan.Subject;
import org.equalityduty.core.plan.KeyStage;
import org.equalityduty.core.plan.GroupReference;
import org.equalityduty.core.duty.Population;
import java.util.List;
import java.util.ArrayList;
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
                substance(codes, period, o, null, c);
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
                    substance(codes, period, o, a, c);
                }
            }
        }
        return codes;
    }

    /** The rules of 0.2.0 that read a criterion's substance, as issue 13 and their sources state them. */
    private static void substance(Set<String> codes, PlanPeriod period, Objective o, Action a, SuccessCriterion c) {
        if (!(c instanceof QuantitativeTarget q)) {
            return;
        }
        Measure m = q.getMeasure();
        // KS2 scaled scores run from 80 to 120 (reading, maths, grammar, punctuation and spelling).
        if (m.getKind() == MeasureKind.MEAN_SCORE && m.getKeyStages().equals(Set.of(KeyStage.KS2))
                && Set.of(Subject.READING, Subject.MATHS, Subject.GRAMMAR_PUNCTUATION_SPELLING)
                        .containsAll(m.getSubjects())) {
            List<BigDecimal> values = new ArrayList<>();
            q.getBaseline().ifPresent(b -> values.add(b.getValue()));
            q.getTarget().filter(t -> t.getKind() == TargetKind.LEVEL).ifPresent(t -> values.add(t.getValue()));
            if (values.stream().anyMatch(v -> v.compareTo(BigDecimal.valueOf(80)) < 0
                    || v.compareTo(BigDecimal.valueOf(120)) > 0)) {
                codes.add(Rule.VALUE_OUT_OF_SCALE.getCode());
            }
        }
        // A baseline dated after the date its target is due (the deadline, else the action's, else the objective's).
        Optional<LocalDate> due = q.getDeadline();
        if (due.isEmpty() && a != null) {
            due = a.getTimeFrame().flatMap(tf -> tf.dueDate(period.getStart()));
        }
        if (due.isEmpty()) {
            due = o.getTargetDate();
        }
        Optional<LocalDate> dated = q.getBaseline().flatMap(b -> b.getDate());
        if (due.isPresent() && dated.isPresent() && dated.get().isAfter(due.get())) {
            codes.add(Rule.BASELINE_AFTER_DEADLINE.getCode());
        }
        // Boys compared with boys.
        if (m.getFocusGroup().isPresent() && m.getReference().isPresent()
                && m.getReference().get() instanceof GroupReference reference
                && Set.copyOf(reference.getGroup().getCategories())
                        .equals(Set.copyOf(m.getFocusGroup().get().getCategories()))) {
            codes.add(Rule.FOCUS_IS_REFERENCE.getCode());
        }
        // A staff measure inside a pupil objective (staff and applicants are one side).
        if (!o.getPopulations().isEmpty() && o.getPopulations().stream()
                .noneMatch(p -> workforce(p) == workforce(m.getPopulation()))) {
            codes.add(Rule.POPULATION_MISMATCH.getCode());
        }
    }

    /** 0 pupils, 1 staff or applicants, 2 parents and community. */
    private static int workforce(Population p) {
        switch (p) {
            case PUPILS:
                return 0;
            case STAFF:
            case JOB_APPLICANTS:
                return 1;
            default:
                return 2;
        }
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
