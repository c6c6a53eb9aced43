package org.equalityduty.core.duty;

import org.equalityduty.core.InvalidValueException;
import org.equalityduty.core.internal.Codes;

/**
 * The phase of education a school covers, or a trust's schools cover, as the plan states it.
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.2.0
 */
public enum Phase {
    /**
     * Primary: reception to year 6 (infant, junior and first schools included).
     *
     * @since 0.2.0
     */
    PRIMARY,
    /**
     * Secondary: year 7 onwards, with or without a sixth form.
     *
     * @since 0.2.0
     */
    SECONDARY,
    /**
     * All-through: primary and secondary in one school.
     *
     * @since 0.2.0
     */
    ALL_THROUGH,
    /**
     * A special school, of any age range: its pupils have special educational needs, most with an education, health and care plan.
     *
     * @since 0.2.0
     */
    SPECIAL;

    private static final Codes<Phase> CODES = Codes.of(Phase.class, Phase::getCode);

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
    public static Phase fromCode(String code) {
        return CODES.parse(code);
    }
}
