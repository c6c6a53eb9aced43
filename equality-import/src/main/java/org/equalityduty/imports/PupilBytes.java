package org.equalityduty.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.equalityduty.core.population.CensusEthnicity;
import org.equalityduty.core.population.Category;
import org.jspecify.annotations.Nullable;

/**
 * The byte path of a pupils read: rows of the plainest kind are read straight from the bytes of the file, with no
 * decoder, no CSV parser and no {@code String} per field, and the first row of any other kind hands the rest of the
 * file, from the start of that row, to the general path ({@link CsvInput} and {@link RowReader}), which reads it as
 * it would have read it from the start. So the outcome is the general path's: the same rows, problems and counts
 * (checked by {@code ImportBytePathProperties} on random and hostile files).
 *
 * <p>A row is read here when it is one line ended by LF or CRLF; every byte is printable ASCII (no space, no quote,
 * no control character, nothing above 126), so that it is valid UTF-8 and no value needs trimming or unquoting;
 * separated by commas into exactly as many fields as the header; no field longer than the field limit; and every
 * value one the general path accepts without a problem (an identifier of at most 64 characters, a six-digit URN,
 * known codes, whole numbers and decimals of the plain form in range, sessions missed at most sessions possible).
 * The header must be such a line too (a UTF-8 byte order mark may come first; a {@code sep=} line may not), and no
 * value mapping may be given. If the header is not of that kind or does not fit in the buffer, the general path
 * reads the whole file from its first byte.
 *
 * <p>Problems are met in the order the general path meets them, the first in file order stopping the read
 * ({@link EqualityImport}'s "Problems"): a row is counted against the row limit when its line end has been read,
 * and a problem of the file's bytes (over the size limit, or the stream's own error) is never reported here. When
 * a read of the stream fails, the bytes read before it go to the general path with the stream, which stays failed
 * ({@link LimitedInputStream}), so that the general path reads every row before the failure and then meets it at
 * the same byte.
 *
 * <p>Codes are looked up once per distinct value as it is in the file (by the general path's own function, so the
 * answers are the same), and a URN's text is made once per school.
 */
final class PupilBytes {
    /** The buffer: the longest row the byte path reads (a longer one goes to the general path). */
    static final int BUFFER = 1 << 16;
    /** The longest code looked up from its bytes (the longest valid code, {@code FALSE}, has five). */
    private static final int MAX_CODE = 7;

    private static final byte PLAIN = 0;
    private static final byte COMMA = 1;
    private static final byte OTHER = 2;
    private static final byte LF = 3;
    private static final byte CR = 4;
    /** What {@link #scanRow} gives when the row goes past the buffer, the input has ended, or a row is not plain. */
    private static final int NEED_MORE = -1;
    private static final int END = -2;
    private static final int NOT_PLAIN = -3;
    /** The class of each byte: an ordinary printable ASCII character, the separator, or anything else. */
    private static final byte[] CLASS = new byte[256];

    /** A code that the general path would warn about or refuse: the row goes to the general path. */
    private static final Object BAD = new Object();
    /** A whole number the general path would refuse or read otherwise. */
    private static final int BAD_NUMBER = Integer.MIN_VALUE + 1;
    /** A decimal the general path would refuse or read otherwise (never a value read: those are 0 or more). */
    private static final double BAD_DECIMAL = -1;

    /** Powers of ten that are exact doubles, for decimals of at most 15 digits. */
    private static final double[] POWERS = new double[16];

    static {
        for (int b = 0; b < 256; b++) {
            CLASS[b] = b > ' ' && b < 0x7F && b != '"' ? PLAIN : OTHER;
        }
        CLASS[','] = COMMA;
        CLASS['\n'] = LF;
        CLASS['\r'] = CR;
        double p = 1;
        for (int i = 0; i < POWERS.length; i++) {
            POWERS[i] = p;
            p *= 10;
        }
    }

    private final InputStream limited;
    private final ImportOptions options;
    private final RowReader<PupilRow> reader;
    private final String source;
    private final Consumer<? super PupilRow> sink;
    private final byte[] buf = new byte[BUFFER];
    private int pos;
    private int limit;
    private boolean eof;
    /** Whether a read of the stream failed: nothing more is read here. */
    private boolean failed;

