package org.equalityduty.core.plan;

import org.equalityduty.core.InvalidValueException;
import org.equalityduty.core.internal.Codes;

/**
 * The direction a success criterion wants its measure to move.
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Direction {
    /** The measure should go up. */
    INCREASE,
    /** The measure should go down, such as a gap that must narrow. */
    DECREASE,
    /** The measure should stay at least where it is. */
    MAINTAIN;

    private static final Codes<Direction> CODES = Codes.of(Direction.class, Direction::getCode);

    /**
     * Gets the stable wire code: the constant's name in lower case.
     *
     * @return the code, not null
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
     */
    public static Direction fromCode(String code) {
        return CODES.parse(code);
    }
}
