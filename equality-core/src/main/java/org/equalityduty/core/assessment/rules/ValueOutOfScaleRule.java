package org.equalityduty.core.assessment.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.KeyStage;
import org.equalityduty.core.plan.Measure;
import org.equalityduty.core.plan.MeasureKind;
import org.equalityduty.core.plan.QuantitativeTarget;
import org.equalityduty.core.plan.Subject;
import org.equalityduty.core.plan.Target;
import org.equalityduty.core.plan.TargetKind;

/**
 * Rule {@code smart.value-out-of-scale}: a baseline or target outside the scale of its measure. The scale known here
 * is the KS2 scaled score, 80 to 120 with 100 the expected standard (Standards and Testing Agency; docs/domain.md,
 * section 3), for a mean score at KS2 in reading, maths or grammar, punctuation and spelling (the tests that have
 * scaled scores), so a target of 150 cannot be reached. Checked in order: the baseline, a level target, then the
 * value a change target reaches from the baseline; the first value outside the scale is reported.
 *
 * @since 0.2.0
 */
public final class ValueOutOfScaleRule implements Check {
    private static final BigDecimal LOW = BigDecimal.valueOf(80);
    private static final BigDecimal HIGH = BigDecimal.valueOf(120);
    private static final Set<Subject> SCALED = Set.of(Subject.READING, Subject.MATHS,
            Subject.GRAMMAR_PUNCTUATION_SPELLING);

    /**
     * Creates the check.
     *
     * @since 0.2.0
     */
    public ValueOutOfScaleRule() {
    }

    @Override
    public void run(EqualityPlan plan, LocalDate asOf, Findings findings) {
        for (Walk.At at : Walk.quantitative(plan)) {
            QuantitativeTarget criterion = (QuantitativeTarget) at.criterion();
            if (!scaledScore(criterion.getMeasure())) {
                continue;
            }
            Optional<BigDecimal> baseline = criterion.getBaseline().map(b -> b.getValue());
            if (baseline.isPresent() && outside(baseline.get())) {
                findings.add(at.site(), message("baseline", baseline.get()));
                continue;
            }
            if (criterion.getTarget().isEmpty()) {
                continue;
            }
            Target target = criterion.getTarget().get();
            if (target.getKind() == TargetKind.LEVEL) {
                if (outside(target.getValue())) {
                    findings.add(at.site(), message("target", target.getValue()));
                }
                continue;
            }
            if (target.getKind() == TargetKind.PERCENT_AS_STATED || baseline.isEmpty()) {
                continue;
            }
            Optional<BigDecimal> reached = target.resolve(baseline, criterion.getDirection(), MathContext.DECIMAL64);
            if (reached.isPresent() && outside(reached.get())) {
                findings.add(at.site(), message("value the target reaches from the baseline", reached.get()));
            }
        }
    }

    private static boolean scaledScore(Measure m) {
        return m.getKind() == MeasureKind.MEAN_SCORE && m.getKeyStages().equals(Set.of(KeyStage.KS2))
                && SCALED.containsAll(m.getSubjects());
    }

    private static boolean outside(BigDecimal v) {
        return v.compareTo(LOW) < 0 || v.compareTo(HIGH) > 0;
    }

    private static String message(String what, BigDecimal value) {
        return "The " + what + ", " + Reports.number(value) + ", is outside the KS2 scaled score scale, which runs "
                + "from 80 to 120 (100 is the expected standard).";
    }
}
