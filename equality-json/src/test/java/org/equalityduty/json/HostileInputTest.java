package org.equalityduty.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.progress.CriterionProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Regression tests for the hostile-input review of the reader: each input is the one the review reported, fed
 * to the golden documents, and each test asserts the exact problems (pointer and message) a user sees.
 */
class HostileInputTest {
    private static final EqualityJson JSON = EqualityJson.defaults();
    private static final String PLAN = golden("plan-full.json");
    private static final String PROGRESS = golden("progress.json");
    private static final String REPORT = golden("progress-report.json");

    private static final String BASELINE = "/objectives/0/actions/0/successCriteria/0/baseline/value";
    private static final String EXPONENT = "is out of range: the exponent of a number must be between -1000 and 1000";
    private static final String INVALID_TEXT = "is not valid text: it has an unpaired surrogate (an escape \\ud800 "
            + "to \\udfff without its pair) or bytes that are not valid UTF-8";

    static String golden(String name) {
        try {
            return Files.readString(Golden.path(name), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static String replaceOnce(String document, String from, String to) {
        int i = document.indexOf(from);
        assertTrue(i >= 0 && document.indexOf(from, i + 1) < 0, from);
        return document.substring(0, i) + to + document.substring(i + from.length());
    }

    /** The problems of a plan read from a string, a reader and UTF-8 bytes, which must all be the same. */
    static List<JsonProblem> planProblems(String document) {
        List<JsonProblem> fromString = assertThrows(EqualityJsonException.class, () -> JSON.readPlan(document))
                .getProblems();
        List<JsonProblem> fromReader = assertThrows(EqualityJsonException.class,
                () -> JSON.readPlan(new StringReader(document))).getProblems();
        List<JsonProblem> fromBytes = assertThrows(EqualityJsonException.class,
                () -> JSON.readPlan(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8))))
                .getProblems();
        assertEquals(fromString, fromReader);
        assertEquals(fromString, fromBytes);
        return fromString;
    }

    static List<JsonProblem> planProblems(byte[] document) {
        return assertThrows(EqualityJsonException.class, () -> JSON.readPlan(new ByteArrayInputStream(document)))
                .getProblems();
    }

    static List<JsonProblem> one(String pointer, String message) {
        return List.of(JsonProblem.of(pointer, message));
    }

    /** The plan's bytes in UTF-8 with some raw bytes put in place of the text {@code at}. */
    static byte[] withBytes(String at, byte... raw) {
        byte[] doc = PLAN.getBytes(StandardCharsets.UTF_8);
        int i = PLAN.indexOf(at);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(doc, 0, i);
        out.writeBytes(raw);
        out.write(doc, i + at.length(), doc.length - i - at.length());
        return out.toByteArray();
    }

    static byte[] bytes(String ascii, byte... more) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ascii.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(more);
        return out.toByteArray();
    }

    // ------------------------------------------------------------------------------ 1, 2: numbers out of range

    @ParameterizedTest
    @ValueSource(strings = {"1e9999999999", "1e2147483648", "1e-2147483648", "1e2147483647", "-1e2147483647",
        "5e2147483647", "1E+0000000000000000001001", "0e-1001"})
    void exponentsBeyondTheLimitAreProblemsInEveryDocument(String number) {
        assertEquals(one(BASELINE, EXPONENT), planProblems(replaceOnce(PLAN, "\"value\": 18.50", "\"value\": " + number)));
        assertEquals(one("/series/0/observations/0/value", EXPONENT), assertThrows(EqualityJsonException.class,
                () -> JSON.readProgress(replaceOnce(PROGRESS, "\"value\": 16.0", "\"value\": " + number)))
                .getProblems());
        assertEquals(one("/criteria/0/fraction", EXPONENT), assertThrows(EqualityJsonException.class,
                () -> JSON.readProgressReport(replaceOnce(REPORT, "\"fraction\": 0.86", "\"fraction\": " + number)))
                .getProblems());
    }

    @Test
    void exponentsWithinTheLimitMeetTheDigitLimitsOfPlanValues() {
        // 1e1000: 1 significant digit, scale -1000, so 1001 digits before the point, more than 30.
        assertEquals(one(BASELINE, "is too large; at most 30 digits before the decimal point"),
                planProblems(replaceOnce(PLAN, "\"value\": 18.50", "\"value\": 1e1000")));
        assertEquals(one(BASELINE, "has more than 20 decimal places"),
                planProblems(replaceOnce(PLAN, "\"value\": 18.50", "\"value\": -1e-1000")));
        // 30 digits before the point is the limit itself, and reads.
        EqualityPlan plan = JSON.readPlan(replaceOnce(PLAN, "\"value\": 18.50", "\"value\": 1e29"));
        assertTrue(JSON.writePlan(plan).contains("\"value\": 1E+29"));
    }

