package org.equalityduty.json.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one read, up to a limit. Not part of the public API; not thread-safe.
 *
 * @since 0.1.0
 */
public final class Problems {
    private static final int MAX_ECHO = 40;

    private final int max;
    private final List<String> pointers = new ArrayList<>();
    private final List<String> messages = new ArrayList<>();
    private boolean truncated;

    /**
     * Creates a collector.
     *
     * @param max  the most problems to list, positive
     */
    public Problems(int max) {
        this.max = max;
    }

    /**
     * Records a problem.
     *
     * @param pointer  the JSON Pointer, not null
     * @param message  the message, not null
     * <p>A pointer that runs through a field name that is not valid Unicode text (it has an unpaired surrogate)
     * is cut back to the object holding that field, so that every pointer reported is valid text that resolves
     * in the submitted document; unpaired surrogates and control characters in the message become {@code ?}.
     *
     * @param pointer  the JSON Pointer, not null
     * @param message  the message, not null
     * @throws Stop if the limit was already reached, to stop reading
     */
    public void add(String pointer, String message) {
        if (pointers.size() >= max) {
            truncated = true;
            throw new Stop();
        }
        pointers.add(validPointer(pointer));
        messages.add(printable(message));
    }

    /**
     * Records a problem at a pointer, as {@link #add(String, String)} does.
     *
     * @param pointer  where, not null
     * @param message  the message, not null
     * @throws Stop if the limit was already reached, to stop reading
     */
    public void add(Pointer pointer, String message) {
        add(pointer.toString(), message);
    }

    /**
     * Records a problem after which the input cannot be read any further, and stops reading.
     *
     * @param pointer  the JSON Pointer, not null
     * @param message  the message, not null
     * @throws Stop always
     */
    public void stop(String pointer, String message) {
        add(pointer, message);
        throw new Stop();
    }

    /**
     * Gets the number of problems so far.
     *
     * @return the count
     */
    public int count() {
        return pointers.size();
    }

    /**
     * Throws the failure listing the problems, if there are any.
     *
     * @throws ReadFailure if any problem was recorded
     */
    public void throwIfAny() {
        if (!pointers.isEmpty()) {
            throw failure();
        }
    }

    /**
     * Makes the failure listing the problems, which the facade turns into its exception.
     *
     * @return the failure, not null
     * @throws IllegalStateException if there are no problems
     */
    public ReadFailure failure() {
        if (pointers.isEmpty()) {
            throw new IllegalStateException("no problems");
        }
        return new ReadFailure(pointers, messages, truncated);
    }

    /**
     * Appends a reference token to a JSON Pointer, escaped as RFC 6901 requires.
     *
     * @param pointer  the pointer, not null
     * @param token  the field name or array index, not null
     * @return the longer pointer, not null
     */
    public static String child(String pointer, String token) {
        return pointer + "/" + token.replace("~", "~0").replace("/", "~1");
    }

    /**
     * Appends an array index to a JSON Pointer.
     *
     * @param pointer  the pointer, not null
     * @param index  the index, not negative
     * @return the longer pointer, not null
     */
    public static String child(String pointer, int index) {
        return pointer + "/" + index;
    }

    /**
     * Shortens a value from the document for a message, so that input is never echoed at length.
     *
     * @param value  the value, not null
     * @return at most 40 characters (a surrogate pair is never split) and an ellipsis, control characters and
     *     unpaired surrogates replaced by {@code ?}, not null
     */
    public static String abbreviate(String value) {
        int end = value.length() > MAX_ECHO ? MAX_ECHO : value.length();
        if (end < value.length() && Character.isHighSurrogate(value.charAt(end - 1))
                && Character.isLowSurrogate(value.charAt(end))) {
            end--;
        }
        return printable(value.substring(0, end)) + (end < value.length() ? "..." : "");
    }

    /**
     * Replaces control characters and unpaired surrogates by {@code ?}.
     *
     * @param text  the text, not null
     * @return the text, safe to print, not null
     */
    static String printable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            boolean bad = Character.isISOControl(c) || (!pair && Character.isSurrogate(c));
            if (bad && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(bad ? '?' : c);
                if (pair) {
                    out.append(text.charAt(i + 1));
                }
            }
            if (pair) {
                i++;
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * Finds the first unpaired surrogate in some text.
     *
     * @param text  the text, not null
     * @return its index, or -1 if the text is valid Unicode
     */
    public static int unpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** Cuts a pointer back to the last reference token before the first unpaired surrogate. */
    private static String validPointer(String pointer) {
        int bad = unpairedSurrogate(pointer);
        return bad < 0 ? pointer : pointer.substring(0, pointer.lastIndexOf('/', bad));
    }

    /**
     * Signals that reading stops: the problem limit was reached, or the input cannot be read any further. Not
     * part of the public API.
     *
     * @since 0.1.0
     */
    public static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super("reading stopped", null, false, false);
        }
    }
}
