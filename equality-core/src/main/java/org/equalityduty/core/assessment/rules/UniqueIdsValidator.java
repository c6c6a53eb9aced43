package org.equalityduty.core.assessment.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.equalityduty.core.constraints.UniqueIds;
import org.equalityduty.core.plan.Action;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.Objective;
import org.equalityduty.core.plan.SuccessCriterion;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Checks {@link UniqueIds} on an {@link EqualityPlan}. Identifiers reach the message only as message
 * parameters, never as part of a template.
 *
 * @since 0.1.0
 */
public final class UniqueIdsValidator implements ConstraintValidator<UniqueIds, EqualityPlan> {
    private static final String TEMPLATE = "{kind} identifier '{id}' is already used earlier in the plan";

    /**
     * Creates a validator; Bean Validation providers call this.
     *
     * @since 0.1.0
     */
    public UniqueIdsValidator() {
    }

    @Override
    public boolean isValid(EqualityPlan plan, ConstraintValidatorContext context) {
        if (plan == null) {
            return true;
        }
        boolean valid = true;
        Set<String> objectiveIds = new HashSet<>();
        Set<String> criterionIds = new HashSet<>();
        List<Objective> objectives = plan.getObjectives();
        for (int o = 0; o < objectives.size(); o++) {
            Objective objective = objectives.get(o);
            if (!objectiveIds.add(objective.getId())) {
                valid = false;
                report(context, "objective", objective.getId())
                        .addPropertyNode("objectives").addPropertyNode("id").inIterable().atIndex(o)
                        .addConstraintViolation();
            }
            List<SuccessCriterion> own = objective.getSuccessCriteria();
            for (int c = 0; c < own.size(); c++) {
                if (!criterionIds.add(own.get(c).getId())) {
                    valid = false;
                    report(context, "success criterion", own.get(c).getId())
                            .addPropertyNode("objectives").addPropertyNode("successCriteria").inIterable().atIndex(o)
                            .addPropertyNode("id").inIterable().atIndex(c)
                            .addConstraintViolation();
                }
            }
            List<Action> actions = objective.getActions();
            for (int a = 0; a < actions.size(); a++) {
                List<SuccessCriterion> criteria = actions.get(a).getSuccessCriteria();
                for (int c = 0; c < criteria.size(); c++) {
                    if (!criterionIds.add(criteria.get(c).getId())) {
                        valid = false;
                        report(context, "success criterion", criteria.get(c).getId())
                                .addPropertyNode("objectives").addPropertyNode("actions").inIterable().atIndex(o)
                                .addPropertyNode("successCriteria").inIterable().atIndex(a)
                                .addPropertyNode("id").inIterable().atIndex(c)
                                .addConstraintViolation();
                    }
                }
            }
        }
        return valid;
    }

    private static ConstraintValidatorContext.ConstraintViolationBuilder report(
            ConstraintValidatorContext context, String kind, String id) {
        if (context.getDefaultConstraintMessageTemplate() != null) {
            context.disableDefaultConstraintViolation();
        }
        HibernateConstraintValidatorContext hv = context.unwrap(HibernateConstraintValidatorContext.class);
        hv.addMessageParameter("kind", kind).addMessageParameter("id", id);
        return hv.buildConstraintViolationWithTemplate(TEMPLATE);
    }
}
