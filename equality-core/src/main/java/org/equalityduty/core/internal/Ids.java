package org.equalityduty.core.internal;

import java.util.regex.Pattern;
import org.equalityduty.core.InvalidValueException;

/**
 * Identifier checks shared by objectives and success criteria.
 *
 * @since 0.1.0
 */
public final class Ids {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

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
        if (!ID.matcher(id).matches()) {
            throw new InvalidValueException(field + " '" + Strings.abbreviate(id)
                    + "' must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
    }
}
