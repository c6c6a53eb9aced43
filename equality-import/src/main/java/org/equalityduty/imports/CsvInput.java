package org.equalityduty.imports;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One CSV file read record by record with FastCSV: UTF-8 (a byte order mark is skipped, other encodings are refused),
 * an Excel {@code sep=} first line honoured, the file size, field length and field count limited, and a file that
 * ends inside a quoted value refused. Every failure is a {@link FatalProblem} with a message for a user.
 */
final class CsvInput implements Closeable {
    /** The most fields in a row. */
    static final int MAX_FIELDS = 1024;

    private static final Pattern FIELD_TOO_LONG = Pattern.compile(
            "Field at index (\\d+) in record starting at line (\\d+) exceeds the max field size.*");
    private static final Pattern RECORD_TOO_LONG = Pattern.compile(
            "Field at index (\\d+) in record starting at line (\\d+) exceeds the max record size.*");
    private static final Pattern TOO_MANY_FIELDS = Pattern.compile(
            "Record starting at line (\\d+) has surpassed the maximum limit of.*");
    private static final Pattern STARTED = Pattern.compile(".*started in line (\\d+).*");
    private static final String NOT_UTF8 = "the file is not UTF-8 text; in Excel, save it as"
            + " \"CSV UTF-8 (Comma delimited)\"";

    private final InputStream stream;
    private final QuoteTracker tracker;
    private final CsvReader<CsvRecord> reader;
    private final CloseableIterator<CsvRecord> records;
    private final long lineOffset;
    private final ImportOptions options;
    private final char separator;
    private IntFunction<String> columnName = i -> "";

    private CsvInput(InputStream stream, QuoteTracker tracker, long lineOffset, char separator, boolean comments,
            ImportOptions options) {
        this.stream = stream;
        this.tracker = tracker;
        this.lineOffset = lineOffset;
        this.separator = separator;
        this.options = options;
        int field = options.getMaxFieldLength();
        int record = (int) Math.min(Integer.MAX_VALUE - 16L, Math.max(4L * field, 1L << 20));
        this.reader = CsvReader.builder()
                .fieldSeparator(separator)
                .quoteCharacter('"')
                .commentStrategy(comments ? CommentStrategy.SKIP : CommentStrategy.NONE)
                .commentCharacter('#')
                .skipEmptyLines(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .allowExtraCharsAfterClosingQuote(false)
                .build(CsvRecordHandler.builder().maxFields(MAX_FIELDS).maxFieldSize(field).maxRecordSize(record)
                        .build(), tracker);
        this.records = reader.iterator();
    }

    /**
     * Opens a stream.
     *
     * @param comments whether lines starting with {@code #} are comments (the mapping file)
     */
    static CsvInput open(InputStream raw, ImportOptions options, boolean comments) {
        InputStream limited = new BufferedInputStream(new LimitedInputStream(raw, options.getMaxFileBytes()),
                1 << 16);
        try {
            limited.mark(1);
            if (limited.read() < 0) {
                throw fatal(ImportProblem.fileError("the file is empty (0 bytes)"));
            }
            limited.reset();
            BufferedReader text = new BufferedReader(new Utf8Reader(limited), 1 << 14);
            text.mark(1);
            if (text.read() != '\uFEFF') {
                text.reset();
            }
            char separator = ',';
            long offset = 0;
            text.mark(1100);
            StringBuilder first = new StringBuilder();
            for (int c = text.read(); c >= 0 && c != '\n' && c != '\r' && first.length() < 1024; c = text.read()) {
                first.append((char) c);
            }
            String line = first.toString();
            if (line.length() >= 5 && line.regionMatches(true, 0, "sep=", 0, 4)) {
                char s = line.charAt(4);
                if (s != ',' && s != ';' && s != '\t' && s != '|') {
                    throw fatal(ImportProblem.error(1, "", line, "the separator named by 'sep=' must be a comma,"
                            + " a semicolon, a tab or a vertical bar"));
                }
                for (int i = 5; i < line.length(); i++) {
                    if (line.charAt(i) != s) {
                        throw fatal(ImportProblem.error(1, "", line, "a 'sep=' line must name one separator"));
                    }
                }
                separator = s;
                offset = 1;
                text.reset();
                text.readLine();
            } else {
                text.reset();
            }
            QuoteTracker tracker = new QuoteTracker(text, separator, comments, 1 + offset);
            return new CsvInput(limited, tracker, offset, separator, comments, options);
        } catch (IOException e) {
            throw fatal(io(e, options));
        }
    }

    /**
     * Opens the rest of a data file that the byte path ({@link PupilBytes}) has read up to the start of a row: the
     * stream's first byte starts line {@code firstLine}; the separator is the comma; there is no byte order mark,
     * {@code sep=} line or empty file to look for; and the stream already counts against the size limit.
     */
    static CsvInput rest(InputStream limited, long firstLine, ImportOptions options) {
        // A line before the rest, read and dropped here: the parser names the line of a record in its messages
        // except for the first record it reads, and the rest's first row must be named as any other.
        InputStream withLine = new SequenceInputStream(new ByteArrayInputStream(new byte[] {'x', '\n'}), limited);
        InputStream buffered = new BufferedInputStream(withLine, 1 << 16);
        BufferedReader text = new BufferedReader(new Utf8Reader(buffered, firstLine - 1), 1 << 14);
        QuoteTracker tracker = new QuoteTracker(text, ',', false, firstLine - 1);
        CsvInput csv = new CsvInput(buffered, tracker, firstLine - 2, ',', false, options);
        csv.fetch();
        return csv;
    }

    private static FatalProblem fatal(ImportProblem p) {
        return new FatalProblem(p);
    }

    /** The problem of a failed read of the bytes: over the size limit, not UTF-8, or the stream's own failure. */
    static ImportProblem io(IOException e, ImportOptions options) {
        if (e instanceof LimitedInputStream.OverLimit) {
            return ImportProblem.fileError("the file is larger than " + Text.count(options.getMaxFileBytes())
                    + " bytes (the limit)");
        }
        if (e instanceof Utf8Reader.NotUtf8 n) {
            return ImportProblem.error(n.line(), "", "", NOT_UTF8);
        }
        return ImportProblem.fileError("the file cannot be read: " + e.getMessage());
    }

    /** Names columns by index in messages about a field that is too long, once the header is known. */
    void columnNames(IntFunction<String> names) {
        this.columnName = names;
    }

    /** The separator in use. */
    char separator() {
        return separator;
    }

    /** The line of a record, counted from the first line of the file. */
    long line(CsvRecord record) {
        return record.getStartingLineNumber() + lineOffset;
    }

    /**
     * Gets the next record, or null at the end of the input. Nothing after the record is read as part of it: the
     * parser stops at the record's line end, and only the next call reads on, so a problem further on (a limit, a
     * bad byte, bad CSV) is met only once the caller has handled this record. The record that a quote never closed
     * is the last one, and the only one whose parse meets the end of the input inside quotes: it is refused here.
     *
     * @throws FatalProblem if the record cannot be read
     */
    @Nullable CsvRecord next() {
        CsvRecord record = fetch();
        if (record != null && tracker.endedInQuotes()) {
            throw fatal(ImportProblem.error(tracker.quoteLine(), "", "", "a quoted value starts on this line and"
                    + " is never closed (is the file cut short?)"));
        }
        return record;
    }

    private @Nullable CsvRecord fetch() {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException e) {
            throw fatal(io(Objects.requireNonNull(e.getCause()), options));
        } catch (CsvParseException e) {
            throw fatal(parseProblem(e));
        }
    }

