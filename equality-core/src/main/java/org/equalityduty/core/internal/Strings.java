package org.equalityduty.core.internal;

/**
 * Text helpers for messages: not part of the public API.
 *
 * @since 0.1.0
 */
public final class Strings {
    private static final int MAX_ECHO = 40;

    private Strings() {
    }

    /**
     * Shortens a value for inclusion in a message, so that hostile input is never echoed at length.
     *
     * @param value  the value, not null
     * @return the value, cut to at most 40 characters with an ellipsis, and with control characters replaced
     * @since 0.1.0
     */
    public static String abbreviate(String value) {
        String cut = value.length() > MAX_ECHO ? value.substring(0, MAX_ECHO) + "..." : value;
        StringBuilder out = new StringBuilder(cut.length());
        for (int i = 0; i < cut.length(); i++) {
            char c = cut.charAt(i);
            out.append(Character.isISOControl(c) ? '?' : c);
        }
        return out.toString();
    }
}
