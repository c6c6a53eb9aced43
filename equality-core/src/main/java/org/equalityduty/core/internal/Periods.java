package org.equalityduty.core.internal;

import java.time.Period;
import org.equalityduty.core.InvalidValueException;

/** Checks on {@link Period} values shared by the value types. */
public final class Periods {
    private Periods() {
    }

    public static Period requirePositive(String field, Period period) {
        if (period.isZero() || period.isNegative()) {
            throw new InvalidValueException(field + " must be a positive period, not " + period);
        }
        return period;
    }
}
