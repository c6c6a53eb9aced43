package org.equalityduty.json.internal;

/**
 * Translates Bean Validation property paths into JSON Pointers. Not part of the public API.
 *
 * <p>Wire field names equal the core property names, so {@code objectives[1].actions[0].responsible[2].<list element>}
 * becomes {@code /objectives/1/actions/0/responsible/2}: container element nodes ({@code <list element>},
 * {@code <map value>}, {@code <optional element>}) add nothing, indexes and map keys become tokens.
 *
 * @since 0.1.0
 */
public final class BeanPaths {
    private BeanPaths() {
    }

    /**
     * Converts a path.
     *
     * @param path  the Bean Validation path, such as {@code objectives[1].title}; empty for the root, not null
     * @return the pointer relative to the validated value, such as {@code /objectives/1/title}; empty for the root
     */
    public static String toPointer(String path) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        int n = path.length();
        while (i < n) {
            char c = path.charAt(i);
            if (c == '.') {
                i++;
            } else if (c == '<') {
                int close = path.indexOf('>', i);
                i = close < 0 ? n : close + 1;
            } else if (c == '[') {
                int close = path.indexOf(']', i);
                if (close < 0) {
                    close = n;
                }
                out.append(Problems.child("", path.substring(i + 1, close)));
                i = close + 1;
            } else {
                int end = i;
                while (end < n && path.charAt(end) != '.' && path.charAt(end) != '[') {
                    end++;
                }
                out.append(Problems.child("", path.substring(i, end)));
                i = end;
            }
        }
        return out.toString();
    }
}
