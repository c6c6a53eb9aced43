package org.equalityduty.examples;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * "Did you mean" for misspelt options, commands and values: the candidates closest to what was typed, by
 * Damerau-Levenshtein distance (optimal string alignment: a swap of two neighbouring letters counts as one edit),
 * within a third of the typed length (at least one edit, at most three).
 *
 * <p>Picocli's own suggestions for options only list names sharing the first two letters, so {@code --fromat} gets
 * none; this does not depend on the first letters being right.
 */
final class Suggestions {
    private Suggestions() {
    }

    /**
     * The candidates closest to a typed word (all those at the smallest distance, in the candidates' order), or none.
     *
     * @param typed  what was typed, such as {@code --fromat}
     * @param candidates  the valid words
     * @return at most three words, not null
     */
    static List<String> closest(String typed, Collection<String> candidates) {
        String word = typed.toLowerCase(Locale.ROOT);
        int limit = Math.max(1, Math.min(3, strip(word).length() / 3));
        List<String> near = new ArrayList<>();
        List<Integer> distances = new ArrayList<>();
        for (String candidate : candidates) {
            int d = distance(word, candidate.toLowerCase(Locale.ROOT));
            if (d <= limit && !candidate.equals(typed)) {
                near.add(candidate);
                distances.add(d);
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < near.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(distances::get));
        List<String> result = new ArrayList<>();
        for (int i = 0; i < order.size() && i < 3; i++) {
            if (distances.get(order.get(i)).equals(distances.get(order.get(0)))) {
                result.add(near.get(order.get(i)));
            }
        }
        return result;
    }

    /** "'a'", "'a' or 'b'", "'a', 'b' or 'c'". */
    static String alternatives(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) {
                sb.append(i == words.size() - 1 ? " or " : ", ");
            }
            sb.append('\'').append(words.get(i)).append('\'');
        }
        return sb.toString();
    }

    private static String strip(String word) {
        int i = 0;
        while (i < word.length() && word.charAt(i) == '-') {
            i++;
        }
        return word.substring(i);
    }

    /** Optimal string alignment distance. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[a.length()][b.length()];
    }
}
