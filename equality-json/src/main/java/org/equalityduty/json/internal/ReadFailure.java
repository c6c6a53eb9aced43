package org.equalityduty.json.internal;

import java.util.List;

/**
 * The problems of a document that could not be read, as the readers of this package report them: the public
 * facade turns them into its {@code EqualityJsonException}, so that this package depends on nothing of the
 * public one. Not part of the public API; never escapes the facade.
 *
 * @since 0.2.0
 */
public final class ReadFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The pointers, valid Unicode; not serialised, as the facade's exception is made at once. */
    private final transient List<String> pointers;
    private final transient List<String> messages;
    private final boolean truncated;

    ReadFailure(List<String> pointers, List<String> messages, boolean truncated) {
        super("the document has problems", null, false, false);
        this.pointers = List.copyOf(pointers);
        this.messages = List.copyOf(messages);
        this.truncated = truncated;
    }

    /**
     * Gets the number of problems listed.
     *
     * @return at least one
     */
    public int count() {
        return pointers.size();
    }

    /**
     * Gets the JSON Pointer of a problem.
     *
     * @param i  the problem's position in report order
     * @return the pointer, empty or starting with {@code /}, not null
     */
    public String pointer(int i) {
        return pointers.get(i);
    }

    /**
     * Gets the message of a problem.
     *
     * @param i  the problem's position in report order
     * @return the message, printable, not null
     */
    public String message(int i) {
        return messages.get(i);
    }

    /**
     * Checks whether more problems were found than listed.
     *
     * @return true if reading stopped at the problem limit
     */
    public boolean isTruncated() {
        return truncated;
    }
}
