package org.equalityduty.spring;

import jakarta.validation.Validator;
import java.util.List;
import java.util.Objects;
import org.equalityduty.core.validation.EqualityValidation;
import org.equalityduty.core.validation.ValidationProblem;

/**
 * Structural validation of equality-duty values as a bean: {@link EqualityValidation#validate(Object, Class...)} run
 * on the application's own {@link Validator} (in a Boot application, Boot's).
 *
 * <p>This class is immutable and thread-safe if its validator is (Bean Validation validators are).
 *
 * @since 0.2.0
 */
public final class PlanValidation {
    private final Validator validator;

    /**
     * Creates the facade.
     *
     * @param validator  the validator, not null
     * @since 0.2.0
     */
    public PlanValidation(Validator validator) {
        this.validator = Objects.requireNonNull(validator, "validator");
    }

    /**
     * Validates a value, such as a plan or a progress record.
     *
     * @param value  the value, not null
     * @param groups  the validation groups; none means the default group (structure)
     * @return the problems sorted by path then message, empty if the value is well formed, not null
     * @since 0.2.0
     */
    public List<ValidationProblem> validate(Object value, Class<?>... groups) {
        Objects.requireNonNull(value, "value");
        return EqualityValidation.toProblems(validator.validate(value, groups));
    }

    /**
     * Gets the validator.
     *
     * @return the validator, not null
     * @since 0.2.0
     */
    public Validator getValidator() {
        return validator;
    }
}
