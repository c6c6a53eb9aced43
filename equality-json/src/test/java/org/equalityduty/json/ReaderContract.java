package org.equalityduty.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reader contract (docs/json-reader-contract.md) as an oracle: given any input, each read entry point either
 * returns a value that writes and reads back equal, or throws {@link EqualityJsonException} whose every problem
 * has a valid RFC 6901 pointer into the submitted document and a printable message naming no Java type; nothing
 * else escapes; reading twice gives the same outcome; a string and a reader of the same characters agree.
 * Used by {@link ReaderContractProperties} and by the fuzz tests.
 */
final class ReaderContract {
    /** The kinds of document, with their read and write functions. */
    enum Kind {
        PLAN, PROGRESS, REPORT
    }

    private static final EqualityJson JSON = EqualityJson.defaults();
    /** Reads any well-formed JSON, however deep or large its numbers, to resolve pointers against. */
    private static final ObjectMapper LENIENT = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(100_000)
                    .maxNumberLength(Integer.MAX_VALUE).maxStringLength(Integer.MAX_VALUE)
                    .maxNameLength(Integer.MAX_VALUE).build())
            .build()).build();
    /** RFC 6901: empty, or reference tokens each after a '/', with '~' only as '~0' or '~1'. */
    private static final Pattern POINTER = Pattern.compile("(/([^/~]|~[01])*)*");
    private static final Pattern JAVA_WORDS = Pattern.compile("org\\.equalityduty|com\\.fasterxml|java\\.|Exception|"
            + "Immutable|StreamReadConstraints|JsonReadFeature|[A-Za-z]\\$[A-Z]");

    private ReaderContract() {
    }

    /** What one read gave: the value read, or the problems. */
    static final class Outcome {
        final Object value;
        final List<JsonProblem> problems;
        final boolean truncated;

        Outcome(Object value, List<JsonProblem> problems, boolean truncated) {
            this.value = value;
            this.problems = problems;
            this.truncated = truncated;
        }

        @Override
        public boolean equals(Object obj) {
            if (!(obj instanceof Outcome)) {
                return false;
            }
            Outcome o = (Outcome) obj;
            return Objects.equals(value, o.value) && Objects.equals(problems, o.problems) && truncated == o.truncated;
        }

        @Override
        public int hashCode() {
            return Objects.hash(value, problems, truncated);
        }

        @Override
        public String toString() {
            return value != null ? "read " + value.getClass().getSimpleName() : problems + (truncated ? " ..." : "");
        }
    }

    /** A read that may throw anything; the contract decides what may escape. */
    @FunctionalInterface
    interface Read {
        Object read() throws IOException;
    }

    /**
     * Reads text through the string and reader entry points, and checks the contract.
     *
     * @return the outcome
     */
    static Outcome checkText(Kind kind, String document) {
        Outcome fromString = outcome(() -> read(kind, document));
        assertEquals(fromString, outcome(() -> read(kind, document)), "reading the same string twice");
        assertEquals(fromString, outcome(() -> read(kind, new StringReader(document))), "a reader of the same text");
        check(kind, fromString, () -> LENIENT.readTree(document), document);
        return fromString;
    }

    /**
     * The same checks with one read per entry point (bytes and text), for the fuzz tests, where executions per
     * second count; {@link ReaderContractProperties} checks that reads repeat and that readers and strings agree.
     */
    static void checkOnce(Kind kind, byte[] document) {
        check(kind, outcome(() -> read(kind, new ByteArrayInputStream(document))), () -> LENIENT.readTree(document),
                texts(document));
        String text = new String(document, StandardCharsets.UTF_8);
        check(kind, outcome(() -> read(kind, text)), () -> LENIENT.readTree(text), text);
    }

    /**
     * Reads bytes through the stream entry point, and checks the contract.
     *
     * @return the outcome
     */
    static Outcome checkBytes(Kind kind, byte[] document) {
        Outcome fromBytes = outcome(() -> read(kind, new ByteArrayInputStream(document)));
        assertEquals(fromBytes, outcome(() -> read(kind, new ByteArrayInputStream(document))), "reading twice");
        check(kind, fromBytes, () -> LENIENT.readTree(document), texts(document));
        return fromBytes;
    }

    static Object read(Kind kind, String document) {
        switch (kind) {
            case PLAN:
                return JSON.readPlan(document);
            case PROGRESS:
                return JSON.readProgress(document);
            default:
                return JSON.readProgressReport(document);
        }
    }

    static Object read(Kind kind, java.io.Reader document) throws IOException {
        switch (kind) {
            case PLAN:
                return JSON.readPlan(document);
            case PROGRESS:
                return JSON.readProgress(document);
            default:
                return JSON.readProgressReport(document);
        }
    }

    static Object read(Kind kind, java.io.InputStream document) throws IOException {
        switch (kind) {
            case PLAN:
                return JSON.readPlan(document);
            case PROGRESS:
                return JSON.readProgress(document);
            default:
                return JSON.readProgressReport(document);
        }
    }

    static String write(Kind kind, Object value) {
        switch (kind) {
            case PLAN:
                return JSON.writePlan((org.equalityduty.core.plan.EqualityPlan) value);
            case PROGRESS:
                return JSON.writeProgress((org.equalityduty.core.observation.ProgressRecord) value);
            default:
                return JSON.writeProgressReport((org.equalityduty.core.progress.ProgressReport) value);
        }
    }

    /** Runs a read; only {@link EqualityJsonException} may escape it (in memory, no I/O error can happen). */
    static Outcome outcome(Read read) {
        try {
            Object value = read.read();
            assertTrue(value != null, "a read returned null");
            return new Outcome(value, List.of(), false);
        } catch (EqualityJsonException ex) {
            assertFalse(ex.getProblems().isEmpty(), "an exception without problems");
            return new Outcome(null, ex.getProblems(), ex.isTruncated());
        } catch (IOException | RuntimeException | Error ex) {
            // Not documented for in-memory input: a defect of the reader. Keep the cause for the report.
            throw new AssertionError("an undocumented exception escaped: " + ex, ex);
        }
    }

    /** A lenient parse of the submitted document, to resolve pointers against; throws if it is not JSON. */
    @FunctionalInterface
    interface Tree {
        JsonNode parse() throws IOException;
    }

    /** The bytes decoded in each encoding the reader detects, to find what a message may echo. */
    private static String texts(byte[] document) {
        StringBuilder all = new StringBuilder();
        for (String cs : new String[] {"UTF-8", "UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE"}) {
            all.append(new String(document, java.nio.charset.Charset.forName(cs))).append('\n');
        }
        return all.toString();
    }

    private static void check(Kind kind, Outcome outcome, Tree tree, String documentText) {
        if (outcome.value != null) {
            String written = write(kind, outcome.value);
            Object again = read(kind, written);
            assertEquals(outcome.value, again, "a value read did not read back after writing");
            assertEquals(written, write(kind, again), "writing is not deterministic");
            return;
        }
        JsonNode root = null;
        try {
            root = tree.parse();
            root = root == null || root.isMissingNode() ? null : root; // empty input: nothing to resolve against
        } catch (IOException | RuntimeException ex) {
            // not well-formed JSON: pointers are checked for syntax only
        }
        for (JsonProblem p : outcome.problems) {
            String pointer = p.getPointer();
            assertTrue(POINTER.matcher(pointer).matches(), "not an RFC 6901 pointer: " + p);
            assertEquals(-1, firstUnpaired(pointer), "a pointer that is not valid Unicode: " + p);
            assertEquals(-1, firstUnpaired(p.getMessage()), "a message that is not valid Unicode: " + p);
            assertFalse(p.getMessage().chars().anyMatch(Character::isISOControl), "a control character: " + p);
            Matcher java = JAVA_WORDS.matcher(p.getMessage());
            while (java.find()) {
                // A word the document itself holds may be echoed (abbreviated); the reader's own words never name Java.
                assertTrue(documentText.contains(java.group()), "a message naming Java: " + p);
            }
            assertTrue(p.getMessage().length() < 400, "a message too long: " + p);
            if (root != null && root.at(JsonPointer.compile(pointer)).isMissingNode()) {
                fail("a pointer that does not resolve in the document: " + p);
            }
        }
    }

    private static int firstUnpaired(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** The golden documents of a kind, as seeds. */
    static List<String> seeds(Kind kind) {
        switch (kind) {
            case PLAN:
                return List.of(golden("plan-full.json"), golden("plan-minimal.json"));
            case PROGRESS:
                return List.of(golden("progress.json"), golden("progress-compact.json"));
            default:
                return List.of(golden("progress-report.json"), golden("progress-report-compact.json"));
        }
    }

    private static String golden(String name) {
        try {
            return java.nio.file.Files.readString(Golden.path(name), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
