package org.equalityduty.core.assessment.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.TreeSet;
import org.equalityduty.core.constraints.ProtectedForPopulation;
import org.equalityduty.core.duty.Population;
import org.equalityduty.core.duty.ProtectedCharacteristic;
import org.equalityduty.core.plan.Objective;

/**
 * The validators of {@link ProtectedForPopulation}, found by Hibernate Validator through {@link java.util.ServiceLoader}.
 *
 * @since 0.2.0
 */
public final class ProtectedForPopulationRule {
    private ProtectedForPopulationRule() {
    }

    /**
     * Checks an objective.
     *
     * @since 0.1.0
     */
    public static final class ObjectiveValidator implements ConstraintValidator<ProtectedForPopulation, Objective> {
        /**
         * Creates a validator; Bean Validation providers call this.
         *
         * @since 0.1.0
         */
        public ObjectiveValidator() {
        }

        @Override
        public boolean isValid(Objective objective, ConstraintValidatorContext context) {
            if (objective == null || !objective.getPopulations().contains(Population.PUPILS)) {
                return true;
            }
            boolean valid = true;
            String fix = "Remove the characteristic for pupils, or aim that part of the objective at staff, for whom it "
                    + "is protected.";
            for (ProtectedCharacteristic c : new TreeSet<>(objective.getCharacteristics())) {
                if (objective.getPopulations().stream().noneMatch(c::isProtectedFor)) {
                    Reports.at(context, c == ProtectedCharacteristic.AGE
                            ? "Age is not a protected characteristic for pupils in schools (Equality Act 2010 s.84 "
                                    + "and Schedule 18 para. 1); it applies to the school as an employer."
                            : "Marriage and civil partnership is not a protected characteristic for pupils in schools "
                                    + "(Equality Act 2010 s.84); it applies to the school as an employer.", fix);
                    valid = false;
                }
            }
            return valid;
        }
    }
}
