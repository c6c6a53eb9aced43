package org.equalityduty.core.plan;

import org.equalityduty.core.InvalidValueException;
import org.equalityduty.core.internal.Codes;

/**
 * The unit a measure is expressed in.
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum MeasureUnit {
    /**
     * A percentage share or rate, 0 to 100.
     *
     * @since 0.1.0
     */
    PERCENT,
    /**
     * A difference of two percentages.
     *
     * @since 0.1.0
     */
    PERCENTAGE_POINTS,
    /**
     * A count of people or events.
     *
     * @since 0.1.0
     */
    COUNT,
    /**
     * A score, such as a KS2 scaled score or an Attainment 8 score, or a difference of scores.
     *
     * @since 0.1.0
     */
    SCORE,
    /**
     * An index, such as the DfE disadvantage gap index (0 to 10).
     *
     * @since 0.1.0
     */
    INDEX;

    private static final Codes<MeasureUnit> CODES = Codes.of(MeasureUnit.class, MeasureUnit::getCode);

    /**
     * Checks whether values in this unit are percentages or percentage-point differences, so that a change
     * "by N%" is ambiguous.
     *
     * @return true for percent and percentage points
     * @since 0.1.0
     */
    public boolean isPercentage() {
        return this == PERCENT || this == PERCENTAGE_POINTS;
    }

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
     * Obtains a unit from its wire code.
     *
     * @param code  the code, not null
     * @return the unit, not null
     * @throws InvalidValueException if the code is unknown
     * @since 0.1.0
     */
    public static MeasureUnit fromCode(String code) {
        return CODES.parse(code);
    }
}
