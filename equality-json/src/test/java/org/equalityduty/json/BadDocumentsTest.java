package org.equalityduty.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each bad document gives exactly the problems listed in {@link BadDocuments}, and nothing else. */
class BadDocumentsTest {

    static Stream<BadDocuments.Case> cases() {
        return BadDocuments.all().stream();
    }

    static List<String> problems(BadDocuments.Case c) {
        EqualityJson json = EqualityJson.defaults();
        EqualityJsonException ex = assertThrows(EqualityJsonException.class,
                () -> {
                    switch (c.doc) {
                        case PROGRESS:
                            json.readProgress(c.document);
                            break;
                        case REPORT:
                            json.readProgressReport(c.document);
                            break;
                        default:
                            json.readPlan(c.document);
                            break;
                    }
                });
        return ex.getProblems().stream().map(JsonProblem::toString).collect(Collectors.toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void listsExactlyTheExpectedProblems(BadDocuments.Case c) {
        List<String> actual = problems(c);
        if (Boolean.getBoolean("bad.dump")) {
            System.out.println("CASE " + c.name + "\n  " + String.join("\n  ", actual));
        }
        assertEquals(expected().get(c.name), actual, c.name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void messagesNameNoJavaTypesAndEchoLittle(BadDocuments.Case c) {
        for (String p : problems(c)) {
            assertFalse(p.matches("(?s).*(org\\.equalityduty|com\\.fasterxml|java\\.|Exception|Immutable|"
                    + "StreamReadConstraints|JsonReadFeature|\\$).*"), p);
            assertTrue(p.length() < 400, p);
        }
    }

    @Test
    void corpusHasAtLeastFiftyCasesEachWithExpectedProblems() {
        assertTrue(BadDocuments.all().size() >= 50);
        for (BadDocuments.Case c : BadDocuments.all()) {
            assertTrue(expected().containsKey(c.name), c.name);
        }
        assertEquals(BadDocuments.all().size(), expected().size());
    }

    /**
     * The expected problems, from {@code bad/expected.txt}: a line {@code CASE name} then one indented line per
     * problem, {@code pointer: message}, in the order reported.
     */
    static java.util.Map<String, List<String>> expected() {
        java.util.Map<String, List<String>> map = new java.util.LinkedHashMap<>();
        try (var in = BadDocumentsTest.class.getResourceAsStream("/bad/expected.txt")) {
            String current = null;
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("CASE ")) {
                    current = line.substring(5);
                    map.put(current, new java.util.ArrayList<>());
                } else if (line.startsWith("  ")) {
                    map.get(current).add(line.substring(2));
                }
            }
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        return map;
    }
}
