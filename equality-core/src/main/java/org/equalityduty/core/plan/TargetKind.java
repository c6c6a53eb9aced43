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
    /**
     * An absolute level in the measure's unit, such as 9%.
     *
     * @since 0.1.0
     */
    LEVEL,
    /**
     * An absolute change in the measure's unit, such as 5 applicants or 2 scaled-score points.
     *
     * @since 0.1.0
     */
    CHANGE,
    /**
     * A change in percentage points of a measure that is a percentage.
     *
     * @since 0.1.0
     */
    PERCENTAGE_POINTS,
    /**
     * A relative change, in percent of the baseline value.
     *
     * @since 0.1.0
     */
    RELATIVE_PERCENT,
    /**
     * A change "by N%" as the plan states it, without saying whether it is relative or in percentage points; ambiguous when the measure is itself a percentage.
     *
     * @since 0.1.0
     */
    PERCENT_AS_STATED,
    /**
     * A bound the measure must reach or exceed, in the measure's unit: "at least 96%", "Progress 8 of 0.00 or more".
     *
     * @since 0.2.0
     */
    AT_LEAST,
    /**
     * A bound the measure must not exceed, in the measure's unit: "no more than 20%".
     *
     * @since 0.2.0
     */
    AT_MOST;

    private static final Codes<TargetKind> CODES = Codes.of(TargetKind.class, TargetKind::getCode);

    /**
     * Checks whether the value is a level in the measure's unit rather than the size of a change: a level or a
     * bound.
     *
     * @return true for {@link #LEVEL}, {@link #AT_LEAST} and {@link #AT_MOST}
     * @since 0.2.0
     */
    public boolean isLevel() {
        return this == LEVEL || this == AT_LEAST || this == AT_MOST;
    }

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
