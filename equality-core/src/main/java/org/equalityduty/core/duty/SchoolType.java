package org.equalityduty.core.duty;

import org.equalityduty.core.InvalidValueException;
import org.equalityduty.core.internal.Codes;

/**
 * Whether a school is maintained by a local authority or is an academy (Schedule 19 names the body that owes the duty: the governing body, or the academy's proprietor).
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.2.0
 */
public enum SchoolType {
    /**
     * A maintained school: its governing body owes the duty.
     *
     * @since 0.2.0
     */
    MAINTAINED,
    /**
     * An academy or free school: its proprietor, the academy trust, owes the duty.
     *
     * @since 0.2.0
     */
    ACADEMY;

    private static final Codes<SchoolType> CODES = Codes.of(SchoolType.class, SchoolType::getCode);

    /**
     * Gets the stable wire code: the constant's name in lower case.
     *
     * @return the code, not null
     * @since 0.2.0
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
     * @since 0.2.0
     */
    public static SchoolType fromCode(String code) {
        return CODES.parse(code);
    }
}
