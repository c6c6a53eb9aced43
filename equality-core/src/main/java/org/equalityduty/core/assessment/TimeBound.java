package org.equalityduty.core.assessment;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Optional;
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
 * Rule {@code smart.not-time-bound}, checked on the whole plan because a criterion's deadline may come from its
 * action. It reports:
 * <ul>
 * <li>an action with no time frame, or an {@link org.equalityduty.core.plan.Ongoing} one with no review point
 * (at {@code objectives[i].actions[j]});</li>
 * <li>a quantitative target with no deadline, or a milestone with no due date, whose action has no dated time frame
 * ({@link org.equalityduty.core.plan.WithinDuration} or {@link org.equalityduty.core.plan.DueBy}); for a criterion of the
 * objective itself, whose objective has no target date;</li>
 * <li>an objective with no target date, no actions and no criteria but qualitative ones, so that no other
 * finding says it has no date (at {@code objectives[i]}).</li>
 * </ul>
 * Qualitative criteria are not checked here: without a measure they are reported by {@link Measurable}.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = TimeBound.PlanValidator.class)
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface TimeBound {
    /**
     * Gets the message template; the validator replaces it with a more precise one.
     *
     * @return the template
     */
    String message() default "is not time-bound";

    /**
     * Gets the validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * Gets the payload; put the severity here, such as {@link Severity.Warning}.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};

    /**
     * Checks a plan.
     *
     * @since 0.1.0
     */
    final class PlanValidator implements ConstraintValidator<TimeBound, EqualityPlan> {
        /** Creates a validator; Bean Validation providers call this. */
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
