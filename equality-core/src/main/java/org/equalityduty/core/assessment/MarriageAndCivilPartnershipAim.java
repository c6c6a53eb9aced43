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
import java.util.Set;
import org.equalityduty.core.DutyAim;
import org.equalityduty.core.Objective;
import org.equalityduty.core.ProtectedCharacteristic;

/**
 * Rule {@code duty.marriage-aim}: marriage and civil partnership is a relevant characteristic for aim (a) only
 * (Equality Act 2010 s.149(7)). An objective whose only protected characteristic is marriage and civil partnership
 * (no other characteristic, and no group of a protected dimension) must not be tied to aims (b) or (c). An
 * objective for several characteristics may name aims (b) and (c) for the others.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = MarriageAndCivilPartnershipAim.ObjectiveValidator.class)
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface MarriageAndCivilPartnershipAim {
    /**
     * Gets the message template; the validator replaces it with a more precise one.
     *
     * @return the template
     */
    String message() default "ties marriage and civil partnership to aims (b) or (c)";

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
     * Checks an objective.
     *
     * @since 0.1.0
     */
    final class ObjectiveValidator implements ConstraintValidator<MarriageAndCivilPartnershipAim, Objective> {
        /** Creates a validator; Bean Validation providers call this. */
        public ObjectiveValidator() {
        }

        @Override
        public boolean isValid(Objective objective, ConstraintValidatorContext context) {
            if (objective == null
                    || !objective.getCharacteristics().equals(Set.of(ProtectedCharacteristic.MARRIAGE_AND_CIVIL_PARTNERSHIP))
                    || objective.getGroups().stream().anyMatch(Measures::isProtected)) {
                return true;
            }
            boolean b = objective.getAims().contains(DutyAim.ADVANCE_EQUALITY_OF_OPPORTUNITY);
            boolean c = objective.getAims().contains(DutyAim.FOSTER_GOOD_RELATIONS);
            if (!b && !c) {
                return true;
            }
            Reports.at(context, "Marriage and civil partnership counts for aim (a), eliminating discrimination, only "
                    + "(Equality Act 2010 s.149(7)), but this objective is tied to {aims}.",
                    "Tie the objective to aim (a) only, or widen it to characteristics that aims (b) and (c) cover.",
                    "aims", b && c ? "aims (b) and (c)" : b ? "aim (b)" : "aim (c)");
            return false;
        }
    }
}
