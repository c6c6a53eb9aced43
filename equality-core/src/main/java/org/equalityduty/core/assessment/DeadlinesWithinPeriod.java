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
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.equalityduty.core.Action;
import org.equalityduty.core.EqualityPlan;
import org.equalityduty.core.Milestone;
import org.equalityduty.core.Objective;
import org.equalityduty.core.PlanPeriod;
import org.equalityduty.core.QualitativeCriterion;
import org.equalityduty.core.QuantitativeTarget;
import org.equalityduty.core.SuccessCriterion;

/**
 * Rule {@code smart.deadline-outside-period}: every date the plan sets lies inside the plan period: an objective's
 * target date (at {@code objectives[i].targetDate}), an action's time frame resolved from the period start (at the
 * action), a quantitative target's deadline and a milestone's due date (at the criterion).
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = DeadlinesWithinPeriod.PlanValidator.class)
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface DeadlinesWithinPeriod {
    /**
     * Gets the message template; the validator replaces it with a more precise one.
     *
     * @return the template
     */
    String message() default "sets a date outside the plan period";

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
    final class PlanValidator implements ConstraintValidator<DeadlinesWithinPeriod, EqualityPlan> {
        private static final String FIX = "Move the date inside the plan period, or extend the period.";

        /** Creates a validator; Bean Validation providers call this. */
        public PlanValidator() {
        }

        @Override
        public boolean isValid(EqualityPlan plan, ConstraintValidatorContext context) {
            if (plan == null) {
                return true;
            }
            PlanPeriod period = plan.getPeriod();
            boolean valid = true;
            List<Objective> objectives = plan.getObjectives();
            for (int o = 0; o < objectives.size(); o++) {
                Objective objective = objectives.get(o);
                Optional<LocalDate> target = objective.getTargetDate().filter(d -> !period.contains(d));
                if (target.isPresent()) {
                    Reports.atObjectiveProperty(report(context, "target date", target.get(), period), o, "targetDate");
                    valid = false;
                }
                List<SuccessCriterion> own = objective.getSuccessCriteria();
                for (int c = 0; c < own.size(); c++) {
                    Optional<LocalDate> d = date(own.get(c)).filter(x -> !period.contains(x));
                    if (d.isPresent()) {
                        Reports.atCriterion(report(context, "deadline", d.get(), period), o, -1, c);
                        valid = false;
                    }
                }
                List<Action> actions = objective.getActions();
                for (int a = 0; a < actions.size(); a++) {
                    Action action = actions.get(a);
                    Optional<LocalDate> due = action.getTimeFrame().flatMap(f -> f.dueDate(period.getStart()))
                            .filter(x -> !period.contains(x));
                    if (due.isPresent()) {
                        Reports.atAction(report(context, "time frame", due.get(), period), o, a);
                        valid = false;
                    }
                    List<SuccessCriterion> criteria = action.getSuccessCriteria();
                    for (int c = 0; c < criteria.size(); c++) {
                        Optional<LocalDate> d = date(criteria.get(c)).filter(x -> !period.contains(x));
                        if (d.isPresent()) {
                            Reports.atCriterion(report(context, "deadline", d.get(), period), o, a, c);
                            valid = false;
                        }
                    }
                }
            }
            return valid;
        }

        private static ConstraintValidatorContext.ConstraintViolationBuilder report(ConstraintValidatorContext context,
                String what, LocalDate date, PlanPeriod period) {
            return Reports.violation(context, "The {what} {date} is outside the plan period, {start} to {end}.", FIX,
                    "what", what, "date", date.toString(), "start", period.getStart().toString(),
                    "end", period.getEnd().toString());
        }

        private static Optional<LocalDate> date(SuccessCriterion criterion) {
            return criterion.accept(new SuccessCriterion.Visitor<Optional<LocalDate>>() {
                @Override
                public Optional<LocalDate> quantitative(QuantitativeTarget c) {
                    return c.getDeadline();
                }

                @Override
                public Optional<LocalDate> milestone(Milestone c) {
                    return c.getDue();
                }

                @Override
                public Optional<LocalDate> qualitative(QualitativeCriterion c) {
                    return Optional.empty();
                }
            });
        }
    }
}
