package org.equalityduty.core;

/**
 * Thrown when a value cannot exist: an invariant of a domain type is broken at construction.
 *
 * <p>The message names the field and the offending value. This is distinct from a plan that exists
 * but is not well formed, which Bean Validation reports (see
 * {@link org.equalityduty.core.validation.EqualityValidation}).
 *
 * <p>This exception is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class InvalidValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with the given message.
     *
     * @param message  the message naming the field and the value, not null
     * @since 0.1.0
     */
    public InvalidValueException(String message) {
        super(message);
    }
}