    private ImportProblem parseProblem(CsvParseException e) {
        String outer = String.valueOf(e.getMessage());
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        if (cause instanceof UncheckedIOException u) {
            return io(Objects.requireNonNull(u.getCause()), options);
        }
        if (cause instanceof IOException io) {
            return io(io, options);
        }
        String message = String.valueOf(cause.getMessage());
        Matcher m = FIELD_TOO_LONG.matcher(message);
        if (m.matches()) {
            return ImportProblem.error(Long.parseLong(m.group(2)) + lineOffset,
                    columnName.apply(Integer.parseInt(m.group(1))), "", "the value is longer than "
                            + Text.count(options.getMaxFieldLength()) + " characters (the limit); a quote that is"
                            + " never closed makes the rest of the file one value");
        }
        m = RECORD_TOO_LONG.matcher(message);
        if (m.matches()) {
            return ImportProblem.error(Long.parseLong(m.group(2)) + lineOffset, "", "", "the row is too long"
                    + " (the limit is " + Text.count(Math.max(4L * options.getMaxFieldLength(), 1L << 20))
                    + " characters)");
        }
        m = TOO_MANY_FIELDS.matcher(message);
        if (m.matches()) {
            return ImportProblem.error(Long.parseLong(m.group(1)) + lineOffset, "", "", "the row has more than "
                    + Text.count(MAX_FIELDS) + " fields (the limit)");
        }
        Matcher started = STARTED.matcher(outer);
        long line = started.matches() ? Long.parseLong(started.group(1)) + lineOffset : tracker.line();
        if (message.startsWith("Unexpected character after closing quote")) {
            return ImportProblem.error(line, "", "", "a value has text after its closing quote (a quote inside"
                    + " a quoted value must be doubled: \"\")");
        }
        return ImportProblem.error(line, "", "", "the file cannot be read as CSV: " + message);
    }

    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } finally {
            stream.close();
        }
    }
}
