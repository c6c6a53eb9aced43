package org.equalityduty.core.internal;

import java.math.BigDecimal;
import org.equalityduty.core.InvalidValueException;

/**
 * Bounds on the size of exact decimal values held by the value types, so that no value can be built that later
 * arithmetic or formatting cannot handle ({@code toPlainString()} of {@code 1e2147483647} needs two gigabytes;
 * {@code setScale(0)} of it overflows).
 *
 * <p>The bounds for plan values (a baseline, a target, a benchmark) are those of the plan document format: at most
 * 30 digits before the decimal point and 20 decimal places. Observed figures may be computed, so they get wider
 * bounds: 50 digits and 100 decimal places, as a progress report allows.
 *
 * @since 0.2.0
 */
public final class Decimals {
    /** Most digits before the decimal point of a plan value. */
    public static final int PLAN_INTEGER_DIGITS = 30;
    /** Most decimal places of a plan value. */
    public static final int PLAN_DECIMAL_PLACES = 20;
    /** Most digits before the decimal point of an observed figure. */
    public static final int FIGURE_INTEGER_DIGITS = 50;
    /** Most decimal places of an observed figure. */
    public static final int FIGURE_DECIMAL_PLACES = 100;

    private Decimals() {
    }

    /**
     * Checks that a plan value is within the bounds of the plan format.
     *
     * @param field  the name of the field, for the message, not null
     * @param value  the value, not null
     * @return the value, not null
     * @throws InvalidValueException if it has more than 30 digits before the decimal point or more than 20 places
     * @since 0.2.0
     */
    public static BigDecimal requirePlanValue(String field, BigDecimal value) {
        return requireBounded(field, value, PLAN_INTEGER_DIGITS, PLAN_DECIMAL_PLACES);
    }

    /**
     * Checks that an observed figure is within the bounds of a progress report.
     *
     * @param field  the name of the field, for the message, not null
     * @param value  the value, not null
     * @return the value, not null
     * @throws InvalidValueException if it has more than 50 digits before the decimal point or more than 100 places
     * @since 0.2.0
     */
    public static BigDecimal requireFigure(String field, BigDecimal value) {
        return requireBounded(field, value, FIGURE_INTEGER_DIGITS, FIGURE_DECIMAL_PLACES);
    }

    private static BigDecimal requireBounded(String field, BigDecimal value, int integerDigits, int places) {
        // In long arithmetic: precision() - scale() overflows an int for 1e2147483647.
        if ((long) value.precision() - value.scale() > integerDigits) {
            throw new InvalidValueException(field + " is too large: at most " + integerDigits
                    + " digits before the decimal point, not " + describe(value));
        }
        if (value.scale() > places) {
            throw new InvalidValueException(field + " has more than " + places + " decimal places: "
                    + describe(value));
        }
        return value;
    }

    /** The value as written, short: never the plain string of a huge exponent. */
    private static String describe(BigDecimal value) {
        String text = value.toString();
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
