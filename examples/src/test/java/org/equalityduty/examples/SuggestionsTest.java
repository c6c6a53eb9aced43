package org.equalityduty.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Did you mean": distances worked by hand, and which candidates are offered. */
class SuggestionsTest {
    private static final List<String> CHECK_OPTIONS = List.of("--as-of", "--format", "--help", "--version", "--quiet");

    @Test
    void distancesCountASwapOfNeighboursAsOneEdit() {
        assertEquals(1, Suggestions.distance("fromat", "format"));   // ro -> or
        assertEquals(1, Suggestions.distance("chek", "check"));      // one letter left out
        assertEquals(1, Suggestions.distance("as_of", "as-of"));     // one letter changed
        assertEquals(1, Suggestions.distance("schmea", "schema"));   // me -> em
        assertEquals(2, Suggestions.distance("fomrta", "format"));   // two swaps
        assertEquals(3, Suggestions.distance("kitten", "sitting"));  // the textbook example
        assertEquals(0, Suggestions.distance("", ""));
        assertEquals(4, Suggestions.distance("", "plan"));
    }

    @Test
    void offersTheClosestCandidatesWithinAThirdOfTheLength() {
        assertEquals(List.of("--format"), Suggestions.closest("--fromat", CHECK_OPTIONS));
        assertEquals(List.of("--format"), Suggestions.closest("--FORMAT", CHECK_OPTIONS), "capitals");
        assertEquals(List.of(), Suggestions.closest("--format", CHECK_OPTIONS), "the word itself is not a suggestion");
        assertEquals(List.of(), Suggestions.closest("--verbose", CHECK_OPTIONS));
        assertEquals(List.of(), Suggestions.closest("--as", CHECK_OPTIONS), "too short to guess");
        assertEquals(List.of("check"), Suggestions.closest("chek", List.of("check", "init", "schema", "report")));
        assertEquals(List.of("init"), Suggestions.closest("inti", List.of("check", "init", "schema", "report")));
        // 11 letters: at most 3 edits; both progress kinds are 4 away.
        assertEquals(List.of(), Suggestions.closest("progress-re", List.of("plan", "progress-record",
                "progress-report")));
    }

    @Test
    void onlyTheNearestAreOffered() {
        assertEquals(List.of("progress-report"),
                Suggestions.closest("progres-report", List.of("plan", "progress-record", "progress-report")));
        assertEquals(List.of("progress-record", "progress-report"),
                Suggestions.closest("progress-rec0rt", List.of("plan", "progress-record", "progress-report")));
    }

    @Test
    void alternativesReadAsASentence() {
        assertEquals("'a'", Suggestions.alternatives(List.of("a")));
        assertEquals("'a' or 'b'", Suggestions.alternatives(List.of("a", "b")));
        assertEquals("'a', 'b' or 'c'", Suggestions.alternatives(List.of("a", "b", "c")));
    }
}
