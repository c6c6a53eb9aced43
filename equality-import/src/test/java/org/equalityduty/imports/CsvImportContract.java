package org.equalityduty.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The oracle of the CSV import contract ({@code docs/csv-import-contract.md}): reads any bytes through every
 * import entry point and fails unless the outcome is one the contract documents. Used by
 * {@link CsvImportContractProperties} (mutated sample files) and {@link CsvImportFuzzTest} (Jazzer).
 *
 * <p>The expectations are computed here independently of the importer: whether the bytes are UTF-8 (the JDK's
 * strict decoder over the whole input), the line of the first bad byte (line feeds counted before it), the number
 * of physical lines (line ends counted as RFC 4180 and Excel write them: CRLF, LF or CR), and which column names a
 * problem may carry (the layout's, or the mapping file's four).
 */
final class CsvImportContract {
    /** Words a message for a school's data manager never contains: Java types, packages, the parser's name. */
    private static final Pattern JAVA_WORDS = Pattern.compile("org\\.equalityduty|de\\.siegmar|java\\.|Exception|"
            + "FastCSV|CsvRecord|null|[A-Za-z]\\$[A-Z]");
    /** The reason the reader gives for bytes that are not UTF-8. */
    static final String NOT_UTF8 = "the file is not UTF-8 text; in Excel, save it as \"CSV UTF-8 (Comma delimited)\"";
    private static final List<String> MAPPING_COLUMNS = List.of("kind", "field", "from", "to");

    /** The options every entry point is read with: the defaults, and small limits that inputs reach. */
    static final List<ImportOptions> OPTIONS = List.of(ImportOptions.defaults(),
            ImportOptions.defaults().withMaxFieldLength(64).withMaxProblems(3).withMaxRows(5)
                    .withMaxFileBytes(4096).withSkipBadRows(true));

    private CsvImportContract() {
    }

    /** What one read gave: the summary (as text, with the problems) or the exception's problems. */
    static final class Outcome {
        final String summary;
        final List<ImportProblem> problems;
        final long problemCount;
        final boolean failed;

        Outcome(String summary, List<ImportProblem> problems, long problemCount, boolean failed) {
            this.summary = summary;
            this.problems = problems;
            this.problemCount = problemCount;
            this.failed = failed;
        }

        @Override
        public boolean equals(Object obj) {
            return obj instanceof Outcome o && Objects.equals(summary, o.summary) && problems.equals(o.problems)
                    && problemCount == o.problemCount && failed == o.failed;
        }

        @Override
        public int hashCode() {
            return Objects.hash(summary, problems, problemCount, failed);
        }

        @Override
        public String toString() {
            return failed ? "failed " + problems : summary + " " + problems;
        }
    }

    /** A read through one entry point, which may throw anything: the contract decides what may escape. */
    @FunctionalInterface
    interface Read {
        Outcome read() throws ImportException;
    }

    /** The layouts, each with its stream entry point. */
    static Outcome readStream(Layout layout, byte[] input, ImportOptions options) {
        String source = layout.getPeople() + ".csv";
        return outcome(source, options, () -> {
            List<Object> sunk = new ArrayList<>();
            ByteArrayInputStream in = new ByteArrayInputStream(input);
            ImportSummary s;
            if (layout == Layout.PUPILS) {
                s = EqualityImport.forEachPupil(in, source, options, sunk::add);
            } else if (layout == Layout.STAFF) {
                s = EqualityImport.forEachStaff(in, source, options, sunk::add);
            } else {
                s = EqualityImport.forEachApplicant(in, source, options, sunk::add);
            }
            checkSummary(s, source, layout, options, sunk.size(), input);
            return success(s);
        });
    }

