package org.equalityduty.core.duty;

import org.equalityduty.core.InvalidValueException;
import org.equalityduty.core.internal.Codes;

/**
 * The kind of body that owes the duty: a school's governing body or an academy trust (Schedule 19).
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum OrganisationType {
    /**
     * An academy trust (single- or multi-academy), the proprietor of its academies.
     *
     * @since 0.1.0
     */
    TRUST,
    /**
     * A school: a maintained school's governing body or a single academy.
     *
     * @since 0.1.0
     */
    SCHOOL;

    private static final Codes<OrganisationType> CODES = Codes.of(OrganisationType.class, OrganisationType::getCode);

    /**
     * Gets the stable wire code.
     *
     * @return the code, not null
     * @since 0.1.0
     */
    public String getCode() {
        return Codes.lowerCase(this);
    }

    /**
     * Obtains a type from its wire code.
     *
     * @param code  the code, not null
     * @return the type, not null
     * @throws InvalidValueException if the code is unknown
     * @since 0.1.0
     */
    public static OrganisationType fromCode(String code) {
        return CODES.parse(code);
    }
}
