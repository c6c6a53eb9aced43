package org.equalityduty.core.assessment.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.equalityduty.core.constraints.DeadlinesWithinPeriod;
import org.equalityduty.core.plan.Action;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.Milestone;
import org.equalityduty.core.plan.Objective;
import org.equalityduty.core.plan.PlanPeriod;
import org.equalityduty.core.plan.QualitativeCriterion;
import org.equalityduty.core.plan.QuantitativeTarget;
import org.equalityduty.core.plan.SuccessCriterion;

/**
 * The validators of {@link DeadlinesWithinPeriod}, found by Hibernate Validator through {@link java.util.ServiceLoader}.
 *
 * @since 0.2.0
 */
public final class DeadlinesWithinPeriodRule {
    private DeadlinesWithinPeriodRule() {
    }

    /**
     * Checks a plan.
     *
     * @since 0.1.0
     */
    public static final class PlanValidator implements ConstraintValidator<DeadlinesWithinPeriod, EqualityPlan> {
        private static final String FIX = "Move the date inside the plan period, or extend the period.";

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
            if (plan.getPeriod().isEmpty()) {
                return true;
            }
            PlanPeriod period = plan.getPeriod().get();
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