    /** The layouts, each with its file entry point that returns every row. */
    static Outcome readFile(Layout layout, Path file, byte[] input, ImportOptions options) {
        String source = file.getFileName().toString();
        return outcome(source, options, () -> {
            ImportResult<? extends List<?>> r;
            if (layout == Layout.PUPILS) {
                r = EqualityImport.readPupils(file, options);
            } else if (layout == Layout.STAFF) {
                r = EqualityImport.readStaff(file, options);
            } else {
                r = EqualityImport.readApplicants(file, options);
            }
            checkSummary(r.getSummary(), source, layout, options, r.getValue().size(), input);
            return success(r.getSummary());
        });
    }

    /** The one-call school gaps of a pupils file. */
    static Outcome readSchoolGaps(Path file, byte[] input, ImportOptions options) {
        String source = file.getFileName().toString();
        return outcome(source, options, () -> {
            ImportResult<SchoolGaps> r = EqualityImport.schoolGaps(file, options);
            assertTrue(r.getValue() != null, "schoolGaps returned no gaps");
            checkSummary(r.getSummary(), source, Layout.PUPILS, options, r.getSummary().getRowsUsed(), input);
            return success(r.getSummary());
        });
    }

    /** A mapping file from a stream. */
    static Outcome readMapping(byte[] input) {
        return outcome("mapping.csv", ImportOptions.defaults(), () -> {
            Mapping m = Mapping.read(new ByteArrayInputStream(input), "mapping.csv");
            assertTrue(m != null, "a mapping read returned null");
            assertTrue(isUtf8(input), "bytes that are not UTF-8 were read as a mapping");
            return new Outcome(m.toString(), List.of(), 0, false);
        });
    }

    /** A mapping file from a file. */
    static Outcome readMapping(Path file, byte[] input) {
        String source = file.getFileName().toString();
        return outcome(source, ImportOptions.defaults(), () -> {
            Mapping m = Mapping.read(file);
            assertTrue(isUtf8(input), "bytes that are not UTF-8 were read as a mapping");
            return new Outcome(m.toString(), List.of(), 0, false);
        });
    }

    /**
     * Reads the bytes through every stream entry point with every option set, twice each (the outcome must
     * repeat), and checks each outcome against the contract. For the fuzz test, where executions count.
     */
    static void checkStreams(byte[] input) {
        for (Layout layout : List.of(Layout.PUPILS, Layout.STAFF, Layout.APPLICANTS)) {
            for (ImportOptions options : OPTIONS) {
                Outcome first = readStream(layout, input, options);
                checkProblems(first, layout.getPeople() + ".csv", layout.getColumns(), options, input);
            }
        }
        checkProblems(readMapping(input), "mapping.csv", MAPPING_COLUMNS, ImportOptions.defaults(), input);
    }

    /** The number of ways {@link #checkOne} reads bytes: three layouts with each option set, and the mapping. */
    static final int WAYS = 3 * 2 + 1;

    /**
     * Reads the bytes one way, chosen by {@code way} (from 0 to {@link #WAYS} - 1), and checks the outcome: one read
     * per execution, for the fuzzer.
     */
    static void checkOne(int way, byte[] input) {
        if (way == WAYS - 1) {
            checkProblems(readMapping(input), "mapping.csv", MAPPING_COLUMNS, ImportOptions.defaults(), input);
            return;
        }
        Layout layout = List.of(Layout.PUPILS, Layout.STAFF, Layout.APPLICANTS).get(way / 2);
        ImportOptions options = OPTIONS.get(way % 2);
        checkProblems(readStream(layout, input, options), layout.getPeople() + ".csv", layout.getColumns(), options,
                input);
    }

