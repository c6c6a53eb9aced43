package org.equalityduty.core.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Reference values are hand counts: words, sentences and dictionary syllables counted by hand, the score computed
 * by hand from Flesch's formula (206.835 - 1.015 * words / sentences - 84.6 * syllables / words), tolerance 1e-9.
 */
class ReadabilityTest {
    private static final double TOLERANCE = 1e-9;

    @Test
    void syllableHeuristicOnHandCountedWords() {
        String[] words = {"the", "cat", "have", "more", "like", "office", "after", "our", "schools", "working",
            "welcome", "everyone", "included", "table", "people", "whole", "helped", "wanted", "makes", "places",
            "changes", "free", "you", "especially", "significant", "attainment", "data", "there"};
        int[] dictionary = {1, 1, 1, 1, 1, 2, 2, 1, 1, 2, 2, 3, 3, 2, 2, 1, 1, 2, 1, 2, 2, 1, 1, 4, 4, 3, 2, 1};
        for (int i = 0; i < words.length; i++) {
            assertEquals(dictionary[i], Readability.syllables(words[i]), words[i]);
        }
    }

    @Test
    void knownErrorsOfTheHeuristicAreDocumented() {
        // Dictionary: ap-pre-ci-ate (4) and cre-ate (2); the silent-e rule takes one too many.
        assertEquals(3, Readability.syllables("appreciate"));
        assertEquals(1, Readability.syllables("create"));
        assertEquals(0, Readability.syllables("123"));
    }

    @Test
    void catOnTheMat() {
        // 6 words, 1 sentence, 6 syllables: 206.835 - 6.09 - 84.6 = 116.145.
        Readability r = Readability.of("The cat sat on the mat.");
        assertEquals("Readability[words=6, sentences=1, syllables=6]", r.toString());
        assertEquals(116.145, r.getReadingEase().getAsDouble(), TOLERANCE);
    }

    @Test
    void sokeObjectiveOneChildFriendlyVersion() {
        // Seed 000, objective 1. Sentence 1: 24 words, 30 syllables; sentence 2: 11 words, 16 syllables.
        // 206.835 - 1.015 * 35 / 2 - 84.6 * 46 / 35 = 206.835 - 17.7625 - 111.188571428... = 77.883928571...
        Readability r = Readability.of("We want to have more men working in our schools to help with things like"
                + " teaching, office work, and looking after the school building. We want everyone to feel welcome"
                + " and included in our schools.");
        assertEquals(35, r.getWords());
        assertEquals(2, r.getSentences());
        assertEquals(46, r.getSyllables());
        assertEquals(77.88392857142857, r.getReadingEase().getAsDouble(), TOLERANCE);
    }

    @Test
    void harderSentence() {
        // Seed 000, objective 2 rationale: 11 words, 1 sentence, 17 syllables:
        // 206.835 - 11.165 - 84.6 * 17 / 11 = 64.924545454...
        Readability r = Readability.of("Our school data shows that there is a significant attainment gap.");
        assertEquals(11, r.getWords());
        assertEquals(17, r.getSyllables());
        assertEquals(64.92454545454545, r.getReadingEase().getAsDouble(), TOLERANCE);
    }

    @Test
    void wordsAndSentences() {
        Readability r = Readability.of("Don't stop. Wait... what? Year 6 pupils");
        // don't, stop, wait, what, year, pupils (digits separate words and are not counted); sentences: "Don't stop.",
        // "Wait...", "what?" and the unterminated "Year 6 pupils".
        assertEquals(6, r.getWords());
        assertEquals(4, r.getSentences());
    }

    @Test
    void noWordsHasNoScore() {
        assertTrue(Readability.of("").getReadingEase().isEmpty());
        assertTrue(Readability.of(" ... 42 ").getReadingEase().isEmpty());
        assertEquals(0, Readability.of("...").getSentences());
    }

    @Test
    void apostrophesAtTheEndOfAWordAndOddWords() {
        // "The dogs' bowls." by hand: 3 words, 1 sentence, 3 syllables; the final apostrophe ends "dogs".
        Readability r = Readability.of("The dogs' bowls.");
        assertEquals("Readability[words=3, sentences=1, syllables=3]", r.toString());
        // A text that ends in an apostrophe: "the dogs'" is 2 words, 1 (unterminated) sentence.
        assertEquals("Readability[words=2, sentences=1, syllables=2]", Readability.of("the dogs'").toString());
        // Dictionary: clas-ses, bus-es (2 each); a two-letter "le" (as in the surname Le Roux) is 1.
        assertEquals(2, Readability.syllables("classes"));
        assertEquals(2, Readability.syllables("buses"));
        assertEquals(1, Readability.syllables("le"));
    }
}
