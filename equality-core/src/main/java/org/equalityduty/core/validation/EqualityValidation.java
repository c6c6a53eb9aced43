package org.equalityduty.core.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Bean Validation of equality-duty values, bootstrapped safely.
 *
 * <p>Hibernate Validator is configured with {@link ParameterMessageInterpolator}, so no Expression Language is
 * evaluated and {@code jakarta.el} need not (and should not) be on the class path. Values from a plan are never
 * put into a message template; constraint validators pass them as message parameters.
 *
 * <p>Consumers may equally use their own {@link Validator}: our constraints are ordinary Bean Validation
 * constraints on JavaBeans getters. Configure it with a {@code ParameterMessageInterpolator} unless
 * Expression Language is deliberately wanted.
 *
 * <p>This class is thread-safe; the shared validator is created once, on first use.
 *
 * @since 0.1.0
 */
public final class EqualityValidation {

    private EqualityValidation() {
    }

    /**
     * Creates a new validator factory configured without Expression Language. The caller closes it.
     *
     * @return the factory, not null
     * @since 0.1.0
     */
    public static ValidatorFactory newValidatorFactory() {
        return Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
    }

    /**
     * Gets the shared validator, configured without Expression Language.
     *
     * @return the validator, thread-safe, not null
     * @since 0.1.0
     */
    public static Validator validator() {
        return Holder.VALIDATOR;
    }

    /**
     * Validates a value and returns its problems in a deterministic order.
     *
     * @param value  the value to validate, such as an {@link org.equalityduty.core.plan.EqualityPlan}, not null
     * @param groups  the validation groups; none means the default group
     * @return the problems sorted by path then message, empty if the value is well formed, not null
     * @since 0.1.0
     */
    public static List<ValidationProblem> validate(Object value, Class<?>... groups) {
        Objects.requireNonNull(value, "value");
        Set<ConstraintViolation<Object>> violations = validator().validate(value, groups);
        return toProblems(violations);
    }

    /**
     * Converts constraint violations to problems in a deterministic order.
     *
     * @param <T> the validated type
     * @param violations  the violations, not null
     * @return the problems sorted by path then message, not null
     * @since 0.1.0
     */
    public static <T> List<ValidationProblem> toProblems(Set<ConstraintViolation<T>> violations) {
        return violations.stream()
                .map(v -> ValidationProblem.of(v.getPropertyPath().toString(), v.getMessage()))
                .sorted()
                .distinct()
                .collect(Collectors.toUnmodifiableList());
    }

    private static final class Holder {
        private static final ValidatorFactory FACTORY = newValidatorFactory();
        static final Validator VALIDATOR = FACTORY.getValidator();
    }
}
