package org.equalityduty.core.duty;

import java.time.Period;
import org.equalityduty.core.InvalidValueException;
import org.equalityduty.core.internal.Codes;

/**
 * How often recurring work or a review happens.
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Recurrence {
    /**
     * Every half term (about six weeks).
     *
     * @since 0.1.0
     */
    HALF_TERMLY(Period.ofWeeks(7)),
    /**
     * Every term (three terms a year; at most four months apart).
     *
     * @since 0.1.0
     */
    TERMLY(Period.ofMonths(4)),
    /**
     * Every year.
     *
     * @since 0.1.0
     */
    ANNUALLY(Period.ofYears(1));

    private static final Codes<Recurrence> CODES = Codes.of(Recurrence.class, Recurrence::getCode);

    private final Period maximumInterval;

    Recurrence(Period maximumInterval) {
        this.maximumInterval = maximumInterval;
    }

    /**
     * Gets the longest interval between two occurrences that still counts as this recurrence.
     *
     * @return the interval, not null
     * @since 0.1.0
     */
    public Period getMaximumInterval() {
        return maximumInterval;
    }

    /**
     * Gets the stable wire code.
     *
     * @return the code, such as {@code termly}, not null
     * @since 0.1.0
     */
    public String getCode() {
        return Codes.lowerCase(this);
    }

    /**
     * Obtains a recurrence from its wire code.
     *
     * @param code  the code, not null
     * @return the recurrence, not null
     * @throws InvalidValueException if the code is unknown
     * @since 0.1.0
     */
    public static Recurrence fromCode(String code) {
        return CODES.parse(code);
    }
}
