package org.equalityduty.core.assessment.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Set;
import org.equalityduty.core.constraints.MarriageAndCivilPartnershipAim;
import org.equalityduty.core.duty.DutyAim;
import org.equalityduty.core.duty.ProtectedCharacteristic;
import org.equalityduty.core.plan.Objective;

/**
 * The validators of {@link MarriageAndCivilPartnershipAim}, found by Hibernate Validator through {@link java.util.ServiceLoader}.
 *
 * @since 0.2.0
 */
public final class MarriageAndCivilPartnershipAimRule {
    private MarriageAndCivilPartnershipAimRule() {
    }

    /**
     * Checks an objective.
     *
     * @since 0.1.0
     */
    public static final class ObjectiveValidator implements ConstraintValidator<MarriageAndCivilPartnershipAim, Objective> {
        /**
         * Creates a validator; Bean Validation providers call this.
         *
         * @since 0.1.0
         */
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