    @Test
    void anExponentInAFieldThatIsNotANumberIsStillReportedOnce() {
        assertEquals(one("/title", EXPONENT), planProblems(replaceOnce(PLAN,
                "\"title\": \"Equality objectives 2023-2027\"", "\"title\": 1e2147483648")));
    }

    // ------------------------------------------------------------------------------ 3: written but not read back

    @Test
    void aDurationOfMoreThan9999DaysIsAProblem() {
        assertEquals(one("/objectives/0/actions/0/timeFrame/duration", "'P9999W' is too long: it comes to 69993 days, "
                + "and a duration has at most 9999 days (a week counts as 7 days)"),
                planProblems(replaceOnce(PLAN, "\"P3M\"", "\"P9999W\"")));
        assertEquals(one("/objectives/0/actions/0/timeFrame/duration", "'P1428W4D' is too long: it comes to 10000 "
                + "days, and a duration has at most 9999 days (a week counts as 7 days)"),
                planProblems(replaceOnce(PLAN, "\"P3M\"", "\"P1428W4D\"")));
    }

    @Test
    void everyDurationReadIsWrittenInAFormThatReadsAgain() {
        for (String duration : new String[] {"P1428W3D", "P9999Y9999M9999D", "P9999Y1428W3D", "P1W"}) {
            EqualityPlan plan = JSON.readPlan(replaceOnce(PLAN, "\"P3M\"", "\"" + duration + "\""));
            String written = JSON.writePlan(plan);
            assertEquals(plan, JSON.readPlan(written), duration);
        }
        EqualityPlan longest = JSON.readPlan(replaceOnce(PLAN, "\"P3M\"", "\"P1428W3D\""));
        assertTrue(JSON.writePlan(longest).contains("\"duration\": \"P9999D\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\ud800", "\\udc00", "\\udfff\\ud800", "a\\ud800", "\\ud800x"})
    void loneOrReversedSurrogateEscapesAreProblems(String escape) {
        assertEquals(one("/introduction", INVALID_TEXT),
                planProblems(replaceOnce(PLAN, "We aim to make", "We " + escape + " aim to make")));
    }

    @Test
    void aPairedSurrogateEscapeIsText() {
        EqualityPlan plan = JSON.readPlan(replaceOnce(PLAN, "We aim to make", "We \\ud83d\\ude00 aim to make"));
        assertTrue(plan.getIntroduction().orElseThrow().startsWith("We \uD83D\uDE00 aim"));
    }

    @Test
    void loneSurrogatesInFieldNamesAreReportedAtTheObjectHoldingThem() {
        assertEquals(List.of(JsonProblem.of("/organisation", "a field name " + INVALID_TEXT)),
                planProblems(replaceOnce(PLAN, "\"employeeCount\": 320", "\"\\udc00x\": 320")));
        // A problem below such a name points at the object holding the name, never through it.
        assertEquals(List.of(JsonProblem.of("/organisation", "a field name " + INVALID_TEXT),
                JsonProblem.of("/organisation", INVALID_TEXT)),
                planProblems(replaceOnce(PLAN, "\"employeeCount\": 320", "\"\\ud800\": [\"\\ud800\"]")));
    }

    @Test
    void rawLoneSurrogatesInTextInputAreProblemsToo() {
        assertEquals(one("/introduction", INVALID_TEXT),
                assertThrows(EqualityJsonException.class, () -> JSON.readPlan(replaceOnce(PLAN, "We aim", "We \uD800aim")))
                        .getProblems());
        assertEquals(one("", "the document is not valid text at line 1, column 2: it has an unpaired surrogate or "
                + "bytes that are not valid UTF-8"), assertThrows(EqualityJsonException.class,
                        () -> JSON.readPlan("{\uDC00}")).getProblems());
    }

    @Test
    void invalidUtf8IsAProblemAtThePointerOfTheText() {
        // An encoded surrogate (CESU-8), a code point beyond U+10FFFF, an overlong NUL, a truncated sequence.
        byte[][] invalid = {{(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            {(byte) 0xC0, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xFF}};
        for (byte[] bytes : invalid) {
            assertEquals(one("/introduction", INVALID_TEXT), planProblems(withBytes("aim", bytes)));
        }
        assertEquals(one("/organisation", "the document is not valid text at line 4, column 19: it has an unpaired "
                + "surrogate or bytes that are not valid UTF-8"),
                planProblems(withBytes("\"organisation\": {", bytes("\"organisation\": ", (byte) 0xC0, (byte) 0x80, (byte) '{'))));
    }

    @Test
    void nulIsTextOnlyWhenEscapedAsJsonDefines() {
        // A raw NUL is rejected by the parser, the overlong C0 80 as invalid UTF-8; the escape \\u0000 is text.
        assertEquals(one("/introduction", "the document is not well-formed JSON at line 28, column 23: Illegal "
                + "unquoted character ((CTRL-CHAR, code 0)): has to be escaped using backslash to be included in "
                + "string value"), planProblems(withBytes("aim", (byte) 0)));
        assertEquals(one("/introduction", INVALID_TEXT), planProblems(withBytes("aim", (byte) 0xC0, (byte) 0x80)));
        EqualityPlan plan = JSON.readPlan(replaceOnce(PLAN, "We aim", "We \\u0000aim"));
        assertEquals(plan, JSON.readPlan(JSON.writePlan(plan)));
        assertTrue(JSON.writePlan(plan).contains("We \\u0000aim"));
    }

    // ------------------------------------------------------------------------------ 4: format versions

    @ParameterizedTest
    @ValueSource(strings = {"-4294967295", "-8589934591", "-18446744073709551615", "-2147483648", "0", "-1"})
    void formatVersionsBelowOneAreRejectedWithoutTruncation(String version) {
        assertEquals(one("/formatVersion", "unsupported version: format versions start at 1"),
                planProblems(replaceOnce(PLAN, "\"formatVersion\": 1", "\"formatVersion\": " + version)));
    }

    @Test
    void formatVersionsAboveOneAreRejectedWithoutTruncation() {
        assertEquals(one("/formatVersion", "unsupported version: format version 4294967297 is newer than this library "
                + "reads (2); upgrade equality-json to read it"),
                planProblems(replaceOnce(PLAN, "\"formatVersion\": 1", "\"formatVersion\": 4294967297")));
    }

    // ------------------------------------------------------------------------------ 5: other encodings

    @Test
    void malformedUtf32IsAProblemNotAnEncodingException() {
        Charset utf32 = Charset.forName("UTF-32BE");
        byte[] good = PLAN.getBytes(utf32);
        assertEquals(Samples.fullPlan(), assertDoesNotThrowRead(good));
        // A code unit above U+10FFFF inside the introduction.
        int at = PLAN.indexOf("aim") * 4;
        byte[] bad = good.clone();
        bad[at] = (byte) 0x7F;
        assertEquals(one("/introduction", INVALID_TEXT), planProblems(bad));
        // Two bytes short of the last character.
        byte[] truncated = java.util.Arrays.copyOf(good, good.length - 2);
        // The last character, the final newline, is cut short: the parser meets it after the document.
        assertEquals(one("", "the document is not valid text at line 259, column 2: it has an unpaired surrogate or "
                + "bytes that are not valid UTF-8"), planProblems(truncated));
    }

    @Test
    void theDocumentLengthLimitHoldsWhileTheEncodingIsDetected() {
        EqualityJson tiny = JSON.withLimits(JsonLimits.defaults().withMaxDocumentLength(3));
        EqualityJsonException ex = assertThrows(EqualityJsonException.class,
                () -> tiny.readPlan(new ByteArrayInputStream("{ } ".getBytes(StandardCharsets.US_ASCII))));
        assertEquals(one("", "the document is longer than the limit of 3 characters"), ex.getProblems());
    }

    @Test
    void utf16AndUtf32AreDetectedWithAndWithoutAByteOrderMark() {
        for (String charset : new String[] {"UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE", "UTF-8"}) {
            Charset cs = Charset.forName(charset);
            assertEquals(Samples.fullPlan(), assertDoesNotThrowRead(PLAN.getBytes(cs)), charset);
            assertEquals(Samples.fullPlan(), assertDoesNotThrowRead(("\uFEFF" + PLAN).getBytes(cs)), charset);
        }
    }

    static EqualityPlan assertDoesNotThrowRead(byte[] document) {
        try {
            return JSON.readPlan(new ByteArrayInputStream(document));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    // ------------------------------------------------------------------------------ 6: nesting

    @Test
    void theNestingLimitHasADocumentedMaximum() {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> JsonLimits.defaults().withMaxNestingDepth(1_000_000));
        assertEquals("maxNestingDepth must be at most 1000, not 1000000", ex.getMessage());
        assertEquals(JsonLimits.MAX_NESTING_DEPTH,
                JsonLimits.defaults().withMaxNestingDepth(JsonLimits.MAX_NESTING_DEPTH).getMaxNestingDepth());
    }

    @Test
    void aHundredThousandDeepArrayIsAProblemAtTheLargestLimit() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        EqualityJson json = JSON.withLimits(JsonLimits.defaults().withMaxNestingDepth(JsonLimits.MAX_NESTING_DEPTH));
        EqualityJsonException ex = assertThrows(EqualityJsonException.class, () -> json.readPlan(deep));
        assertEquals(one("/0".repeat(1000), "lists and objects are nested more than 1000 levels deep"), ex.getProblems());
    }

    @Test
    void theTreeReaderNeverRecursesEvenWithoutANestingLimit() {
        // Through the Jackson module, with a mapper whose owner lifted the parser's limit: no stack overflow.
        ObjectMapper mapper = JsonMapper.builder(JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(Integer.MAX_VALUE).build())
                .build()).addModule(new EqualityDutyModule()).build();
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        MismatchedInputException ex = assertThrows(MismatchedInputException.class,
                () -> mapper.readValue(deep, CriterionProgress.class));
        assertEquals(one("", "must be a criterion's progress (a JSON object), not a list"),
                assertInstanceOf(EqualityJsonException.class, ex.getCause()).getProblems());
    }

    @Test
    void organisationsNestedToTheLargestLimitAreReadWithoutOverflow() {
        // 499 trusts each holding the next: 998 levels of objects and lists, then a school.
        StringBuilder organisation = new StringBuilder();
        for (int i = 0; i < 499; i++) {
            organisation.append("{\"type\":\"trust\",\"name\":\"T\",\"schools\":[");
        }
        organisation.append("{\"type\":\"school\",\"name\":\"S\"}").append("]}".repeat(499));
        String document = "{\"kind\":\"equality-plan\",\"formatVersion\":1,\"organisation\":" + organisation
                + ",\"jurisdiction\":\"england\",\"period\":{\"start\":\"2024-01-01\",\"end\":\"2024-12-31\"}}";
        EqualityJson json = JSON.withLimits(JsonLimits.defaults().withMaxNestingDepth(JsonLimits.MAX_NESTING_DEPTH));
        assertEquals("T", json.readPlan(document).getOrganisation().getName());
    }

    // ------------------------------------------------------------------------------ 7: no state between parses

    @Test
    void aLongFieldNameGivesTheSameProblemOnEveryCallOnEveryThread() throws Exception {
        String name = "x".repeat(20_001);
        String atRoot = replaceOnce(PLAN, "\"title\": \"Equality", "\"" + name + "\": 1, \"title\": \"Equality");
        String inOrganisation = replaceOnce(PLAN, "\"employeeCount\": 320", "\"" + name + "\": 320");
        String shortOne = replaceOnce(PLAN, "\"employeeCount\": 320", "\"" + "y".repeat(201) + "\": 320");
        List<JsonProblem> root = one("", "a field name is longer than the limit of 200 characters");
        List<JsonProblem> organisation = one("/organisation", "a field name is longer than the limit of 200 characters");
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(threads.submit(() -> {
                    for (int i = 0; i < 5; i++) {
                        assertEquals(root, planProblems(atRoot));
                        assertEquals(organisation, planProblems(inOrganisation));
                        assertEquals(organisation, planProblems(shortOne));
                        // A long text value in between: buffers a parse grew must not change the next one.
                        JSON.readPlan(replaceOnce(PLAN, "We aim", "x".repeat(9_000)));
                    }
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    // ------------------------------------------------------------------------------ 8: byte order marks

    @Test
    void aLeadingByteOrderMarkIsSkippedByEveryEntryPoint() throws IOException {
        String marked = "\uFEFF" + PLAN;
        assertEquals(Samples.fullPlan(), JSON.readPlan(marked));
        assertEquals(Samples.fullPlan(), JSON.readPlan(new StringReader(marked)));
        assertEquals(Samples.fullPlan(), JSON.readPlan(new ByteArrayInputStream(marked.getBytes(StandardCharsets.UTF_8))));
        assertEquals(Samples.progress(), JSON.readProgress("\uFEFF" + PROGRESS));
        assertEquals(ReportSamples.report(), JSON.readProgressReport(new StringReader("\uFEFF" + REPORT)));
    }

    @Test
    void aSecondByteOrderMarkIsTheSameProblemEverywhere() {
        assertEquals(one("", "the document is not well-formed JSON at line 1, column 1: Unexpected character ('\uFEFF' "
                + "(code 65279 / 0xfeff)): expected a valid value (JSON String, Number, Array, Object or token "
                + "'n..."), planProblems("\uFEFF\uFEFF" + PLAN));
    }
}
