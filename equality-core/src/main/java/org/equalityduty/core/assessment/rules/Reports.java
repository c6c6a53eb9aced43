package org.equalityduty.core.assessment.rules;

import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import java.time.Period;
import org.equalityduty.core.assessment.SuggestedFix;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Builds violations safely: templates are constants of this package, values from the plan reach the message only
 * as message parameters (never concatenated into a template), and the suggested fix travels as dynamic payload.
 */
final class Reports {
    private Reports() {
    }

    /**
     * Starts a violation; the caller adds nodes and calls {@code addConstraintViolation()}.
     *
     * @param params  alternating parameter names and values
     */
    static ConstraintValidatorContext.ConstraintViolationBuilder violation(ConstraintValidatorContext context,
            String template, String fix, Object... params) {
        context.disableDefaultConstraintViolation();
        HibernateConstraintValidatorContext hv = context.unwrap(HibernateConstraintValidatorContext.class);
        for (int i = 0; i + 1 < params.length; i += 2) {
            hv.addMessageParameter((String) params[i], params[i + 1]);
        }
        hv.withDynamicPayload(SuggestedFix.of(fix));
        return hv.buildConstraintViolationWithTemplate(template);
    }

    /** Reports a violation at the validated element itself. */
    static void at(ConstraintValidatorContext context, String template, String fix, Object... params) {
        violation(context, template, fix, params).addConstraintViolation();
    }

    /** Formats a number for a message: plain, without trailing zeros. */
    static String number(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
    }

    /** Describes the size of a change target, such as "10 percentage points". */
    static String change(org.equalityduty.core.plan.Target target) {
        String v = number(target.getValue());
        switch (target.getKind()) {
            case PERCENTAGE_POINTS:
                return v + " percentage points";
            case RELATIVE_PERCENT:
                return v + "% of the baseline";
            case PERCENT_AS_STATED:
                return v + "%";
            default:
                return v;
        }
    }

    /** Reports at {@code objectives[o]}. */
    static void atObjective(ConstraintValidatorContext.ConstraintViolationBuilder b, int o) {
        b.addPropertyNode("objectives").addBeanNode().inIterable().atIndex(o).addConstraintViolation();
    }

    /** Reports at {@code objectives[o].<property>}. */
    static void atObjectiveProperty(ConstraintValidatorContext.ConstraintViolationBuilder b, int o, String property) {
        b.addPropertyNode("objectives").addPropertyNode(property).inIterable().atIndex(o).addConstraintViolation();
    }

    /** Reports at {@code objectives[o].actions[a]}. */
    static void atAction(ConstraintValidatorContext.ConstraintViolationBuilder b, int o, int a) {
        b.addPropertyNode("objectives").addPropertyNode("actions").inIterable().atIndex(o)
                .addBeanNode().inIterable().atIndex(a).addConstraintViolation();
    }

    /** Reports at {@code objectives[o].successCriteria[c]}, or {@code objectives[o].actions[a].successCriteria[c]} if a is not negative. */
    static void atCriterion(ConstraintValidatorContext.ConstraintViolationBuilder b, int o, int a, int c) {
        if (a < 0) {
            b.addPropertyNode("objectives").addPropertyNode("successCriteria").inIterable().atIndex(o)
                    .addBeanNode().inIterable().atIndex(c).addConstraintViolation();
        } else {
            b.addPropertyNode("objectives").addPropertyNode("actions").inIterable().atIndex(o)
                    .addPropertyNode("successCriteria").inIterable().atIndex(a)
                    .addBeanNode().inIterable().atIndex(c).addConstraintViolation();
        }
    }

    /** Formats a period for a message, such as "4 years" or "12 months". */
    static String period(Period p) {
        StringBuilder sb = new StringBuilder();
        append(sb, p.getYears(), "year");
        append(sb, p.getMonths(), "month");
        append(sb, p.getDays(), "day");
        return sb.length() == 0 ? "0 days" : sb.toString();
    }

    private static void append(StringBuilder sb, int n, String unit) {
        if (n != 0) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(n).append(' ').append(unit).append(n == 1 ? "" : "s");
        }
    }
}
