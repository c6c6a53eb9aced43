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
     * @return the value, cut to at most 40 characters with an ellipsis (a surrogate pair is never cut in two), and
     *     with control characters and unpaired surrogates replaced by {@code ?}
     * @since 0.1.0
     */
    public static String abbreviate(String value) {
        int end = Math.min(value.length(), MAX_ECHO);
        if (end < value.length() && Character.isHighSurrogate(value.charAt(end - 1))
                && Character.isLowSurrogate(value.charAt(end))) {
            end--;
        }
        StringBuilder out = new StringBuilder(end + 3);
        for (int i = 0; i < end; i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(value.charAt(i + 1))) {
                out.append(c).append(value.charAt(i + 1));
                i++;
            } else {
                out.append(Character.isISOControl(c) || Character.isSurrogate(c) ? '?' : c);
            }
        }
        if (end < value.length()) {
            out.append("...");
        }
        return out.toString();
    }
}
