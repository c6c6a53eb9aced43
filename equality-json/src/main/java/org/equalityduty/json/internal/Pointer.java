package org.equalityduty.json.internal;

import org.jspecify.annotations.Nullable;

/**
 * Where a part of a document is, as the path of field names and array indexes that leads to it, from which the
 * RFC 6901 JSON Pointer is made only when a problem needs it. Reading a document without problems then builds no
 * pointer text: appending a token to a string for every value read is a copy of the whole prefix each time. Not
 * part of the public API.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class Pointer {
    /** The pointer of the whole document, {@code ""}. */
    public static final Pointer ROOT = new Pointer(null, null, -1, "");

    private final @Nullable Pointer parent;
    /** The field name; null for an array element, or for a base. */
    private final @Nullable String name;
    /** The array index; -1 for a field or a base. */
    private final int index;
    /** The pointer text of a base (where reading started); null below it. */
    private final @Nullable String base;

    private Pointer(@Nullable Pointer parent, @Nullable String name, int index, @Nullable String base) {
        this.parent = parent;
        this.name = name;
        this.index = index;
        this.base = base;
    }

    /**
     * Obtains the pointer where reading starts.
     *
     * @param pointer  its JSON Pointer text, {@code ""} for the whole document, not null
     * @return the pointer, not null
     */
    public static Pointer of(String pointer) {
        return pointer.isEmpty() ? ROOT : new Pointer(null, null, -1, pointer);
    }

    /**
     * Gets the pointer of a field of the object here.
     *
     * @param field  the field name, not null
     * @return the longer pointer, not null
     */
    public Pointer child(String field) {
        return new Pointer(this, field, -1, null);
    }

    /**
     * Gets the pointer of an element of the array here.
     *
     * @param element  the index, not negative
     * @return the longer pointer, not null
     */
    public Pointer child(int element) {
        return new Pointer(this, null, element, null);
    }

    /**
     * Gets the JSON Pointer text, each field name escaped as RFC 6901 requires (as {@link Problems#child(String,
     * String)} makes it).
     *
     * @return such as {@code /objectives/1/title}, {@code ""} for the whole document, not null
     */
    @Override
    public String toString() {
        if (base != null) {
            return base;
        }
        int depth = 0;
        for (Pointer p = this; p != null; p = p.parent) {
            depth++;
        }
        Pointer[] path = new Pointer[depth];
        int i = depth;
        for (Pointer p = this; p != null; p = p.parent) {
            path[--i] = p;
        }
        StringBuilder out = new StringBuilder(depth * 12);
        for (Pointer p : path) {
            if (p.base != null) {
                out.append(p.base);
            } else if (p.name != null) {
                out.append('/').append(p.name.replace("~", "~0").replace("/", "~1"));
            } else {
                out.append('/').append(p.index);
            }
        }
        return out.toString();
    }
}
