package org.equalityduty.core.internal;

import java.util.regex.Pattern;
import org.equalityduty.core.InvalidValueException;

/** Identifier checks shared by objectives and success criteria. */
public final class Ids {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private Ids() {
    }

    public static void check(String field, String id) {
        if (!ID.matcher(id).matches()) {
            throw new InvalidValueException(field + " '" + Strings.abbreviate(id)
                    + "' must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
    }
}
