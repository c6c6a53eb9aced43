package org.equalityduty.paygap;

/**
 * An employee's sex as the pay gap regulations use it: male or female, or not recorded.
 *
 * <p>The gov.uk guidance ("the gender pay gap data you must gather") asks employers to report men and women; an
 * employee whose sex is not recorded (or who does not identify as either) still counts towards the 250-employee
 * threshold and as a relevant employee, but is left out of the figures. {@link GenderPayGap} counts and reports them.
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.2.0
 */
public enum Sex {
    /**
     * Male.
     *
     * @since 0.2.0
     */
    MALE,
    /**
     * Female.
     *
     * @since 0.2.0
     */
    FEMALE,
    /**
     * Not recorded (or neither): counted, reported, left out of the figures.
     *
     * @since 0.2.0
     */
    NOT_RECORDED;

    /**
     * Obtains the sex from a code: {@code M}, {@code male}, {@code F}, {@code female} (any case), or an empty code
     * for not recorded.
     *
     * @param code  the code, not null
     * @return the sex, not null
     * @throws org.equalityduty.core.InvalidValueException if the code is none of these
     * @since 0.2.0
     */
    public static Sex parse(String code) {
        Checks.notNull(code, "sex");
        switch (code.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "m", "male" -> {
                return MALE;
            }
            case "f", "female" -> {
                return FEMALE;
            }
            case "" -> {
                return NOT_RECORDED;
            }
            default -> throw Checks.invalid("sex", code, "M, F, male, female, or empty for not recorded");
        }
    }
}
