package org.equalityduty.examples.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalDouble;

/** Fixed number formatting for the report: half-up, a fixed number of decimals, no locale, no negative zero. */
final class Fmt {
    private Fmt() {
    }

    /** A number to a fixed number of decimals, half up (UK statistics round halves up). */
    static String num(double value, int decimals) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        BigDecimal d = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
        return d.signum() == 0 ? BigDecimal.ZERO.setScale(decimals).toPlainString() : d.toPlainString();
    }

    /** A signed number: a plus sign for positive values. */
    static String signed(double value, int decimals) {
        String s = num(value, decimals);
        return s.startsWith("-") || BigDecimal.ZERO.compareTo(new BigDecimal(s)) == 0 ? s : "+" + s;
    }

    /** A proportion in [0, 1] as a percentage. */
    static String pct(double proportion, int decimals) {
        return num(100 * proportion, decimals);
    }

    /** An interval "lower to upper". */
    static String interval(double lower, double upper, int decimals) {
        return num(lower, decimals) + " to " + num(upper, decimals);
    }

    /** A count. */
    static String count(long n) {
        return Long.toString(n);
    }

    /** A date as GOV.UK writes it: "30 September 2026". */
    static String date(java.time.LocalDate d) {
        return d.getDayOfMonth() + " " + d.getMonth().getDisplayName(java.time.format.TextStyle.FULL,
                java.util.Locale.UK) + " " + d.getYear();
    }

    static OptionalDouble some(double v) {
        return OptionalDouble.of(v);
    }
}
