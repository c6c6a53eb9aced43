package org.equalityduty.core.assessment.rules;

import java.time.LocalDate;
import java.util.List;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.Objective;
import org.equalityduty.core.plan.QualitativeCriterion;
import org.equalityduty.core.plan.QuantitativeTarget;
import org.equalityduty.core.plan.TargetKind;

/**
 * Rule {@code smart.not-measurable}: a success criterion has a measure and a numeric target, and an objective has
 * at least one success criterion. A quantitative target without a target, a qualitative criterion without both a
 * measure and a target ("Positive feedback from staff"), and an objective with no success criteria at all fail it.
 * Milestones are measurable: they are done or not. An "in line with" ({@code inLineWith}) is a target. A level on a
 * measure with neither a stated nor a natural unit ("close the gap in attainment": an attainment gap's unit depends
 * on the outcome) does not say what is to be measured, so it fails too (docs/domain.md, section 6: "a numeric target
 * and a baseline, in a stated unit").
 *
 * @since 0.2.0
 */
public final class MeasurableRule implements Check {
    /** Whether a criterion's target is a level on a measure with neither a stated nor a natural unit. */
    static boolean unitless(QuantitativeTarget q) {
        return q.getTarget().filter(t -> t.getKind() == TargetKind.LEVEL).isPresent()
                && q.getMeasure().effectiveUnit().isEmpty();
    }

    /** The message for a measure with no target. */
    static final String NO_TARGET = "This criterion names a measure but sets no number to reach, so nobody can tell "
            + "when it has been met.";

    /**
     * Creates the check.
     *
     * @since 0.2.0
     */
    public MeasurableRule() {
    }

    @Override
    public void run(EqualityPlan plan, LocalDate asOf, Findings findings) {
        List<Objective> objectives = plan.getObjectives();
        for (int o = 0; o < objectives.size(); o++) {
            Objective objective = objectives.get(o);
            if (objective.getSuccessCriteria().isEmpty()
                    && objective.getActions().stream().allMatch(a -> a.getSuccessCriteria().isEmpty())) {
                findings.add(Site.objective(o), "This objective has no success criteria, so nobody can tell when it "
                        + "has been achieved.");
            }
        }
        for (Walk.At at : Walk.criteria(plan)) {
            if (at.criterion() instanceof QuantitativeTarget q && q.getTarget().isEmpty() && q.getInLineWith().isEmpty()) {
                findings.add(at.site(), NO_TARGET);
            } else if (at.criterion() instanceof QuantitativeTarget q && unitless(q)) {
                findings.add(at.site(), "This criterion sets a level of "
                        + Reports.number(q.getTarget().orElseThrow().getValue())
                        + " but does not say what the measure is counted in (percentage points, scaled-score points, "
                        + "grades), so nobody can tell what is to be measured.");
            } else if (at.criterion() instanceof QualitativeCriterion q && q.getTarget().isEmpty()) {
                findings.add(at.site(), q.getMeasure().isEmpty()
                        ? "This criterion describes an outcome but gives no measure and no number, so nobody can "
                                + "tell when it has been met."
                        : NO_TARGET);
            }
        }
    }
}
