package org.equalityduty.core;

import java.time.Period;

/** Checks on {@link Period} values shared by the value types. */
final class Periods {
    private Periods() {
    }

    static Period requirePositive(String field, Period period) {
        if (period.isZero() || period.isNegative()) {
            throw new InvalidValueException(field + " must be a positive period, not " + period);
        }
        return period;
    }
}
