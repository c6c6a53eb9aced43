package org.equalityduty.core.assessment;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Word, sentence and syllable counts of an English text and its Flesch reading ease.
 *
 * <p>Flesch reading ease = 206.835 - 1.015 &times; (words / sentences) - 84.6 &times; (syllables / words)
 * (R. Flesch, "A new readability yardstick", Journal of Applied Psychology 32(3), 1948, pp. 221-233). Higher is
 * easier: 90-100 very easy, 80-90 easy, 70-80 fairly easy, 60-70 standard (Flesch's table puts "fairly easy" at
 * about age 12 and "standard" at 13 to 15). A text with no words has no score.
 *
 * <p><b>Words</b> are maximal runs of letters, apostrophes inside a word joining it ({@code don't} is one word);
 * digits and other characters separate words. <b>Sentences</b> are runs of {@code .}, {@code !} or {@code ?}
 * that follow a word; text after the last terminator counts as one more sentence; a text with words has at least
 * one. <b>Syllables</b> follow a heuristic, not a dictionary:
 * <ol>
 * <li>count the maximal runs of vowels {@code a e i o u y} in the lower-cased word;</li>
 * <li>subtract one for a silent final {@code e} ({@code make}, {@code welcome}), but not for a final {@code le}
 * after a consonant ({@code table}, {@code people}) nor for {@code ee} ({@code free});</li>
 * <li>subtract one for a final {@code ed} not after {@code t} or {@code d} ({@code helped}; {@code wanted} keeps
 * it), and for a final {@code es} not after {@code s, x, z, c, g} or {@code sh/ch} ({@code makes};
 * {@code buses}, {@code places} keep it);</li>
 * <li>every word has at least one syllable.</li>
 * </ol>
 * The heuristic errs by a syllable on some words ({@code appreciate} counts 3, not 4; {@code create} 1, not 2).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Readability {
    private final int words;
    private final int sentences;
    private final int syllables;

    private Readability(int words, int sentences, int syllables) {
        this.words = words;
        this.sentences = sentences;
        this.syllables = syllables;
    }

    /**
     * Obtains the counts of a text.
     *
     * @param text  the text, not null
     * @return the counts, not null
     * @since 0.1.0
     */
    public static Readability of(CharSequence text) {
        Objects.requireNonNull(text, "text");
        int w = 0;
        int s = 0;
        int syl = 0;
        boolean wordSinceTerminator = false;
        StringBuilder word = new StringBuilder();
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            boolean apostropheInWord = (c == '\'' || c == '\u2019') && word.length() > 0 && i + 1 < n
                    && Character.isLetter(text.charAt(i + 1));
            if (Character.isLetter(c)) {
                word.append(c);
            } else if (!apostropheInWord) {
                if (word.length() > 0) {
                    w++;
                    syl += syllables(word.toString());
                    word.setLength(0);
                    wordSinceTerminator = true;
                }
                if ((c == '.' || c == '!' || c == '?') && wordSinceTerminator) {
                    s++;
                    wordSinceTerminator = false;
                }
            }
        }
        if (wordSinceTerminator) {
            s++;
        }
        return new Readability(w, s, syl);
    }

    /**
     * Counts the syllables of one word with the heuristic described above.
     *
     * @param word  the word, letters only, not null
     * @return the count, at least 1 for a word with letters, 0 for one without
     * @since 0.1.0
     */
    public static int syllables(String word) {
        Objects.requireNonNull(word, "word");
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (w.isEmpty()) {
            return 0;
        }
        int count = 0;
        boolean inVowels = false;
        for (int i = 0; i < w.length(); i++) {
            boolean v = isVowel(w.charAt(i));
            if (v && !inVowels) {
                count++;
            }
            inVowels = v;
        }
        int len = w.length();
        if (len > 2 && w.endsWith("e") && !w.endsWith("ee")
                && !(w.endsWith("le") && !isVowel(w.charAt(len - 3)))) {
            count--;
        } else if (len > 3 && w.endsWith("ed") && "td".indexOf(w.charAt(len - 3)) < 0
                && !isVowel(w.charAt(len - 3))) {
            count--;
        } else if (len > 3 && w.endsWith("es") && "sxzcg".indexOf(w.charAt(len - 3)) < 0
                && !w.endsWith("shes") && !w.endsWith("ches") && !isVowel(w.charAt(len - 3))) {
            count--;
        }
        return Math.max(1, count);
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }

    /**
     * Gets the number of words.
     *
     * @return the count, not negative
     * @since 0.1.0
     */
    public int getWords() {
        return words;
    }

    /**
     * Gets the number of sentences.
     *
     * @return the count, at least 1 if there are words
     * @since 0.1.0
     */
    public int getSentences() {
        return sentences;
    }

    /**
     * Gets the number of syllables.
     *
     * @return the count, not negative
     * @since 0.1.0
     */
    public int getSyllables() {
        return syllables;
    }

    /**
     * Gets the Flesch reading ease, unrounded.
     *
     * @return the score, empty if the text has no words
     * @since 0.1.0
     */
    public OptionalDouble getReadingEase() {
        if (words == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(206.835 - 1.015 * ((double) words / sentences) - 84.6 * ((double) syllables / words));
    }

    @Override
    public String toString() {
        return "Readability[words=" + words + ", sentences=" + sentences + ", syllables=" + syllables + "]";
    }
}