    private int[] position = new int[0];
    private int[] starts = new int[0];
    private int[] ends = new int[0];
    private int fieldCount;
    private final CodeMemo sex = new CodeMemo(v -> Codes.lookup(Codes.SEX, v));
    private final CodeMemo ethnicity = new CodeMemo(v -> Codes.ethnicity(v).orElse(null));
    private final CodeMemo sen = new CodeMemo(v -> Codes.lookup(Codes.SEN, v));
    private final CodeMemo disadvantaged = new CodeMemo(v -> Codes.lookup(Codes.FLAG, v));
    private final CodeMemo eal = new CodeMemo(v -> Codes.lookup(Codes.FLAG, v));
    private final CodeMemo lookedAfter = new CodeMemo(v -> Codes.lookup(Codes.FLAG, v));
    private final CodeMemo yearGroup = new CodeMemo(v -> Codes.lookup(Codes.YEAR_GROUP, v));
    private final CodeMemo ks2Writing = new CodeMemo(v -> Codes.lookup(Codes.FLAG, v));
    /** The text of each URN, made once per school (for rows; a {@link SchoolGaps} sink keeps its own). */
    private final SchoolIndex urns = new SchoolIndex();
    /** The sink when it is a {@link SchoolGaps}: plain rows go straight into it. */
    private final @Nullable SchoolGaps gaps;

    /** A read of a stream; {@link #read} is the entry point (it first sends a read with value mappings away). */
    PupilBytes(InputStream in, String source, ImportOptions options, Consumer<? super PupilRow> sink) {
        this.source = source;
        this.options = options;
        this.sink = sink;
        this.limited = new LimitedInputStream(EqualityImport.unclosable(in), options.getMaxFileBytes());
        this.reader = new RowReader<>(Layout.PUPILS, source, options, PupilRow::parse, sink);
        this.gaps = sink instanceof SchoolGaps g ? g : null;
    }

