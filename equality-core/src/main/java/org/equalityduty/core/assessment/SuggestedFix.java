package org.equalityduty.core.assessment;

import java.util.Objects;

/**
 * The suggested fix of one violation, carried as Hibernate Validator's dynamic payload. A consumer running its own
 * Hibernate Validator reads it with
 * {@code violation.unwrap(HibernateConstraintViolation.class).getDynamicPayload(SuggestedFix.class)};
 * {@link Assessment} does the same.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class SuggestedFix {
    private final String text;

    private SuggestedFix(String text) {
        this.text = text;
    }

    /**
     * Obtains an instance.
     *
     * @param text  the fix, in words a school can act on, not null
     * @return the fix, not null
     * @since 0.2.0
     */
    public static SuggestedFix of(String text) {
        return new SuggestedFix(Objects.requireNonNull(text, "text"));
    }

    /**
     * Gets the text of the fix.
     *
     * @return the text, not null
     * @since 0.2.0
     */
    public String getText() {
        return text;
    }

    /**
     * Checks if this fix has the same text as another.
     *
     * @param other  the other object, null returns false
     * @return true if equal
     * @since 0.2.0
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof SuggestedFix fix && fix.text.equals(text);
    }

    /**
     * Gets a hash code based on the text.
     *
     * @return the hash code
     * @since 0.2.0
     */
    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /**
     * Gets the text of the fix.
     *
     * @return the text, not null
     * @since 0.2.0
     */
    @Override
    public String toString() {
        return text;
    }
}
