package org.equalityduty.paygap;

import java.math.BigDecimal;

/** Decimal parsing with field-named messages, and the few constants the arithmetic uses. */
final class Decimals {
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    static final BigDecimal HALF = new BigDecimal("0.5");
    /** Longest decimal text accepted: plenty for pay, and a bound against hostile input. */
    private static final int MAX_LENGTH = 40;
    private static final java.util.regex.Pattern PLAIN = java.util.regex.Pattern.compile(
            "[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)");

    private Decimals() {
    }

    static BigDecimal parse(String text, String field) {
        Checks.notNull(text, field);
        String t = text.trim();
        if (t.isEmpty()) {
            throw Checks.invalid(field, text, "a number");
        }
        if (t.length() > MAX_LENGTH || !PLAIN.matcher(t).matches()) {
            throw Checks.invalid(field, text, "a plain decimal number such as 1234.56");
        }
        return new BigDecimal(t);
    }
}
