package org.equalityduty.core.progress;

import org.equalityduty.core.internal.Codes;

/**
 * How a target stated "by N%" ({@link org.equalityduty.core.plan.TargetKind#PERCENT_AS_STATED}) is read when the
 * measure is a percentage or its unit is unknown, so that both readings are possible.
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Reading {
    /**
     * N% of the baseline value: the target is baseline x (1 +/- N/100).
     *
     * @since 0.1.0
     */
    RELATIVE,
    /**
     * N percentage points: the target is baseline +/- N.
     *
     * @since 0.1.0
     */
    PERCENTAGE_POINTS;

    private static final Codes<Reading> CODES = Codes.of(Reading.class, Reading::getCode);

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
     * @throws org.equalityduty.core.InvalidValueException if the code is unknown
     * @since 0.1.0
     */
    public static Reading fromCode(String code) {
        return CODES.parse(code);
    }
}
