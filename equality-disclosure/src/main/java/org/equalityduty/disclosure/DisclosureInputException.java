package org.equalityduty.disclosure;

/**
 * Thrown when a publication or a set of rules cannot exist: a count below zero, a cell that is not in its table,
 * two linked cells with different counts, a threshold out of range. The message names the field and the value.
 *
 * <p>This exception is immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class DisclosureInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with the given message.
     *
     * @param message  the message naming the field and the value, not null
     * @since 0.2.0
     */
    public DisclosureInputException(String message) {
        super(message);
    }
}