    /**
     * Reads a pupils file from a stream, by the byte path where it can.
     *
     * @throws ImportException if the stream cannot be read or has errors
     */
    static ImportSummary read(InputStream in, String source, ImportOptions options,
            Consumer<? super PupilRow> sink) throws ImportException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "sourceName");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(sink, "sink");
        for (String column : Layout.PUPILS.getColumns()) {
            if (options.getMapping().mapsValues(column)) {
                return EqualityImport.read(Layout.PUPILS, in, source, options, PupilRow::parse, sink);
            }
        }
        return new PupilBytes(in, source, options, sink).run();
    }

    /** Reads the stream to its end, once. */
    ImportSummary run() throws ImportException {
        try {
            if (!header()) {
                return general();
            }
            int width = reader.width();
            long line = 2;
            while (true) {
                int next = scanRow(pos, width);
                if (next == NEED_MORE) {
                    if (!more()) {
                        return rest(pos, line);
                    }
                    continue;
                }
                if (next == END) {
                    return reader.summary();
                }
                if (next == NOT_PLAIN || fieldCount != width || !row(line)) {
                    return rest(pos, line);
                }
                line++;
                pos = next;
            }
        } catch (FatalProblem f) {
            throw reader.stopped(f.problem());
        }
    }

    /**
     * Reads the header when it is a plain line in the buffer, and leaves {@link #pos} at the line after it.
     *
     * @return false if the general path must read the file from its first byte
     * @throws ImportException if the header has a problem (a required column missing, or one given twice)
     */
    private boolean header() throws ImportException {
        // Fill the buffer until it holds the header's line (or the whole file, or all the stream gave before it
        // failed).
        int seen = 0;
        while (!eof && !failed && limit < BUFFER && !hasLineFeed(seen)) {
            seen = limit;
            fill();
        }
        int start = limit >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF ? 3 : 0;
        if (limit - start >= 4 && (buf[start] | 0x20) == 's' && (buf[start + 1] | 0x20) == 'e'
                && (buf[start + 2] | 0x20) == 'p' && buf[start + 3] == '=') {
            return false;
        }
        int next = scanRow(start, CsvInput.MAX_FIELDS);
        // Not an empty first line either: the parser skips it and takes the next line as the header.
        if (next < 0 || emptyLine()) {
            return false;
        }
        List<String> names = new ArrayList<>(fieldCount);
        for (int i = 0; i < fieldCount; i++) {
            names.add(new String(buf, starts[i], ends[i] - starts[i], StandardCharsets.ISO_8859_1));
        }
        reader.header(names, 1);
        position = reader.positions();
        pos = next;
        return true;
    }

    /** Whether the row {@link #scanRow} read is an empty line (which the parser skips). */
    private boolean emptyLine() {
        return fieldCount == 1 && starts[0] == ends[0];
    }

    /** Whether the buffer holds a line feed from {@code from} on (the bytes before it were looked at already). */
    private boolean hasLineFeed(int from) {
        for (int i = from; i < limit; i++) {
            if (buf[i] == '\n') {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads bytes into the buffer after {@link #limit}: sets {@link #eof} at the end of the input, and
     * {@link #failed} if the read fails (the failure is the general path's to report, when it reaches it).
     */
    private void fill() {
        try {
            int n = limited.read(buf, limit, BUFFER - limit);
            if (n < 0) {
                eof = true;
            } else {
                limit += n;
            }
        } catch (IOException e) {
            failed = true;
        }
    }

    /**
     * Splits the line at {@code from} into fields at commas, into {@link #starts} and {@link #ends} (grown as
     * needed), with their number in {@link #fieldCount}.
     *
     * @return the index after the line's end (LF or CRLF; the end of the buffer at the end of the input);
     *         {@link #NEED_MORE} if the line goes past the bytes in the buffer; {@link #END} at the end of the input;
     *         {@link #NOT_PLAIN} if a byte is not plain, a field is over the limit or there are more than
     *         {@code most} fields
     */
    private int scanRow(int from, int most) {
        int maxField = options.getMaxFieldLength();
        int f = 0;
        int fieldStart = from;
        byte[] b = buf;
        byte[] cls = CLASS;
        int n = limit;
        for (int i = from; i < n; i++) {
            byte c = cls[b[i] & 0xFF];
            if (c == PLAIN) {
                continue;
            }
            if (c == COMMA) {
                if (!field(f++, fieldStart, i, most, maxField)) {
                    return NOT_PLAIN;
                }
                fieldStart = i + 1;
                continue;
            }
            int after;
            if (c == LF) {
                after = i + 1;
            } else if (c == CR && i + 1 < n) {
                if (b[i + 1] != '\n') {
                    return NOT_PLAIN;
                }
                after = i + 2;
            } else if (c == CR && !eof) {
                return NEED_MORE;
            } else {
                return NOT_PLAIN;
            }
            if (!field(f++, fieldStart, i, most, maxField)) {
                return NOT_PLAIN;
            }
            fieldCount = f;
            return after;
        }
        if (!eof) {
            return NEED_MORE;
        }
        if (n == from) {
            return END;
        }
        if (!field(f++, fieldStart, n, most, maxField)) {
            return NOT_PLAIN;
        }
        fieldCount = f;
        return n;
    }

    private boolean field(int f, int start, int end, int most, int maxField) {
        if (f >= most || end - start > maxField) {
            return false;
        }
        if (f >= starts.length) {
            int size = Math.max(16, 2 * starts.length);
            starts = Arrays.copyOf(starts, size);
            ends = Arrays.copyOf(ends, size);
        }
        starts[f] = start;
        ends[f] = end;
        return true;
    }

    /**
     * Reads more bytes: the unread rest moves to the start of the buffer.
     *
     * @return false if the buffer is full with one row or the read failed (the general path reads the rest; a read
     *         after a failure fails again, {@link LimitedInputStream} staying failed)
     */
    private boolean more() {
        if (pos == 0 && limit == BUFFER) {
            return false;
        }
        System.arraycopy(buf, pos, buf, 0, limit - pos);
        limit -= pos;
        pos = 0;
        fill();
        return !failed;
    }

    /**
     * Reads the values of the row {@link #scanRow} split, and gives the row to the sink (or its values to
     * {@link #gaps}).
     *
     * @return false if the general path must read the row
     * @throws FatalProblem if the row is over the row limit
     */
    private boolean row(long line) {
        int idAt = position[PupilRow.ID];
        int idLength = ends[idAt] - starts[idAt];
        if (idLength == 0 || idLength > Fields.MAX_TEXT) {
            return false;
        }
        int urnAt = position[PupilRow.URN];
        int urn = urnAt < 0 || ends[urnAt] - starts[urnAt] != 6 ? -1 : digits(starts[urnAt], ends[urnAt]);
        if (urn < 0) {
            return false;
        }
        Object sexCode = code(PupilRow.SEX, sex);
        Object ethnicityCode = code(PupilRow.ETHNICITY, ethnicity);
        Object senCode = code(PupilRow.SEN, sen);
        Object disadvantagedCode = code(PupilRow.DISADVANTAGED, disadvantaged);
        Object ealCode = code(PupilRow.EAL, eal);
        Object lookedAfterCode = code(PupilRow.LOOKED_AFTER, lookedAfter);
        Object yearCode = code(PupilRow.YEAR_GROUP, yearGroup);
        Object writingCode = code(PupilRow.KS2_WRITING, ks2Writing);
        int reading = whole(PupilRow.KS2_READING, PupilRow.KS2_MIN, PupilRow.KS2_MAX);
        int maths = whole(PupilRow.KS2_MATHS, PupilRow.KS2_MIN, PupilRow.KS2_MAX);
        double attainment8 = decimal(PupilRow.ATTAINMENT_8, PupilRow.ATTAINMENT_8_MAX);
        double grade = decimal(PupilRow.ENGLISH_MATHS, PupilRow.GRADE_MAX);
        int possible = whole(PupilRow.POSSIBLE, 0, PupilRow.SESSIONS_MAX);
        int missed = whole(PupilRow.MISSED, 0, PupilRow.SESSIONS_MAX);
        int suspensions = whole(PupilRow.SUSPENSIONS, 0, PupilRow.SESSIONS_MAX);
        if (sexCode == BAD || ethnicityCode == BAD || senCode == BAD || disadvantagedCode == BAD || ealCode == BAD
                || lookedAfterCode == BAD || yearCode == BAD || writingCode == BAD || reading == BAD_NUMBER
                || maths == BAD_NUMBER || possible == BAD_NUMBER || missed == BAD_NUMBER
                || suspensions == BAD_NUMBER || attainment8 == BAD_DECIMAL || grade == BAD_DECIMAL
                || (missed != Fields.NONE && possible != Fields.NONE && missed > possible)) {
            return false;
        }
        if (gaps != null) {
            // Straight into the accumulator: the same values a row would give it, no row made (counted first, so
            // that a row over the limit is not added).
            reader.counted(line);
            gaps.add(urn, flag(disadvantagedCode), reading == Fields.NONE ? Double.NaN : reading,
                    maths == Fields.NONE ? Double.NaN : maths, attainment8, grade);
            return true;
        }
        String id = new String(buf, starts[idAt], idLength, StandardCharsets.ISO_8859_1);
        reader.accept(line, new PupilRow(line, id, urns.text(urns.position(urn)), (Category) sexCode,
                (CensusEthnicity) ethnicityCode, (Category) senCode, flag(disadvantagedCode), flag(ealCode),
                flag(lookedAfterCode), yearCode == null ? Fields.NONE : (Integer) yearCode, reading, maths,
                flag(writingCode), attainment8, grade, possible, missed, suspensions));
        return true;
    }

    private static byte flag(@Nullable Object code) {
        return code == null ? -1 : (byte) ((Boolean) code ? 1 : 0);
    }

    /** The code of a column: null if blank or absent, {@link #BAD} if unknown or too long to look up here. */
    private @Nullable Object code(int column, CodeMemo memo) {
        int at = position[column];
        if (at < 0) {
            return null;
        }
        int from = starts[at];
        int length = ends[at] - from;
        if (length == 0) {
            return null;
        }
        if (length > MAX_CODE) {
            return BAD;
        }
        if (length == 1) {
            Object found = memo.one[buf[from] & 0xFF];
            if (found != null) {
                return found;
            }
        }
        long key = length;
        for (int i = 0; i < length; i++) {
            key = key << 8 | (buf[from + i] & 0xFF);
        }
        Object found = memo.get(key, buf, from, length);
        return found == null ? BAD : found;
    }

    /** A whole number in range: {@link Fields#NONE} if blank or absent, {@link #BAD_NUMBER} otherwise. */
    private int whole(int column, int min, int max) {
        int at = position[column];
        if (at < 0 || ends[at] == starts[at]) {
            return Fields.NONE;
        }
        if (ends[at] - starts[at] > 9) {
            return BAD_NUMBER;
        }
        int n = digits(starts[at], ends[at]);
        return n >= min && n <= max ? n : BAD_NUMBER;
    }

    /** The value of the digits in {@code [from, to)}, -1 if a byte is not a digit (at most nine digits). */
    private int digits(int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            int d = buf[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = 10 * value + d;
        }
        return value;
    }

    /**
     * A decimal from 0 to {@code max}, of the form digits, a point and digits (at most 15 digits in all): NaN if
     * blank or absent, {@link #BAD_DECIMAL} for anything else. The digits as an exact long over an exact power of
     * ten is one correctly rounded division, so it is the double {@link Double#parseDouble} gives.
     */
    private double decimal(int column, double max) {
        int at = position[column];
        if (at < 0 || ends[at] == starts[at]) {
            return Double.NaN;
        }
        long mantissa = 0;
        int digits = 0;
        int scale = -1;
        for (int i = starts[at], n = ends[at]; i < n; i++) {
            int d = buf[i] - '0';
            if (d >= 0 && d <= 9) {
                mantissa = 10 * mantissa + d;
                digits++;
                if (scale >= 0) {
                    scale++;
                }
            } else if (buf[i] == '.' && scale < 0) {
                scale = 0;
            } else {
                return BAD_DECIMAL;
            }
        }
        if (digits == 0 || digits > 15) {
            return BAD_DECIMAL;
        }
        double value = scale <= 0 ? mantissa : mantissa / POWERS[scale];
        return value <= max ? value : BAD_DECIMAL;
    }

    /** The general path reads the whole file, from the bytes already read and the rest of the stream. */
    private ImportSummary general() throws ImportException {
        InputStream all = new SequenceInputStream(new ByteArrayInputStream(buf, 0, limit), limited);
        return EqualityImport.read(Layout.PUPILS, all, source, options, PupilRow::parse, sink);
    }

    /** The general path reads the rest of the file, from the row at {@code from}, on line {@code line}. */
    private ImportSummary rest(int from, long line) throws ImportException {
        InputStream rest = new SequenceInputStream(new ByteArrayInputStream(buf, from, limit - from), limited);
        try (CsvInput csv = CsvInput.rest(rest, line, options)) {
            csv.columnNames(reader.columnNames());
            reader.rows(csv);
            return reader.summary();
        } catch (FatalProblem f) {
            throw reader.stopped(f.problem());
        } catch (IOException e) {
            throw reader.stopped(ImportProblem.fileError("the file cannot be read: " + e.getMessage()));
        }
    }

    /** The answers of a code lookup for each value seen, by the value's bytes. */
    private static final class CodeMemo {
        private final Function<String, @Nullable Object> lookup;
        /** The answers for one-byte values (most codes), by the byte; null until looked up. */
        private final @Nullable Object[] one = new Object[256];
        private long[] keys = new long[32];
        private Object[] values = new Object[32];
        private int size;

        CodeMemo(Function<String, @Nullable Object> lookup) {
            this.lookup = lookup;
        }

        /** The code of the bytes, null if the lookup knows none (not remembered: the read leaves the byte path). */
        @Nullable Object get(long key, byte[] buf, int from, int length) {
            int mask = keys.length - 1;
            for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
                long k = keys[i];
                if (k == key) {
                    return values[i];
                }
                if (k == 0) {
                    break;
                }
            }
            Object found = lookup.apply(new String(buf, from, length, StandardCharsets.ISO_8859_1));
            if (found != null) {
                put(key, found);
                if (length == 1) {
                    one[buf[from] & 0xFF] = found;
                }
            }
            return found;
        }

        private void put(long key, Object value) {
            if (2 * (size + 1) > keys.length) {
                long[] oldKeys = keys;
                Object[] oldValues = values;
                keys = new long[2 * oldKeys.length];
                values = new Object[keys.length];
                size = 0;
                for (int i = 0; i < oldKeys.length; i++) {
                    if (oldKeys[i] != 0) {
                        put(oldKeys[i], oldValues[i]);
                    }
                }
            }
            int mask = keys.length - 1;
            int i = mix(key) & mask;
            while (keys[i] != 0) {
                i = (i + 1) & mask;
            }
            keys[i] = key;
            values[i] = value;
            size++;
        }

        private static int mix(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32));
        }
    }
}
