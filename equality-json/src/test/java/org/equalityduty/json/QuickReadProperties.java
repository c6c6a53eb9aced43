package org.equalityduty.json;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.List;
import java.util.function.BiFunction;
import org.equalityduty.json.ReaderContract.Kind;
import org.equalityduty.json.ReaderContract.Outcome;
import org.equalityduty.json.internal.Documents;
import org.equalityduty.json.internal.Input;
import org.equalityduty.json.internal.NodeReader;
import org.equalityduty.json.internal.Pointer;
import org.equalityduty.json.internal.ReadFailure;
import org.junit.jupiter.api.Test;

/**
 * The quick read of bytes (a document of plain UTF-8 parsed from its bytes, without the parser's own repeated-name
 * check) against the one way of reading that the contract describes, which the quick read falls back on: the same
 * bytes decoded by {@link Input#of(InputStream, long)} and parsed as characters. The two must give the same value
 * or the same problems (pointer, message, order, truncation) on every document and under every limit.
 */
class QuickReadProperties {

    /** The quick read: {@code Documents.read(InputStream, ...)}, as the facade's stream entry points call it. */
    private static Outcome quick(Documents documents, Kind kind, byte[] document) {
        return outcome(() -> documents.read(new ByteArrayInputStream(document), mapping(kind)));
    }

    /** The full read of the same bytes: decoded to characters, then parsed. */
    private static Outcome full(Documents documents, long max, Kind kind, byte[] document) {
        return outcome(() -> documents.read(f -> f.createParser(Input.of(new ByteArrayInputStream(document), max)),
                mapping(kind)));
    }

    private static BiFunction<NodeReader, JsonNode, Object> mapping(Kind kind) {
        switch (kind) {
            case PLAN:
                return (r, n) -> r.planDocument(n, Pointer.ROOT);
            case PROGRESS:
                return (r, n) -> r.progressDocument(n, Pointer.ROOT);
            default:
                return (r, n) -> r.progressReportDocument(n, Pointer.ROOT);
        }
    }

    private static Outcome outcome(ReaderContract.Read read) {
        return ReaderContract.outcome(() -> {
            try {
                return read.read();
            } catch (ReadFailure failure) {
                throw EqualityJson.exception(failure);
            }
        });
    }

    private static Documents documents(JsonLimits limits) {
        return new Documents(limits.readLimits());
    }

    private static void agree(JsonLimits limits, Kind kind, byte[] document) {
        Documents documents = documents(limits);
        assertEquals(full(documents, limits.getMaxDocumentLength(), kind, document), quick(documents, kind, document),
                () -> limits + ": " + new String(document, java.nio.charset.StandardCharsets.UTF_8));
    }

    private static void mutated(Kind kind) {
        qt().withExamples(1_000).forAll(integers().between(0, 1), integers().between(0, 7),
                integers().allPositive(), integers().allPositive())
                .checkAssert((seed, how, where, what) ->
                        agree(JsonLimits.defaults(), kind, ReaderContractProperties.mutate(kind, seed, how, where, what)));
    }

    @Test
    void plansReadTheSameBothWays() {
        mutated(Kind.PLAN);
    }

    @Test
    void progressRecordsReadTheSameBothWays() {
        mutated(Kind.PROGRESS);
    }

    @Test
    void progressReportsReadTheSameBothWays() {
        mutated(Kind.REPORT);
    }

    /** The full plan with text in two- three- and four-byte UTF-8 in a string, so bytes outnumber characters. */
    private static byte[] wideFullPlan() {
        String plan = ReaderContract.seeds(Kind.PLAN).get(0);
        int at = plan.indexOf(": \"") + 3;
        return ReaderContract.utf8(plan.substring(0, at) + "\u00e9\u20ac\ud83d\ude00 " + plan.substring(at));
    }

    @Test
    void everyLimitTripsAtTheSamePlaceBothWays() {
        byte[] plan = wideFullPlan();
        JsonLimits defaults = JsonLimits.defaults();
        // The document is read whole when it fits the limit, in bytes, and as a stream when it does not.
        for (long max = plan.length - 40; max <= plan.length + 4; max++) {
            agree(defaults.withMaxDocumentLength(max), Kind.PLAN, plan);
        }
        for (int depth = 1; depth <= 12; depth++) {
            agree(defaults.withMaxNestingDepth(depth), Kind.PLAN, plan);
        }
        for (int length = 1; length <= 400; length += length < 60 ? 1 : 17) {
            agree(defaults.withMaxStringLength(length), Kind.PLAN, plan);
            agree(defaults.withMaxNameLength(length), Kind.PLAN, plan);
        }
        for (int length = 1; length <= 24; length++) {
            agree(defaults.withMaxNumberLength(length), Kind.PLAN, plan);
        }
        for (int problems = 1; problems <= 3; problems++) {
            agree(defaults.withMaxProblems(problems), Kind.PLAN, ReaderContract.utf8("{\"a\":1,\"a\":2,\"b\":[}"));
        }
    }

