package org.equalityduty.core.duty;

import org.equalityduty.core.InvalidValueException;
import org.equalityduty.core.internal.Codes;

/**
 * Who publishes under a publication rule.
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Publisher {
    /**
     * The trust, once for all its schools.
     *
     * @since 0.1.0
     */
    TRUST,
    /**
     * Each school, for itself.
     *
     * @since 0.1.0
     */
    EACH_SCHOOL;

    private static final Codes<Publisher> CODES = Codes.of(Publisher.class, Publisher::getCode);

    /**
     * Gets the stable wire code: the constant's name in lower case.
     *
     * @return the code, not null
     * @since 0.1.0
     */
    public String getCode() {
        return Codes.lowerCase(this);
    }

    /**
     * Obtains a constant from its wire code.
     *
     * @param code  the code, not null
     * @return the constant, not null
     * @throws InvalidValueException if the code is unknown
     * @since 0.1.0
     */
    public static Publisher fromCode(String code) {
        return CODES.parse(code);
    }
}
