package org.equalityduty.core.assessment.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.Optional;
import org.equalityduty.core.constraints.TimeBound;
import org.equalityduty.core.plan.Action;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.Milestone;
import org.equalityduty.core.plan.Objective;
import org.equalityduty.core.plan.Ongoing;
import org.equalityduty.core.plan.QualitativeCriterion;
import org.equalityduty.core.plan.QuantitativeTarget;
import org.equalityduty.core.plan.SuccessCriterion;
import org.equalityduty.core.plan.TimeFrame;

/**
 * The validators of {@link TimeBound}, found by Hibernate Validator through {@link java.util.ServiceLoader}.
 *
 * @since 0.2.0
 */
public final class TimeBoundRule {
    private TimeBoundRule() {
    }

    /**
     * Checks a plan.
     *
     * @since 0.1.0
     */
    public static final class PlanValidator implements ConstraintValidator<TimeBound, EqualityPlan> {
        /**
         * Creates a validator; Bean Validation providers call this.
         *
         * @since 0.1.0
         */
        public PlanValidator() {
        }

        @Override
        public boolean isValid(EqualityPlan plan, ConstraintValidatorContext context) {
            if (plan == null) {
                return true;
            }
            boolean valid = true;
            String fix = "Add a date inside the plan period, or a review point such as termly or annually.";
            List<Objective> objectives = plan.getObjectives();
            for (int o = 0; o < objectives.size(); o++) {
                Objective objective = objectives.get(o);
                if (objective.getTargetDate().isEmpty() && objective.getActions().isEmpty()
                        && objective.getSuccessCriteria().stream().allMatch(c -> c instanceof QualitativeCriterion)) {
                    Reports.atObjective(Reports.violation(context, "This objective has no target date and no actions "
                            + "with a time frame, so it is not clear by when it should be achieved.", fix), o);
                    valid = false;
                }
                List<SuccessCriterion> own = objective.getSuccessCriteria();
                for (int c = 0; c < own.size(); c++) {
                    if (!dated(own.get(c)) && objective.getTargetDate().isEmpty()) {
                        Reports.atCriterion(Reports.violation(context, "This criterion has no deadline, and its "
                                + "objective has no target date.", fix), o, -1, c);
                        valid = false;
                    }
                }
                List<Action> actions = objective.getActions();
                for (int a = 0; a < actions.size(); a++) {
                    Action action = actions.get(a);
                    Optional<TimeFrame> frame = action.getTimeFrame();
                    if (frame.isEmpty()) {
                        Reports.atAction(Reports.violation(context, "This action has no time frame.", fix), o, a);
                        valid = false;
                    } else if (frame.get() instanceof Ongoing ongoing && ongoing.getReviewEvery().isEmpty()) {
                        Reports.atAction(Reports.violation(context, "This action is ongoing with no review point, so "
                                + "nobody can tell when to check on it.",
                                "Add a review point, such as termly or annually, or a date inside the plan period."),
                                o, a);
                        valid = false;
                    }
                    boolean actionDated = frame.flatMap(f -> f.dueDate(plan.getPeriod().getStart())).isPresent();
                    List<SuccessCriterion> criteria = action.getSuccessCriteria();
                    for (int c = 0; c < criteria.size(); c++) {
                        if (!actionDated && !dated(criteria.get(c))) {
                            Reports.atCriterion(Reports.violation(context, "This criterion has no deadline, and its "
                                    + "action has no date.", fix), o, a, c);
                            valid = false;
                        }
                    }
                }
            }
            return valid;
        }

        /** Whether a criterion carries its own date, or needs none (qualitative criteria are not checked here). */
        private static boolean dated(SuccessCriterion criterion) {
            return criterion.accept(new SuccessCriterion.Visitor<Boolean>() {
                @Override
                public Boolean quantitative(QuantitativeTarget c) {
                    return c.getDeadline().isPresent();
                }

                @Override
                public Boolean milestone(Milestone c) {
                    return c.getDue().isPresent();
                }

                @Override
                public Boolean qualitative(QualitativeCriterion c) {
                    return true;
                }
            });
        }
    }
}
