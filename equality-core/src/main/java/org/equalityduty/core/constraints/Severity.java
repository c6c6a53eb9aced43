package org.equalityduty.core.constraints;

import jakarta.validation.Payload;
import java.util.Objects;
import java.util.Set;
import org.equalityduty.core.InvalidValueException;

/**
 * How serious a finding is. The severity of each of the library's rules is defined once, by the rule
 * ({@code org.equalityduty.core.assessment.Rule#getSeverity()}). Each level also has a Bean Validation
 * {@link Payload} type, so that a consumer's own constraints can declare a severity where they are placed
 * ({@code payload = Severity.Warning.class}); an assessment reads it for constraints that are not rules.
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Severity {
    /**
     * The plan is wrong or breaks a duty: fix before publishing.
     *
     * @since 0.1.0
     */
    ERROR,
    /**
     * A common weakness, such as a criterion with no number or no date: worth fixing.
     *
     * @since 0.1.0
     */
    WARNING,
    /**
     * A suggestion that would make the plan better; nothing is wrong.
     *
     * @since 0.1.0
     */
    ADVICE;

    /**
     * The payload that marks a constraint as reporting errors.
     *
     * @since 0.1.0
     */
    // Public API since 0.1.0, named after the level it marks (payload = Severity.Error.class); always qualified.
    @SuppressWarnings("JavaLangClash")
    public interface Error extends Payload {
    }

    /**
     * The payload that marks a constraint as reporting warnings.
     *
     * @since 0.1.0
     */
    public interface Warning extends Payload {
    }

    /**
     * The payload that marks a constraint as reporting advice.
     *
     * @since 0.1.0
     */
    public interface Advice extends Payload {
    }

    /**
     * Gets the stable wire code.
     *
     * @return the code, such as {@code warning}, not null
     * @since 0.1.0
     */
    public String getCode() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Obtains a severity from its wire code.
     *
     * @param code  the code, not null
     * @return the severity, not null
     * @throws InvalidValueException if the code is unknown
     * @since 0.1.0
     */
    public static Severity fromCode(String code) {
        Objects.requireNonNull(code, "code");
        for (Severity s : values()) {
            if (s.getCode().equals(code)) {
                return s;
            }
        }
        throw new InvalidValueException("severity '" + org.equalityduty.core.internal.Strings.abbreviate(code)
                + "' is not one of error, warning, advice");
    }

    /**
     * Reads the severity from a constraint's payload. The most severe marker wins if several are present.
     *
     * @param payload  the payload classes of a constraint, not null
     * @return the severity, empty if the payload has no severity marker, not null
     * @since 0.1.0
     */
    public static java.util.Optional<Severity> fromPayload(Set<Class<? extends Payload>> payload) {
        Objects.requireNonNull(payload, "payload");
        if (payload.contains(Error.class)) {
            return java.util.Optional.of(ERROR);
        }
        if (payload.contains(Warning.class)) {
            return java.util.Optional.of(WARNING);
        }
        if (payload.contains(Advice.class)) {
            return java.util.Optional.of(ADVICE);
        }
        return java.util.Optional.empty();
    }
}
