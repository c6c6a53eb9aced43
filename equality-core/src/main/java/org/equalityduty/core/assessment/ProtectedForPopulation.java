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
import java.util.TreeSet;
import org.equalityduty.core.Objective;
import org.equalityduty.core.Population;
import org.equalityduty.core.ProtectedCharacteristic;

/**
 * Rule {@code duty.characteristic-not-protected-for-pupils}: an objective about pupils does not address age or
 * marriage and civil partnership, which are not protected for pupils in schools (Equality Act 2010 s.84; for age,
 * Schedule 18 para. 1). Both still apply to the school as an employer, so an objective that is also about staff,
 * job applicants or the community (such as "good relations across all protected characteristics" for pupils, staff
 * and families) passes: a characteristic is reported only when none of the objective's populations is one for which
 * it is protected ({@link org.equalityduty.core.ProtectedCharacteristic#isProtectedFor(Population)}).
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = ProtectedForPopulation.ObjectiveValidator.class)
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ProtectedForPopulation {
    /**
     * Gets the message template; the validator replaces it with a more precise one.
     *
     * @return the template
     */
    String message() default "addresses a characteristic not protected for its population";

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
    final class ObjectiveValidator implements ConstraintValidator<ProtectedForPopulation, Objective> {
        /** Creates a validator; Bean Validation providers call this. */
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