    @Test
    void aNameOfWideCharactersAtTheNameLimit() {
        // 12 characters, 36 bytes: within a limit of 12 characters as text, though not as bytes.
        String name = "\u20ac".repeat(12);
        byte[] document = ReaderContract.utf8("{\"" + name + "\": 1}");
        for (int limit = 11; limit <= 37; limit++) {
            agree(JsonLimits.defaults().withMaxNameLength(limit), Kind.PLAN, document);
        }
        assertEquals(List.of(JsonProblem.of("", "a field name is longer than the limit of 11 characters")),
                planProblems(JsonLimits.defaults().withMaxNameLength(11), document));
        assertEquals(JsonProblem.of("", "required field 'kind' is missing; it must be 'equality-plan'"),
                planProblems(JsonLimits.defaults().withMaxNameLength(12), document).get(0));
    }

    private static List<JsonProblem> planProblems(JsonLimits limits, byte[] document) {
        return assertThrows(EqualityJsonException.class, () -> EqualityJson.defaults().withLimits(limits)
                .readPlan(new ByteArrayInputStream(document))).getProblems();
    }

    @Test
    void aRepeatedNameIsTheProblemTheParserReports() {
        // The quick read's parser does not check repeats; the tree reader sees this one, and the full read reports it.
        byte[] document = ReaderContract.utf8("{\"kind\": \"equality-plan\", \"kind\": \"\\ud800\", \"x\": [}");
        agree(JsonLimits.defaults(), Kind.PLAN, document);
        EqualityJsonException ex = assertThrows(EqualityJsonException.class,
                () -> EqualityJson.defaults().readPlan(new ByteArrayInputStream(document)));
        assertEquals(List.of(JsonProblem.of("/kind", "field 'kind' appears more than once")), ex.getProblems());
    }

    /** A seed plan with {@code escape} put at the start of its first objective's title. */
    private static byte[] planWithTitleEscape(String escape) {
        String plan = ReaderContract.seeds(Kind.PLAN).get(0);
        int at = plan.indexOf("\"title\"");
        int open = plan.indexOf('"', plan.indexOf(':', at)) + 1;
        return ReaderContract.utf8(plan.substring(0, open) + escape + plan.substring(open));
    }

    @Test
    void anUnpairedSurrogateEscapeIsFoundInTheQuickReadToo() {
        // UTF-8 that is well formed encodes no surrogate, but an escape can write one: the quick read's tree reader
        // must find it, and the problem is then the full read's.
        byte[] lone = planWithTitleEscape("\\ud800");
        agree(JsonLimits.defaults(), Kind.PLAN, lone);
        List<JsonProblem> problems = planProblems(JsonLimits.defaults(), lone);
        assertEquals(1, problems.size(), problems::toString);
        assertEquals("is not valid text: it has an unpaired surrogate (an escape \\ud800 to \\udfff without its pair)"
                + " or bytes that are not valid UTF-8", problems.get(0).getMessage());
        // A pair written as escapes is a character (U+1F600), and reads the same both ways.
        byte[] pair = planWithTitleEscape("\\ud83d\\ude00");
        agree(JsonLimits.defaults(), Kind.PLAN, pair);
        assertNotNull(assertDoesNotThrow(() -> EqualityJson.defaults().readPlan(new ByteArrayInputStream(pair))));
    }

    @Test
    void aSecondByteOrderMarkIsStillASyntaxError() throws IOException {
        byte[] plan = ReaderContract.utf8(ReaderContract.seeds(Kind.PLAN).get(1));
        byte[] one = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, plan);
        byte[] two = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, one);
        assertNotNull(EqualityJson.defaults().readPlan(new ByteArrayInputStream(one)));
        agree(JsonLimits.defaults(), Kind.PLAN, two);
        // As HostileInputTest has it for text.
        assertEquals(List.of(JsonProblem.of("", "the document is not well-formed JSON at line 1, column 1: Unexpected "
                + "character ('\uFEFF' (code 65279 / 0xfeff)): expected a valid value (JSON String, Number, Array, "
                + "Object or token 'n...")), planProblems(JsonLimits.defaults(), two));
    }

    @Test
    void aStreamThatFailsGivesItsOwnFailure() {
        byte[] plan = ReaderContract.utf8(ReaderContract.seeds(Kind.PLAN).get(0));
        IOException gone = new IOException("the disk went away");
        InputStream failing = new SequenceInputStream(new ByteArrayInputStream(plan), new InputStream() {
            @Override
            public int read() throws IOException {
                throw gone;
            }
        });
        IOException ex = assertThrows(IOException.class, () -> EqualityJson.defaults().readPlan(failing));
        assertSame(gone, ex);
    }

    @Test
    void aStreamLongerThanTheLimitIsReadAsAStream() {
        byte[] plan = ReaderContract.utf8(ReaderContract.seeds(Kind.PLAN).get(0));
        EqualityJsonException ex = assertThrows(EqualityJsonException.class, () -> EqualityJson.defaults()
                .withLimits(JsonLimits.defaults().withMaxDocumentLength(100)).readPlan(new ByteArrayInputStream(plan)));
        assertEquals(List.of(JsonProblem.of("", "the document is longer than the limit of 100 characters")),
                ex.getProblems());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
