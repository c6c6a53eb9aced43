package org.equalityduty.core.observation;

import org.equalityduty.core.InvalidValueException;
import org.equalityduty.core.internal.Codes;

/**
 * Whether an observation has a value, and if not, why not. A missing year is a status, not an error.
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum ObservationStatus {
    /**
     * The value was measured.
     *
     * @since 0.1.0
     */
    AVAILABLE,
    /**
     * The measure was not published for the period (such as Progress 8 for 2024/25).
     *
     * @since 0.1.0
     */
    NOT_PUBLISHED,
    /**
     * The value was withheld because the group was too small to publish safely.
     *
     * @since 0.1.0
     */
    SUPPRESSED,
    /**
     * The data was not collected.
     *
     * @since 0.1.0
     */
    NOT_COLLECTED;

    private static final Codes<ObservationStatus> CODES = Codes.of(ObservationStatus.class, ObservationStatus::getCode);

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
    public static ObservationStatus fromCode(String code) {
        return CODES.parse(code);
    }
}
