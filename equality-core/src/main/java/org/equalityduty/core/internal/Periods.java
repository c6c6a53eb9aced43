package org.equalityduty.core.internal;

import java.time.Period;
import org.equalityduty.core.InvalidValueException;

/**
 * Checks on {@link Period} values shared by the value types.
 *
 * @since 0.1.0
 */
public final class Periods {
    private Periods() {
    }

    /**
     * Checks that a period is positive.
     *
     * @param field  the name of the field, for the message, not null
     * @param period  the period, not null
     * @return the period, not null
     * @throws InvalidValueException if the period is zero or negative
     * @since 0.1.0
     */
    public static Period requirePositive(String field, Period period) {
        if (period.isZero() || period.isNegative()) {
            throw new InvalidValueException(field + " must be a positive period, not " + period);
        }
        return period;
    }
}
