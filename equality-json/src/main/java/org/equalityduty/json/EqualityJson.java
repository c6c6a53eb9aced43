package org.equalityduty.json;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.observation.ProgressRecord;
import org.equalityduty.core.progress.ProgressReport;
import org.equalityduty.json.internal.Documents;
import org.equalityduty.json.internal.Input;
import org.equalityduty.json.internal.NodeReader;
import org.equalityduty.json.internal.NodeWriter;
import org.equalityduty.json.internal.Pointer;
import org.equalityduty.json.internal.ReadFailure;
import org.equalityduty.json.internal.Wire;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes equality plans, progress records and annual progress reports in the versioned JSON wire
 * format, without exposing any Jackson type.
 *
 * <p>Every document names its kind and format version: {@code {"kind":"equality-plan","formatVersion":1,...}},
 * {@code {"kind":"progress-record","formatVersion":1,...}} or, for a
 * {@link ProgressReport progress report} as {@link org.equalityduty.core.progress.ProgressEvaluator} gives it,
 * {@code {"kind":"progress-report","formatVersion":1,...}}. The format is documented by the JSON Schemas shipped
 * at {@value #PLAN_SCHEMA_RESOURCE}, {@value #PROGRESS_SCHEMA_RESOURCE} and {@value #REPORT_SCHEMA_RESOURCE}.
 *
 * <p><b>Reading</b> is strict and complete: a document that is malformed, too large or deep, of another kind or a
 * newer version, or that has missing, mistyped, unknown, repeated or out-of-range content, or that describes a
 * plan failing {@link org.equalityduty.core.validation.EqualityValidation structural validation}, is rejected
 * with one {@link EqualityJsonException} listing every problem with a JSON Pointer. Nothing partial is returned.
 * Strings are never coerced to numbers, decimals never to whole numbers, and decimals are read exactly.
 * Streams and readers passed in are read but not closed; documents are UTF-8 (or UTF-16/32, detected).
 *
 * <p><b>The reader contract</b> (in full in {@code docs/json-reader-contract.md}). Every read entry point
 * ({@code readPlan}, {@code readProgress} and {@code readProgressReport}, each from a {@code String}, an
 * {@code InputStream}, a {@code Reader} or a {@code Path}) either returns the whole value or throws one of:
 * <ul>
 *   <li>{@link EqualityJsonException}, listing every problem of the document (up to
 *       {@link JsonLimits#getMaxProblems()}), each a {@link JsonProblem} with an RFC 6901 pointer that is valid
 *       Unicode and resolves in the submitted document ({@code ""} for the whole document; a missing field, or a
 *       field name that is too long or not valid text, at the object holding it) and a plain-English message
 *       naming no Java type; problems carry no code;</li>
 *   <li>{@link NullPointerException} naming the parameter, if the argument is null;</li>
 *   <li>{@link IOException}, from the stream, reader and file entry points only, if the input itself fails
 *       (never for its content).</li>
 * </ul>
 * Nothing else escapes, whatever the document holds: an exponent outside -1000 to 1000, text that is not valid
 * Unicode (unpaired surrogates, from escapes or from bytes that do not encode a character in UTF-8, UTF-16 or
 * UTF-32), a duration of more than 9999 days, a {@code formatVersion} of any size, and nesting deeper than the
 * limit are problems with pointers. One leading byte order mark is skipped by every entry point. Reading keeps no
 * state from one call to the next: the same document gives the same outcome on every call and every thread, and
 * every value read writes back to a document that reads equal.
 *
 * <p>A progress report is read with the same strictness; its entries must also be consistent (a status the kind of
 * criterion takes, identifiers not repeated), and its figures, being computed, may have up to 100 decimal places
 * and 50 digits before the point.
 *
 * <p><b>Writing</b> is deterministic: equal values give byte-identical output. Fields come in a fixed order, sets
 * in the declaration order of their codes, maps sorted by key; empty optional values and empty lists are
 * omitted; enums are written as their lower-case codes; decimals are written exactly, keeping their scale.
 * Writing does not validate.
 *
 * <p>This class is immutable and thread-safe; options are changed with {@code withX(...)} copies.
 *
 * @since 0.1.0
 */
public final class EqualityJson {
    /**
     * The format version of progress records and progress reports this library reads and writes; documents of a
     * newer version are rejected. Plans have their own, {@link #PLAN_FORMAT_VERSION}.
     *
     * @since 0.1.0
     */
    public static final int FORMAT_VERSION = Wire.FORMAT_VERSION;

    /**
     * The format version of plans this library writes: 2. It reads versions 1 and 2; a version 1 document reads
     * unchanged in meaning and is written back as version 2 (docs/format-v2.md).
     *
     * @since 0.2.0
     */
    public static final int PLAN_FORMAT_VERSION = Wire.PLAN_FORMAT_VERSION;
    /**
     * The {@code kind} of a plan document.
     *
     * @since 0.1.0
     */
    public static final String PLAN_KIND = Wire.KIND_PLAN;
    /**
     * The {@code kind} of a progress record document.
     *
     * @since 0.1.0
     */
    public static final String PROGRESS_KIND = Wire.KIND_PROGRESS;
    /**
     * The {@code kind} of a progress report document.
     *
     * @since 0.1.0
     */
    public static final String REPORT_KIND = Wire.KIND_REPORT;
    /**
     * The class-path resource of the JSON Schema of plan documents.
     *
     * @since 0.1.0
     */
    public static final String PLAN_SCHEMA_RESOURCE = "/org/equalityduty/json/equality-plan.schema.json";
    /**
     * The class-path resource of the JSON Schema of progress record documents.
     *
     * @since 0.1.0
     */
    public static final String PROGRESS_SCHEMA_RESOURCE = "/org/equalityduty/json/progress-record.schema.json";
    /**
     * The class-path resource of the JSON Schema of progress report documents.
     *
     * @since 0.1.0
     */
    public static final String REPORT_SCHEMA_RESOURCE = "/org/equalityduty/json/progress-report.schema.json";

    private static final EqualityJson DEFAULTS = new EqualityJson(true, JsonLimits.defaults());

    private final boolean prettyPrint;
    private final JsonLimits limits;
    private final Documents documents;

    private EqualityJson(boolean prettyPrint, JsonLimits limits) {
        this.prettyPrint = prettyPrint;
        this.limits = limits;
        this.documents = new Documents(limits.readLimits());
    }

    /**
     * Obtains the default instance: pretty printed output and {@link JsonLimits#defaults() default limits}.
     *
     * @return the instance, not null
     * @since 0.1.0
     */
    public static EqualityJson defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy that writes pretty (two-space indented, one field per line, final newline) or compact output.
     *
     * @param pretty  true for pretty output, false for compact output on one line
     * @return the copy, not null
     * @since 0.1.0
     */
    public EqualityJson withPrettyPrint(boolean pretty) {
        return pretty == prettyPrint ? this : new EqualityJson(pretty, limits);
    }

    /**
     * Returns a copy that reads with other limits.
     *
     * @param newLimits  the limits, not null
     * @return the copy, not null
     * @since 0.1.0
     */
    public EqualityJson withLimits(JsonLimits newLimits) {
        Objects.requireNonNull(newLimits, "newLimits");
        return newLimits.equals(limits) ? this : new EqualityJson(prettyPrint, newLimits);
    }

    /**
     * Checks whether output is pretty printed.
     *
     * @return true if pretty, false if compact
     * @since 0.1.0
     */
    public boolean isPrettyPrint() {
        return prettyPrint;
    }

    /**
     * Gets the limits applied when reading.
     *
     * @return the limits, not null
     * @since 0.1.0
     */
    public JsonLimits getLimits() {
        return limits;
    }

    // ------------------------------------------------------------------------------------------------- plans

    /**
     * Reads a plan document from text.
     *
     * @param json  the document, not null
     * @return the plan, valid, not null
     * @throws EqualityJsonException if the document has any problem
     * @throws NullPointerException if {@code json} is null
     * @since 0.1.0
     */
    public EqualityPlan readPlan(String json) {
        Objects.requireNonNull(json, "json");
        return unchecked(() -> read(f -> f.createParser(limited(json)),
                (r, n) -> r.planDocument(n, Pointer.ROOT)));
    }

    /**
     * Reads a plan document from a stream of bytes; the stream is not closed.
     *
     * @param in  the input, not null
     * @return the plan, valid, not null
     * @throws EqualityJsonException if the document has any problem
     * @throws NullPointerException if {@code in} is null
     * @throws IOException if the stream cannot be read
     * @since 0.1.0
     */
    public EqualityPlan readPlan(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        return readBytes(in, (r, n) -> r.planDocument(n, Pointer.ROOT));
    }

    /**
     * Reads a plan document from characters; the reader is not closed.
     *
     * @param in  the input, not null
     * @return the plan, valid, not null
     * @throws EqualityJsonException if the document has any problem
     * @throws NullPointerException if {@code in} is null
     * @throws IOException if the reader fails
     * @since 0.1.0
     */
    public EqualityPlan readPlan(Reader in) throws IOException {
        Objects.requireNonNull(in, "in");
        return read(f -> f.createParser(limited(in)), (r, n) -> r.planDocument(n, Pointer.ROOT));
    }

    /**
     * Reads a plan document from a file.
     *
     * @param path  the file, not null
     * @return the plan, valid, not null
     * @throws EqualityJsonException if the document has any problem
     * @throws NullPointerException if {@code path} is null
     * @throws IOException if the file cannot be read
     * @since 0.1.0
     */
    public EqualityPlan readPlan(Path path) throws IOException {
        Objects.requireNonNull(path, "path");
        try (InputStream in = Files.newInputStream(path)) {
            return readPlan(in);
        }
    }

    /**
     * Reads a plan document from text, keeping its format version and where each part is in the document.
     *
     * @param json  the document, not null
     * @return the plan with its pointers, not null
     * @throws EqualityJsonException if the document has any problem
     * @throws NullPointerException if {@code json} is null
     * @since 0.2.0
     */
    public PlanDocument readPlanDocument(String json) {
        Objects.requireNonNull(json, "json");
        return unchecked(() -> read(f -> f.createParser(limited(json)), EqualityJson::planDocument));
    }

    /**
     * Reads a plan document from a stream of bytes, keeping its format version and where each part is in the
     * document; the stream is not closed.
     *
     * @param in  the input, not null
     * @return the plan with its pointers, not null
     * @throws EqualityJsonException if the document has any problem
     * @throws NullPointerException if {@code in} is null
     * @throws IOException if the stream cannot be read
     * @since 0.2.0
     */
    public PlanDocument readPlanDocument(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        return readBytes(in, EqualityJson::planDocument);
    }

    /**
     * Reads a plan document from characters, keeping its format version and where each part is in the document;
     * the reader is not closed.
     *
     * @param in  the input, not null
     * @return the plan with its pointers, not null
     * @throws EqualityJsonException if the document has any problem
     * @throws NullPointerException if {@code in} is null
     * @throws IOException if the reader fails
     * @since 0.2.0
     */
    public PlanDocument readPlanDocument(Reader in) throws IOException {
        Objects.requireNonNull(in, "in");
        return read(f -> f.createParser(limited(in)), EqualityJson::planDocument);
    }

    /**
     * Reads a plan document from a file, keeping its format version and where each part is in the document.
     *
     * @param path  the file, not null
     * @return the plan with its pointers, not null
     * @throws EqualityJsonException if the document has any problem
     * @throws NullPointerException if {@code path} is null
     * @throws IOException if the file cannot be read
     * @since 0.2.0
     */
    public PlanDocument readPlanDocument(Path path) throws IOException {
        Objects.requireNonNull(path, "path");
        try (InputStream in = Files.newInputStream(path)) {
            return readPlanDocument(in);
        }
    }

    private static @Nullable PlanDocument planDocument(NodeReader reader, JsonNode tree) {
        EqualityPlan plan = reader.planDocument(tree, Pointer.ROOT);
        return plan == null ? null : new PlanDocument(plan, tree.path("formatVersion").intValue(), tree);
    }

    /**
     * Writes a plan document to text.
     *
     * @param plan  the plan, not null
     * @return the document, not null
     * @since 0.1.0
     */
    public String writePlan(EqualityPlan plan) {
        Objects.requireNonNull(plan, "plan");
        return Documents.write(NodeWriter.planDocument(plan), prettyPrint);
    }

    /**
     * Writes a plan document to a stream as UTF-8; the stream is flushed, not closed.
     *
     * @param plan  the plan, not null
     * @param out  the destination, not null
     * @throws IOException if writing fails
     * @since 0.1.0
     */
    public void writePlan(EqualityPlan plan, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        writePlan(plan, new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
    }

    /**
     * Writes a plan document to a writer; the writer is flushed, not closed.
     *
     * @param plan  the plan, not null
     * @param out  the destination, not null
     * @throws IOException if writing fails
     * @since 0.1.0
     */
    public void writePlan(EqualityPlan plan, Writer out) throws IOException {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(out, "out");
        Documents.write(NodeWriter.planDocument(plan), prettyPrint, out);
    }

    /**
     * Writes a plan document to a file as UTF-8, replacing any existing file.
     *
     * @param plan  the plan, not null
     * @param path  the file, not null
     * @throws IOException if writing fails
     * @since 0.1.0
     */
    public void writePlan(EqualityPlan plan, Path path) throws IOException {
        Objects.requireNonNull(plan, "plan");
        try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            writePlan(plan, out);
        }
    }

    // ------------------------------------------------------------------------------------------------- progress

    /**
     * Reads a progress record document from text.
     *
     * @param json  the document, not null
     * @return the record, valid, not null
     * @throws EqualityJsonException if the document has any problem
     * @throws NullPointerException if {@code json} is null
     * @since 0.1.0
     */
    public ProgressRecord readProgress(String json) {
        Objects.requireNonNull(json, "json");
        return unchecked(() -> read(f -> f.createParser(limited(json)),
                (r, n) -> r.progressDocument(n, Pointer.ROOT)));
    }

    /**
     * Reads a progress record document from a stream of bytes; the stream is not closed.
     *
     * @param in  the input, not null
     * @return the record, valid, not null
     * @throws EqualityJsonException if the document has any problem
     * @throws NullPointerException if {@code in} is null
     * @throws IOException if the stream cannot be read
     * @since 0.1.0
     */
    public ProgressRecord readProgress(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        return readBytes(in, (r, n) -> r.progressDocument(n, Pointer.ROOT));
    }

    /**
     * Reads a progress record document from characters; the reader is not closed.
     *
     * @param in  the input, not null
     * @return the record, valid, not null
     * @throws EqualityJsonException if the document has any problem
     * @throws NullPointerException if {@code in} is null
     * @throws IOException if the reader fails
     * @since 0.1.0
     */
    public ProgressRecord readProgress(Reader in) throws IOException {
        Objects.requireNonNull(in, "in");
        return read(f -> f.createParser(limited(in)), (r, n) -> r.progressDocument(n, Pointer.ROOT));
    }

    /**
     * Reads a progress record document from a file.
     *
     * @param path  the file, not null
     * @return the record, valid, not null
     * @throws EqualityJsonException if the document has any problem
     * @throws NullPointerException if {@code path} is null
     * @throws IOException if the file cannot be read
     * @since 0.1.0
     */
    public ProgressRecord readProgress(Path path) throws IOException {
        Objects.requireNonNull(path, "path");
        try (InputStream in = Files.newInputStream(path)) {
            return readProgress(in);
        }
    }

    /**
     * Writes a progress record document to text.
     *
     * @param record  the record, not null
     * @return the document, not null
     * @since 0.1.0
     */
    public String writeProgress(ProgressRecord record) {
        Objects.requireNonNull(record, "record");
        return Documents.write(NodeWriter.progressDocument(record), prettyPrint);
    }

    /**
     * Writes a progress record document to a stream as UTF-8; the stream is flushed, not closed.
     *
     * @param record  the record, not null
     * @param out  the destination, not null
     * @throws IOException if writing fails
     * @since 0.1.0
     */
    public void writeProgress(ProgressRecord record, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        writeProgress(record, new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
    }

    /**
     * Writes a progress record document to a writer; the writer is flushed, not closed.
     *
     * @param record  the record, not null
     * @param out  the destination, not null
     * @throws IOException if writing fails
     * @since 0.1.0
     */
    public void writeProgress(ProgressRecord record, Writer out) throws IOException {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(out, "out");
        Documents.write(NodeWriter.progressDocument(record), prettyPrint, out);
    }

    /**
     * Writes a progress record document to a file as UTF-8, replacing any existing file.
     *
     * @param record  the record, not null
     * @param path  the file, not null
     * @throws IOException if writing fails
     * @since 0.1.0
     */
    public void writeProgress(ProgressRecord record, Path path) throws IOException {
        Objects.requireNonNull(record, "record");
        try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            writeProgress(record, out);
        }
    }

    // ------------------------------------------------------------------------------------------------- reports

    /**
     * Reads a progress report document from text.
     *
     * @param json  the document, not null
     * @return the report, not null
     * @throws EqualityJsonException if the document has any problem
     * @throws NullPointerException if {@code json} is null
     * @since 0.1.0
     */
    public ProgressReport readProgressReport(String json) {
        Objects.requireNonNull(json, "json");
        return unchecked(() -> read(f -> f.createParser(limited(json)),
                (r, n) -> r.progressReportDocument(n, Pointer.ROOT)));
    }

    /**
     * Reads a progress report document from a stream of bytes; the stream is not closed.
     *
     * @param in  the input, not null
     * @return the report, not null
     * @throws EqualityJsonException if the document has any problem
     * @throws NullPointerException if {@code in} is null
     * @throws IOException if the stream cannot be read
     * @since 0.1.0
     */
    public ProgressReport readProgressReport(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        return readBytes(in, (r, n) -> r.progressReportDocument(n, Pointer.ROOT));
    }

    /**
     * Reads a progress report document from characters; the reader is not closed.
     *
     * @param in  the input, not null
     * @return the report, not null
     * @throws EqualityJsonException if the document has any problem
     * @throws NullPointerException if {@code in} is null
     * @throws IOException if the reader fails
     * @since 0.1.0
     */
    public ProgressReport readProgressReport(Reader in) throws IOException {
        Objects.requireNonNull(in, "in");
        return read(f -> f.createParser(limited(in)), (r, n) -> r.progressReportDocument(n, Pointer.ROOT));
    }

    /**
     * Reads a progress report document from a file.
     *
     * @param path  the file, not null
     * @return the report, not null
     * @throws EqualityJsonException if the document has any problem
     * @throws NullPointerException if {@code path} is null
     * @throws IOException if the file cannot be read
     * @since 0.1.0
     */
    public ProgressReport readProgressReport(Path path) throws IOException {
        Objects.requireNonNull(path, "path");
        try (InputStream in = Files.newInputStream(path)) {
            return readProgressReport(in);
        }
    }

    /**
     * Writes a progress report document to text.
     *
     * @param report  the report, not null
     * @return the document, not null
     * @since 0.1.0
     */
    public String writeProgressReport(ProgressReport report) {
        Objects.requireNonNull(report, "report");
        return Documents.write(NodeWriter.progressReportDocument(report), prettyPrint);
    }

    /**
     * Writes a progress report document to a stream as UTF-8; the stream is flushed, not closed.
     *
     * @param report  the report, not null
     * @param out  the destination, not null
     * @throws IOException if writing fails
     * @since 0.1.0
     */
    public void writeProgressReport(ProgressReport report, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        writeProgressReport(report, new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
    }

    /**
     * Writes a progress report document to a writer; the writer is flushed, not closed.
     *
     * @param report  the report, not null
     * @param out  the destination, not null
     * @throws IOException if writing fails
     * @since 0.1.0
     */
    public void writeProgressReport(ProgressReport report, Writer out) throws IOException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        Documents.write(NodeWriter.progressReportDocument(report), prettyPrint, out);
    }

    /**
     * Writes a progress report document to a file as UTF-8, replacing any existing file.
     *
     * @param report  the report, not null
     * @param path  the file, not null
     * @throws IOException if writing fails
     * @since 0.1.0
     */
    public void writeProgressReport(ProgressReport report, Path path) throws IOException {
        Objects.requireNonNull(report, "report");
        try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            writeProgressReport(report, out);
        }
    }

    /** Reads one document, turning the readers' failure into this package's exception. */
    private <T> T read(Documents.Source source, BiFunction<NodeReader, JsonNode, T> mapping) throws IOException {
        try {
            return documents.read(source, mapping);
        } catch (ReadFailure failure) {
            throw exception(failure);
        }
    }

    /** Reads one document from bytes, turning the readers' failure into this package's exception. */
    private <T> T readBytes(InputStream in, BiFunction<NodeReader, JsonNode, T> mapping) throws IOException {
        try {
            return documents.read(in, mapping);
        } catch (ReadFailure failure) {
            throw exception(failure);
        }
    }

    /**
     * Makes the exception that lists the problems of a document that could not be read.
     *
     * @param failure  what the readers found, not null
     * @return the exception, not null
     */
    static EqualityJsonException exception(ReadFailure failure) {
        List<JsonProblem> problems = new ArrayList<>(failure.count());
        for (int i = 0; i < failure.count(); i++) {
            problems.add(JsonProblem.of(failure.pointer(i), failure.message(i)));
        }
        return new EqualityJsonException(problems, failure.isTruncated());
    }

    private Reader limited(String json) {
        return Input.of(json, limits.getMaxDocumentLength());
    }

    private Reader limited(Reader in) {
        return Input.of(in, limits.getMaxDocumentLength());
    }

    /** A read from memory, which cannot fail with an I/O error. */
    @FunctionalInterface
    private interface InMemory<T> {
        T read() throws IOException;
    }

    private static <T> T unchecked(InMemory<T> read) {
        try {
            return read.read();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * Describes the options.
     *
     * @return such as {@code EqualityJson[pretty, JsonLimits[...]]}, not null
     * @since 0.1.0
     */
    @Override
    public String toString() {
        return "EqualityJson[" + (prettyPrint ? "pretty" : "compact") + ", " + limits + "]";
    }
}
