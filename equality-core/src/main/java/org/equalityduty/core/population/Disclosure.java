package org.equalityduty.core.population;

import org.equalityduty.core.InvalidValueException;
import org.equalityduty.core.internal.Codes;

/**
 * Whether a category records a known value or the absence of one. Refused and not obtained are
 * categories in their own right (never null); they drive the disclosure rate.
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Disclosure {
    /**
     * A known value, such as {@code WBRI} or {@code male}.
     *
     * @since 0.1.0
     */
    KNOWN,
    /**
     * The person declined to say (census code {@code REFU} for ethnicity).
     *
     * @since 0.1.0
     */
    REFUSED,
    /**
     * The information has not yet been obtained (census code {@code NOBT} for ethnicity).
     *
     * @since 0.1.0
     */
    NOT_OBTAINED;

    private static final Codes<Disclosure> CODES = Codes.of(Disclosure.class, Disclosure::getCode);

    /**
     * Gets the stable wire code.
     *
     * @return the code, such as {@code not_obtained}, not null
     * @since 0.1.0
     */
    public String getCode() {
        return Codes.lowerCase(this);
    }

    /**
     * Obtains a value from its wire code.
     *
     * @param code  the code, not null
     * @return the value, not null
     * @throws InvalidValueException if the code is unknown
     * @since 0.1.0
     */
    public static Disclosure fromCode(String code) {
        return CODES.parse(code);
    }
}
