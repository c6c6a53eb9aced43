package org.equalityduty.imports;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads pupils, staff and job applicants from CSV files in the default {@link Layout} (or an MIS's own, through
 * a {@link Mapping}), row by row into the caller's sink, or all at once for small files.
 *
 * <h2>What is read</h2>
 * UTF-8 text, with or without a byte order mark; CRLF or LF line ends; fields quoted as RFC 4180 says (a quoted
 * value may hold separators, quotes doubled, and line breaks); and the habits of spreadsheets: blank rows (at the
 * end or anywhere) are skipped, whitespace around values is ignored, a first line {@code sep=;} (or {@code sep=,},
 * tab, {@code |}) sets the separator, and headers match ignoring case and with spaces, hyphens and dots as
 * underscores ({@code "Pupil ID"} is {@code pupil_id}). Extra columns are ignored and listed in the summary.
 *
 * <h2>Problems</h2>
 * Every problem is reported with its line, column, value and reason, all in one pass (up to
 * {@link ImportOptions#getMaxProblems()}, with the count of the rest):
 * <ul>
 * <li>an <b>unknown code</b> ({@code sex} {@code X}) is a warning: the row is used, the value is kept as not
 *     recorded, and it is counted ({@link ImportSummary#getRowsFlagged()}, {@link ImportSummary#getFlaggedValues()});
 *     a row is never dropped silently;</li>
 * <li>a blank or malformed identifier or URN, text in a number column, a number out of range, or a row with more
 *     or fewer fields than the header is an error: the import fails with an {@link ImportException} listing every
 *     one, unless {@link ImportOptions#withSkipBadRows(boolean)} leaves those rows out (counted as rejected);</li>
 * <li>a problem with the file itself stops the read at once: an empty file, no header row, a required column
 *     missing or a column given twice, a quoted value never closed (a truncated file), text that is not UTF-8, a
 *     field, row, file or row count over its limit.</li>
 * </ul>
 * {@link ImportException} is the only exception thrown for bad or unreadable input; its message is written for the
 * person who made the file.
 *
 * <p>The file is read in order, and of the problems that stop a read the first in file order is the one reported
 * (with the problems of the rows before it). Each is met at one point of the file: a byte beyond the size limit at
 * that byte; a byte that is not UTF-8 at that byte; a value longer than the field limit, a row longer than the row
 * length limit or with more fields than the field count limit at the end of that value; a quote that is never
 * closed at the end of the file; a problem of the header at the header's line end; and a row over the row limit at
 * its line end (LF, CRLF or CR). Nothing after a row's line end is read before the row has been handled. So a row
 * over the row limit that ends within the size limit is reported as over the row limit, and one that the size limit
 * cuts, as over the size limit; a long value in a row over the row limit is reported as too long.
 *
 * <h2>Streaming</h2>
 * The {@code forEach...} methods hand each row to the sink as it is read and keep nothing of it: memory is that of
 * the parser's buffer and of what the sink keeps (for {@link SchoolGaps}, a few cells per school). When a read
 * fails, the sink may have received rows before the failure: discard what it accumulated. Rows are not checked
 * for duplicate identifiers (that would keep every identifier).
 *
 * <p>This class is stateless and thread-safe; a sink is called on the caller's thread.
 *
 * @since 0.2.0
 */
public final class EqualityImport {

    private EqualityImport() {
    }

    /**
     * Reads a pupils file row by row into a sink.
     *
     * @param file the file, not null
     * @param options the limits and mapping, not null
     * @param sink receives each usable row in file order, not null
     * @return what the read did, not null
     * @throws ImportException if the file cannot be read or has errors (all of them are listed)
     * @since 0.2.0
     */
    public static ImportSummary forEachPupil(Path file, ImportOptions options, Consumer<? super PupilRow> sink)
            throws ImportException {
        return EqualityImport.<PupilRow>readFile(file, options, sink, PupilBytes::read);
    }

    /**
     * Reads a pupils file from a stream, which is not closed, row by row into a sink.
     *
     * @param in the stream of UTF-8 bytes, not null
     * @param sourceName the name used in messages, such as {@code pupils.csv}, not null
     * @param options the limits and mapping, not null
     * @param sink receives each usable row in file order, not null
     * @return what the read did, not null
     * @throws ImportException if the stream cannot be read or has errors (all of them are listed)
     * @since 0.2.0
     */
    public static ImportSummary forEachPupil(InputStream in, String sourceName, ImportOptions options,
            Consumer<? super PupilRow> sink) throws ImportException {
        return PupilBytes.read(in, sourceName, options, sink);
    }

    /**
     * Reads a staff file row by row into a sink.
     *
     * @param file the file, not null
     * @param options the limits and mapping, not null
     * @param sink receives each usable row in file order, not null
     * @return what the read did, not null
     * @throws ImportException if the file cannot be read or has errors (all of them are listed)
     * @since 0.2.0
     */
    public static ImportSummary forEachStaff(Path file, ImportOptions options, Consumer<? super StaffRow> sink)
            throws ImportException {
        return EqualityImport.<StaffRow>readFile(file, options, sink,
                (in, s, o, k) -> read(Layout.STAFF, in, s, o, StaffRow::parse, k));
    }

    /**
     * Reads a staff file from a stream, which is not closed, row by row into a sink.
     *
     * @param in the stream of UTF-8 bytes, not null
     * @param sourceName the name used in messages, not null
     * @param options the limits and mapping, not null
     * @param sink receives each usable row in file order, not null
     * @return what the read did, not null
     * @throws ImportException if the stream cannot be read or has errors (all of them are listed)
     * @since 0.2.0
     */
    public static ImportSummary forEachStaff(InputStream in, String sourceName, ImportOptions options,
            Consumer<? super StaffRow> sink) throws ImportException {
        return read(Layout.STAFF, in, sourceName, options, StaffRow::parse, sink);
    }

    /**
     * Reads an applicants file row by row into a sink.
     *
     * @param file the file, not null
     * @param options the limits and mapping, not null
     * @param sink receives each usable row in file order, not null
     * @return what the read did, not null
     * @throws ImportException if the file cannot be read or has errors (all of them are listed)
     * @since 0.2.0
     */
    public static ImportSummary forEachApplicant(Path file, ImportOptions options,
            Consumer<? super ApplicantRow> sink) throws ImportException {
        return EqualityImport.<ApplicantRow>readFile(file, options, sink,
                (in, s, o, k) -> read(Layout.APPLICANTS, in, s, o, ApplicantRow::parse, k));
    }

    /**
     * Reads an applicants file from a stream, which is not closed, row by row into a sink.
     *
     * @param in the stream of UTF-8 bytes, not null
     * @param sourceName the name used in messages, not null
     * @param options the limits and mapping, not null
     * @param sink receives each usable row in file order, not null
     * @return what the read did, not null
     * @throws ImportException if the stream cannot be read or has errors (all of them are listed)
     * @since 0.2.0
     */
    public static ImportSummary forEachApplicant(InputStream in, String sourceName, ImportOptions options,
            Consumer<? super ApplicantRow> sink) throws ImportException {
        return read(Layout.APPLICANTS, in, sourceName, options, ApplicantRow::parse, sink);
    }

    /**
     * Reads every row of a pupils file into a list: for files that fit in memory (the row limit applies).
     *
     * @param file the file, not null
     * @param options the limits and mapping, not null
     * @return the rows in file order, with the summary, not null
     * @throws ImportException if the file cannot be read or has errors (all of them are listed)
     * @since 0.2.0
     */
    public static ImportResult<List<PupilRow>> readPupils(Path file, ImportOptions options) throws ImportException {
        List<PupilRow> rows = new ArrayList<>();
        ImportSummary summary = forEachPupil(file, options, rows::add);
        return new ImportResult<>(List.copyOf(rows), summary);
    }

    /**
     * Reads every row of a staff file into a list.
     *
     * @param file the file, not null
     * @param options the limits and mapping, not null
     * @return the rows in file order, with the summary, not null
     * @throws ImportException if the file cannot be read or has errors (all of them are listed)
     * @since 0.2.0
     */
    public static ImportResult<List<StaffRow>> readStaff(Path file, ImportOptions options) throws ImportException {
        List<StaffRow> rows = new ArrayList<>();
        ImportSummary summary = forEachStaff(file, options, rows::add);
        return new ImportResult<>(List.copyOf(rows), summary);
    }

    /**
     * Reads every row of an applicants file into a list.
     *
     * @param file the file, not null
     * @param options the limits and mapping, not null
     * @return the rows in file order, with the summary, not null
     * @throws ImportException if the file cannot be read or has errors (all of them are listed)
     * @since 0.2.0
     */
    public static ImportResult<List<ApplicantRow>> readApplicants(Path file, ImportOptions options)
            throws ImportException {
        List<ApplicantRow> rows = new ArrayList<>();
        ImportSummary summary = forEachApplicant(file, options, rows::add);
        return new ImportResult<>(List.copyOf(rows), summary);
    }

    /**
     * Computes every school's disadvantage gaps from a pupils file in one streaming pass: each pupil goes
     * straight into a {@link SchoolGaps}, and memory grows with the number of schools, not pupils.
     *
     * @param pupils the pupils file, not null
     * @param options the limits and mapping, not null
     * @return the gaps by school, with the summary, not null
     * @throws ImportException if the file cannot be read or has errors (all of them are listed)
     * @since 0.2.0
     */
    public static ImportResult<SchoolGaps> schoolGaps(Path pupils, ImportOptions options) throws ImportException {
        SchoolGaps gaps = new SchoolGaps();
        ImportSummary summary = forEachPupil(pupils, options, gaps);
        return new ImportResult<>(gaps, summary);
    }

    // ------------------------------------------------------------------------------------------------ reading

    /** A read of a stream through one of the layouts. */
    @FunctionalInterface
    private interface StreamRead<T> {
        ImportSummary read(InputStream in, String source, ImportOptions options, Consumer<? super T> sink)
                throws ImportException;
    }

    private static <T> ImportSummary readFile(Path file, ImportOptions options, Consumer<? super T> sink,
            StreamRead<T> read) throws ImportException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(sink, "sink");
        String source = sourceName(file);
        try (InputStream in = open(file, source, options)) {
            return read.read(in, source, options, sink);
        } catch (IOException e) {
            throw new ImportException(source, List.of(ImportProblem.fileError("the file cannot be read: "
                    + e.getMessage())), 1);
        }
    }

    static String sourceName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    /** Opens a file, with the size limit checked before reading and messages for the usual failures. */
    static InputStream open(Path file, String source, ImportOptions options) throws ImportException {
        String problem;
        try {
            if (Files.isDirectory(file)) {
                problem = "this is a folder, not a file";
            } else {
                long size = Files.size(file);
                if (size == 0) {
                    problem = "the file is empty (0 bytes)";
                } else if (size > options.getMaxFileBytes()) {
                    problem = "the file is larger than " + Text.count(options.getMaxFileBytes())
                            + " bytes (the limit)";
                } else {
                    return Files.newInputStream(file);
                }
            }
        } catch (NoSuchFileException e) {
            problem = "there is no such file";
        } catch (AccessDeniedException e) {
            problem = "permission to read the file is denied";
        } catch (IOException e) {
            problem = "the file cannot be read: " + e.getMessage();
        }
        throw new ImportException(source, List.of(ImportProblem.fileError(problem)), 1);
    }

    /** Wraps a caller's stream so that closing the reader leaves it open. */
    static InputStream unclosable(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public void close() {
                // The caller owns the stream.
            }
        };
    }

    static <T> ImportSummary read(Layout layout, InputStream in, String source, ImportOptions options,
            Function<Fields, T> parser, Consumer<? super T> sink) throws ImportException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "sourceName");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(sink, "sink");
        RowReader<T> reader = new RowReader<>(layout, source, options, parser, sink);
        try (CsvInput csv = CsvInput.open(unclosable(in), options, false)) {
            CsvRecord header = csv.next();
            if (header == null) {
                throw new FatalProblem(ImportProblem.fileError("the file has no header row; expected the columns "
                        + layout.header() + " first"));
            }
            reader.header(RowReader.fieldsOf(header), csv.line(header));
            csv.columnNames(reader.columnNames());
            reader.rows(csv);
            return reader.summary();
        } catch (FatalProblem f) {
            throw reader.stopped(f.problem());
        } catch (IOException e) {
            throw reader.stopped(ImportProblem.fileError("the file cannot be read: " + e.getMessage()));
        }
    }
}
