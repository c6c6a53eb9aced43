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
     * @throws InvalidValueException if the period is zero or negative, or has more than 9999 years, months or days
     *     (the most the plan format writes and reads back)
     * @since 0.1.0
     */
    public static Period requirePositive(String field, Period period) {
        if (period.isZero() || period.isNegative()) {
            throw new InvalidValueException(field + " must be a positive period, not " + period);
        }
        if (period.getYears() > MAX_FIELD || period.getMonths() > MAX_FIELD || period.getDays() > MAX_FIELD) {
            throw new InvalidValueException(field + " must have at most " + MAX_FIELD
                    + " years, months and days, not " + period);
        }
        return period;
    }

    /** The most years, months or days in a period: four digits, as the plan format writes them. */
    private static final int MAX_FIELD = 9999;
}
