package org.equalityduty.core.plan;

import java.math.BigDecimal;
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
    /**
     * The measure should go up.
     *
     * @since 0.1.0
     */
    INCREASE,
    /**
     * The measure should go down, such as a gap that must narrow.
     *
     * @since 0.1.0
     */
    DECREASE,
    /**
     * The measure should stay at least where it is.
     *
     * @since 0.1.0
     */
    MAINTAIN;

    private static final Codes<Direction> CODES = Codes.of(Direction.class, Direction::getCode);

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
    public static Direction fromCode(String code) {
        return CODES.parse(code);
    }

    /**
     * Checks whether a value meets a target level in this direction: at least the target for an increase, at most
     * the target for a decrease, and not worse than it to maintain (not above it for a gap, otherwise not below).
     *
     * @param value  the value, such as the latest observation, not null
     * @param target  the target level, not null
     * @param gap  whether the measure is a gap, where smaller is better
     * @return true if the value meets the target
     * @since 0.2.0
     */
    public boolean isMet(BigDecimal value, BigDecimal target, boolean gap) {
        int cmp = value.compareTo(target);
        switch (this) {
            case INCREASE:
                return cmp >= 0;
            case DECREASE:
                return cmp <= 0;
            default:
                return gap ? cmp <= 0 : cmp >= 0;
        }
    }
}
