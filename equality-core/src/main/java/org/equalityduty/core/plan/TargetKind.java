package org.equalityduty.core.plan;

import org.equalityduty.core.InvalidValueException;
import org.equalityduty.core.internal.Codes;

/**
 * How a target is stated. A target is unambiguous only when it says whether a change is absolute, in percentage points, or relative.
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum TargetKind {
    /** An absolute level in the measure's unit, such as 9%. */
    LEVEL,
    /** An absolute change in the measure's unit, such as 5 applicants or 2 scaled-score points. */
    CHANGE,
    /** A change in percentage points of a measure that is a percentage. */
    PERCENTAGE_POINTS,
    /** A relative change, in percent of the baseline value. */
    RELATIVE_PERCENT,
    /** A change "by N%" as the plan states it, without saying whether it is relative or in percentage points; ambiguous when the measure is itself a percentage. */
    PERCENT_AS_STATED;

    private static final Codes<TargetKind> CODES = Codes.of(TargetKind.class, TargetKind::getCode);

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
    public static TargetKind fromCode(String code) {
        return CODES.parse(code);
    }
}
