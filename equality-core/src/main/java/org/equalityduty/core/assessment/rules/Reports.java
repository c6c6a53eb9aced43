package org.equalityduty.core.assessment.rules;

import java.math.BigDecimal;
import java.time.Period;

/** Formats values for messages. */
final class Reports {
    private Reports() {
    }

    /** Formats a number for a message: plain, without trailing zeros. */
    static String number(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
    }

    /** Formats a period for a message, such as "4 years" or "12 months". */
    static String period(Period p) {
        StringBuilder sb = new StringBuilder();
        append(sb, p.getYears(), "year");
        append(sb, p.getMonths(), "month");
        append(sb, p.getDays(), "day");
        return sb.length() == 0 ? "0 days" : sb.toString();
    }

    private static void append(StringBuilder sb, int n, String unit) {
        if (n != 0) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(n).append(' ').append(unit).append(n == 1 ? "" : "s");
        }
    }
}
