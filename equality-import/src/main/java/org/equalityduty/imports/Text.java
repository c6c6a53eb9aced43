package org.equalityduty.imports;

import java.util.Locale;

/** Text helpers shared by the readers: cleaning Excel's habits and showing values safely in messages. */
final class Text {
    /** The longest value shown in a message; longer values are cut with an ellipsis. */
    static final int SHOWN = 40;

    private Text() {
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }

    /**
     * Removes whitespace around a value, including the non-breaking spaces that spreadsheets leave.
     */
    static String clean(String raw) {
        int start = 0;
        int end = raw.length();
        while (start < end && isSpace(raw.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(raw.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == raw.length() ? raw : raw.substring(start, end);
    }

    /**
     * Gets the key a header is matched by: lower case, and runs of spaces, hyphens, dots and slashes as one
     * underscore, so that {@code "Pupil ID"}, {@code "pupil-id"} and {@code " PUPIL_ID "} all match {@code pupil_id}.
     */
    static String headerKey(String raw) {
        String s = clean(raw).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c) || c == '-' || c == '.' || c == '/' || c == '_') {
                gap = true;
            } else {
                if (gap && b.length() > 0) {
                    b.append('_');
                }
                gap = false;
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Gets the key a value is matched by: trimmed, lower case, inner runs of whitespace as one space. */
    static String valueKey(String raw) {
        String s = clean(raw).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                gap = true;
            } else {
                if (gap) {
                    b.append(' ');
                }
                gap = false;
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Shows a value in a message: at most {@value #SHOWN} characters, control characters as '?'; a value cut short
     * is never cut inside a surrogate pair (an emoji), so the message stays valid Unicode.
     */
    static String show(String value) {
        String s = value;
        if (value.length() > SHOWN) {
            int end = SHOWN - 3;
            if (Character.isHighSurrogate(value.charAt(end - 1)) && Character.isLowSurrogate(value.charAt(end))) {
                end--;
            }
            s = value.substring(0, end) + "...";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(Character.isISOControl(c) || c == '\uFEFF' ? '?' : c);
        }
        return b.toString();
    }

    /** Formats a count with thousands separators, as a user reads it. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
