package org.equalityduty.core.internal;

import org.equalityduty.core.InvalidValueException;

/**
 * Identifier checks shared by objectives and success criteria.
 *
 * @since 0.1.0
 */
public final class Ids {
    /**
     * The form of an identifier as a regular expression (the check is a loop over the characters, which reads
     * the same: {@code IdsProperties} compares the two).
     */
    static final String FORM = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

    private Ids() {
    }

    /**
     * Checks that an identifier is 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit.
     *
     * @param field  the name of the field, for the message, not null
     * @param id  the identifier, not null
     * @throws InvalidValueException if the identifier has another form
     * @since 0.1.0
     */
    public static void check(String field, String id) {
        if (!wellFormed(id)) {
            throw new InvalidValueException(field + " '" + Strings.abbreviate(id)
                    + "' must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
    }

    /** Whether the identifier has the {@link #FORM}: 1 to 64 characters, the first a letter or digit. */
    static boolean wellFormed(String id) {
        int n = id.length();
        if (n == 0 || n > 64 || !letterOrDigit(id.charAt(0))) {
            return false;
        }
        for (int i = 1; i < n; i++) {
            char c = id.charAt(i);
            if (!letterOrDigit(c) && c != '.' && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** An ASCII letter or digit: {@code [A-Za-z0-9]}. */
    private static boolean letterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