    /**
     * Everything {@link #checkStreams} checks, and also: each read repeats, and the file entry points give the
     * same outcome as the streams (the file written to a temporary folder under the name the stream was given).
     */
    static void checkAll(byte[] input, Path folder) {
        try {
            for (Layout layout : List.of(Layout.PUPILS, Layout.STAFF, Layout.APPLICANTS)) {
                String source = layout.getPeople() + ".csv";
                Path file = Files.write(folder.resolve(source), input);
                for (ImportOptions options : OPTIONS) {
                    Outcome stream = readStream(layout, input, options);
                    checkProblems(stream, source, layout.getColumns(), options, input);
                    assertEquals(stream, readStream(layout, input, options), "reading the same bytes twice");
                    Outcome fromFile = readFile(layout, file, input, options);
                    if (input.length > 0 && input.length <= options.getMaxFileBytes()) {
                        assertEquals(stream, fromFile, "a file and a stream of the same bytes");
                    } else {
                        checkProblems(fromFile, source, layout.getColumns(), options, input);
                    }
                    if (layout == Layout.PUPILS) {
                        assertEquals(fromFile, readSchoolGaps(file, input, options), "schoolGaps and readPupils");
                    }
                }
            }
            Outcome mapping = readMapping(input);
            checkProblems(mapping, "mapping.csv", MAPPING_COLUMNS, ImportOptions.defaults(), input);
            assertEquals(mapping, readMapping(input), "reading the same mapping twice");
            Path file = Files.write(folder.resolve("mapping.csv"), input);
            Outcome fromFile = readMapping(file, input);
            if (input.length > 0) {
                assertEquals(mapping, fromFile, "a mapping file and a stream of the same bytes");
            } else {
                checkProblems(fromFile, "mapping.csv", MAPPING_COLUMNS, ImportOptions.defaults(), input);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Outcome success(ImportSummary s) {
        return new Outcome(s.toString() + " " + s.getBlankRows() + " blank " + s.getFlaggedValues() + " "
                + s.getIgnoredColumns(), s.getProblems(), s.getProblemCount(), false);
    }

    /**
     * Runs a read: only {@link ImportException} may escape (in memory or a temporary file, nothing else can
     * fail), and it must carry problems and a message that lists them.
     */
    static Outcome outcome(String source, ImportOptions options, Read read) {
        try {
            return read.read();
        } catch (ImportException e) {
            assertFalse(e.getProblems().isEmpty(), "an exception without problems");
            assertTrue(e.getProblems().size() <= options.getMaxProblems(), "more problems listed than the cap");
            assertTrue(e.getProblemCount() >= e.getProblems().size(), "a count below the problems listed");
            assertEquals(source, e.getSource());
            String head = source + " cannot be imported: " + (e.getProblemCount() == 1 ? "1 problem"
                    : String.format(java.util.Locale.ROOT, "%,d problems", e.getProblemCount()));
            assertTrue(e.getMessage().startsWith(head), "a message that does not start '" + head + "': "
                    + e.getMessage());
            for (ImportProblem p : e.getProblems()) {
                assertTrue(e.getMessage().contains("\n  " + p), "a problem the message does not list: " + p);
            }
            assertTrue(e.getProblems().stream().anyMatch(p -> p.getSeverity() == ImportProblem.Severity.ERROR),
                    "a failed read without an error: " + e.getProblems());
            return new Outcome(null, e.getProblems(), e.getProblemCount(), true);
        } catch (AssertionError e) {
            throw e; // the oracle's own checks
        } catch (RuntimeException | Error e) {
            throw new AssertionError("an undocumented exception escaped " + source + ": " + e, e);
        }
    }

    /** What a successful read must satisfy. */
    private static void checkSummary(ImportSummary s, String source, Layout layout, ImportOptions options,
            long sunk, byte[] input) {
        assertEquals(source, s.getSource());
        assertEquals(layout, s.getLayout());
        assertTrue(isUtf8(input), "bytes that are not UTF-8 were imported: " + s);
        assertTrue(input.length <= options.getMaxFileBytes(), "a file over the size limit was imported");
        assertEquals(s.getRowsRead(), s.getRowsUsed() + s.getRowsRejected(), "rows lost: " + s);
        assertEquals(s.getRowsUsed(), sunk, "rows used but not given to the sink: " + s);
        assertTrue(s.getRowsRead() <= options.getMaxRows(), "more rows than the limit: " + s);
        assertTrue(s.getRowsFlagged() <= s.getRowsUsed(), "more rows flagged than used: " + s);
        assertTrue(s.getBlankRows() >= 0 && s.getRowsRejected() >= 0, "a negative count: " + s);
        long flaggedValues = s.getFlaggedValues().values().stream().mapToLong(Long::longValue).sum();
        assertTrue(flaggedValues >= s.getRowsFlagged(), "a flagged row without a flagged value: " + s);
        assertTrue(s.getProblems().size() <= options.getMaxProblems(), "more problems listed than the cap");
        assertTrue(s.getProblemCount() >= s.getProblems().size(), "a count below the problems listed");
        if (!options.isSkipBadRows()) {
            assertEquals(0, s.getRowsRejected(), "rows rejected without skipBadRows: " + s);
            assertTrue(s.getProblems().stream().allMatch(p -> p.getSeverity() == ImportProblem.Severity.WARNING),
                    "an error in a successful read: " + s.getProblems());
        }
        if (s.getRowsRejected() > 0) {
            assertTrue(s.getProblemCount() > 0, "rows rejected with no problem: " + s);
        }
        Set<String> columns = new HashSet<>(layout.getColumns());
        for (String c : s.getFlaggedValues().keySet()) {
            assertTrue(columns.contains(c), "a flagged value in an unknown column: " + c);
        }
    }

    /** What every problem must satisfy, whether the read failed or not. */
    static void checkProblems(Outcome outcome, String source, List<String> columns, ImportOptions options,
            byte[] input) {
        long lines = physicalLines(input);
        for (ImportProblem p : outcome.problems) {
            assertTrue(p.getLine() >= 0 && p.getLine() <= lines + 1, "line " + p.getLine() + " of a file of "
                    + lines + " lines: " + p);
            assertTrue(p.getColumn().isEmpty() || columns.contains(p.getColumn()), "an unknown column: " + p);
            assertTrue(p.getValue().length() <= Text.SHOWN, "a value longer than 40 characters: " + p);
            assertFalse(p.getReason().isEmpty(), "a problem without a reason: " + p);
            String text = p.toString();
            assertFalse(text.chars().anyMatch(Character::isISOControl), "a control character: " + p);
            assertEquals(-1, firstUnpaired(text), "a problem that is not valid Unicode: " + p);
            assertFalse(JAVA_WORDS.matcher(p.getReason()).find(), "a reason naming Java: " + p);
            assertTrue(p.getReason().length() < 400, "a reason too long: " + p);
            if (p.getReason().equals(NOT_UTF8)) {
                assertFalse(isUtf8(input), "valid UTF-8 refused as not UTF-8");
                assertEquals(badByteLine(input), p.getLine(), "the line of the first bad byte: " + p);
            }
        }
    }

    /** Whether the bytes are UTF-8, by the JDK's strict decoder. */
    static boolean isUtf8(byte[] input) {
        return firstBadByte(input) < 0;
    }

    /** The offset of the first byte that does not decode as UTF-8, or -1. */
    static int firstBadByte(byte[] input) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(input);
        CharBuffer out = CharBuffer.allocate(input.length + 1);
        CoderResult r = d.decode(in, out, true);
        return r.isError() ? in.position() : -1;
    }

    /** The line of the first bad byte: 1 and the line feeds before it. */
    static long badByteLine(byte[] input) {
        int bad = firstBadByte(input);
        long line = 1;
        for (int i = 0; i < bad; i++) {
            if (input[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The physical lines of the bytes: 1 and the line ends (CRLF, LF or CR each count once). */
    static long physicalLines(byte[] input) {
        long line = 1;
        for (int i = 0; i < input.length; i++) {
            if (input[i] == '\n' || input[i] == '\r' && (i + 1 == input.length || input[i + 1] != '\n')) {
                line++;
            }
        }
        return line;
    }

    static int firstUnpaired(String s) {
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

}
