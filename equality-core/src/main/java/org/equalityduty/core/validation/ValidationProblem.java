package org.equalityduty.core.validation;

import org.equalityduty.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * One problem found by structural validation: where it is and what is wrong.
 *
 * <p>Problems order by path, then message, so reports are deterministic.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
public abstract class ValidationProblem implements Comparable<ValidationProblem> {

    ValidationProblem() {
    }

    /**
     * Gets the path to the element, in Bean Validation property-path form.
     *
     * @return such as {@code objectives[1].title}; empty for the root object, not null
     * @since 0.1.0
     */
    @Value.Parameter
    public abstract String getPath();

    /**
     * Gets the plain-English message.
     *
     * @return such as {@code must not be blank}, not null
     * @since 0.1.0
     */
    @Value.Parameter
    public abstract String getMessage();

    /**
     * Obtains a problem.
     *
     * @param path  the path, not null
     * @param message  the message, not null
     * @return the problem, not null
     * @since 0.1.0
     */
    public static ValidationProblem of(String path, String message) {
        return ImmutableValidationProblem.of(path, message);
    }

    @Override
    public int compareTo(ValidationProblem other) {
        int byPath = getPath().compareTo(other.getPath());
        return byPath != 0 ? byPath : getMessage().compareTo(other.getMessage());
    }

    @Override
    public String toString() {
        return (getPath().isEmpty() ? "(plan)" : getPath()) + ": " + getMessage();
    }
}
