package org.equalityduty.paygap;

import java.math.BigDecimal;
import java.util.Objects;
import org.equalityduty.core.InvalidValueException;
import org.jspecify.annotations.Nullable;

/** Argument checks with messages that name the field and the value. */
final class Checks {
    private static final int MAX_SHOWN = 40;

    private Checks() {
    }

    static <T> T notNull(@Nullable T value, String field) {
        return Objects.requireNonNull(value, field);
    }

    static InvalidValueException invalid(String field, Object value, String expected) {
        return new InvalidValueException(field + " must be " + expected + ", but was " + shown(value));
    }

    static BigDecimal positive(BigDecimal value, String field) {
        notNull(value, field);
        if (value.signum() <= 0) {
            throw invalid(field, value.toPlainString(), "greater than 0");
        }
        return value;
    }

    static BigDecimal notNegative(BigDecimal value, String field) {
        notNull(value, field);
        if (value.signum() < 0) {
            throw invalid(field, value.toPlainString(), "0 or more");
        }
        return value;
    }

    /** Quotes a value for a message, shortened and with control characters replaced, so hostile text stays inert. */
    static String shown(@Nullable Object value) {
        String s = String.valueOf(value);
        StringBuilder b = new StringBuilder("'");
        for (int i = 0; i < s.length() && i < MAX_SHOWN; i++) {
            char c = s.charAt(i);
            b.append(Character.isISOControl(c) ? '?' : c);
        }
        if (s.length() > MAX_SHOWN) {
            b.append("...");
        }
        return b.append('\'').toString();
    }
}
