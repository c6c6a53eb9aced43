package org.equalityduty.imports;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How an MIS's own export maps onto the default {@link Layout}: its headers ({@code Gender} is {@code sex}) and its
 * values ({@code Male} is {@code M}, {@code White - British} is {@code WBRI}).
 *
 * <p>A mapping file is a small CSV file (UTF-8, read with the same rules and limits as the data) with the header
 * {@code kind,field,from,to} and one mapping a row:
 * <pre>
 * kind,field,from,to
 * # the MIS's headers: from = its header, to = blank
 * column,sex,Gender,
 * column,pupil_id,UPN,
 * # the MIS's values: from = its value, to = the layout's code (blank: not recorded)
 * value,sex,Male,M
 * value,sex,Female,F
 * value,ethnicity,White - British,WBRI
 * value,ethnicity,Not known,
 * </pre>
 * Lines starting with {@code #} are comments; blank lines are skipped. Headers match as the layout's do (ignoring
 * case, spaces as underscores); values match ignoring case and runs of spaces. A value the mapping does not list
 * is read as a code of the layout, so a file that mixes {@code Male} and {@code M} reads both. Only coded columns
 * ({@code sex, ethnicity, sen, disadvantaged, eal, looked_after, year_group, ks2_writing_expected, role,
 * disability, stage}) can have their values mapped; a {@code to} must be a code the layout accepts.
 *
 * <p>The file is read strictly: an unknown kind or field, a missing {@code from}, a {@code to} that is not a code,
 * a mapping given twice or a row of the wrong length is an error, and every error is reported at once, with its
 * line, in an {@link ImportException}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class Mapping {
    private static final Mapping NONE = new Mapping(Map.of(), Map.of());
    private static final List<String> HEADER = List.of("kind", "field", "from", "to");

    /** MIS header key to layout column. */
    private final Map<String, String> columns;
    /** Layout column to (MIS value key to layout code, empty for not recorded). */
    private final Map<String, Map<String, String>> values;

    private Mapping(Map<String, String> columns, Map<String, Map<String, String>> values) {
        this.columns = Collections.unmodifiableMap(new TreeMap<>(columns));
        Map<String, Map<String, String>> v = new TreeMap<>();
        values.forEach((k, m) -> v.put(k, Collections.unmodifiableMap(new TreeMap<>(m))));
        this.values = Collections.unmodifiableMap(v);
    }

    /**
     * Obtains the empty mapping: files are in the default layout.
     *
     * @return the mapping, not null
     * @since 0.2.0
     */
    public static Mapping none() {
        return NONE;
    }

    /**
     * Reads a mapping file.
     *
     * @param file the file, not null
     * @return the mapping, not null
     * @throws ImportException if the file cannot be read or has any error (all of them are listed)
     * @since 0.2.0
     */
    public static Mapping read(Path file) throws ImportException {
        Objects.requireNonNull(file, "file");
        String source = EqualityImport.sourceName(file);
        try (InputStream in = EqualityImport.open(file, source, ImportOptions.defaults())) {
            return read(in, source);
        } catch (IOException e) {
            throw new ImportException(source, List.of(ImportProblem.fileError("the file cannot be read: "
                    + e.getMessage())), 1);
        }
    }

    /**
     * Reads a mapping file from a stream, which is not closed.
     *
     * @param in the stream of UTF-8 bytes, not null
     * @param sourceName the name used in messages, such as {@code mapping.csv}, not null
     * @return the mapping, not null
     * @throws ImportException if the stream cannot be read or has any error (all of them are listed)
     * @since 0.2.0
     */
    public static Mapping read(InputStream in, String sourceName) throws ImportException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        ImportOptions options = ImportOptions.defaults();
        Problems problems = new Problems(options.getMaxProblems());
        Map<String, String> columns = new HashMap<>();
        Map<String, Long> columnLines = new HashMap<>();
        Map<String, Map<String, String>> values = new HashMap<>();
        Map<String, Long> valueLines = new HashMap<>();
        try {
            CsvInput csv = CsvInput.open(EqualityImport.unclosable(in), options, true);
            CsvRecord header = csv.next();
            if (header == null) {
                throw new FatalProblem(ImportProblem.fileError("the file has no header row; expected "
                        + String.join(",", HEADER)));
            }
            List<String> names = header.getFields().stream().map(Text::headerKey).toList();
            if (!names.equals(HEADER)) {
                throw new FatalProblem(ImportProblem.error(csv.line(header), "", String.join(",",
                        header.getFields()), "the header must be " + String.join(",", HEADER)));
            }
            long rows = 0;
            for (CsvRecord r = csv.next(); r != null; r = csv.next()) {
                long line = csv.line(r);
                if (r.getFields().stream().allMatch(f -> Text.clean(f).isEmpty())) {
                    continue;
                }
                if (++rows > options.getMaxRows()) {
                    throw new FatalProblem(ImportProblem.error(line, "", "", "the file has more than "
                            + Text.count(options.getMaxRows()) + " rows (the limit)"));
                }
                if (r.getFieldCount() != HEADER.size()) {
                    problems.add(ImportProblem.error(line, "", "", "the row has " + r.getFieldCount()
                            + (r.getFieldCount() == 1 ? " field" : " fields") + "; expected 4: kind,field,from,to"));
                    continue;
                }
                String kind = Text.clean(r.getField(0));
                String field = Text.headerKey(r.getField(1));
                String from = Text.clean(r.getField(2));
                String to = Text.clean(r.getField(3));
                boolean isColumn = kind.equalsIgnoreCase("column");
                if (!isColumn && !kind.equalsIgnoreCase("value")) {
                    problems.add(ImportProblem.error(line, "kind", kind, "unknown kind (expected column or"
                            + " value)"));
                    continue;
                }
                if (!Layout.allColumns().contains(field)) {
                    problems.add(ImportProblem.error(line, "field", r.getField(1), "not a column of the pupils,"
                            + " staff or applicants layout"));
                    continue;
                }
                if (from.isEmpty()) {
                    problems.add(ImportProblem.error(line, "from", "", "blank; give the MIS's "
                            + (isColumn ? "header" : "value")));
                    continue;
                }
                if (isColumn) {
                    if (!to.isEmpty()) {
                        problems.add(ImportProblem.error(line, "to", to, "must be blank for a column mapping (the"
                                + " column is named by 'field')"));
                        continue;
                    }
                    String key = Text.headerKey(from);
                    Long before = columnLines.putIfAbsent(key, line);
                    if (before != null) {
                        problems.add(ImportProblem.error(line, "from", from, "this header is already mapped on"
                                + " line " + before));
                        continue;
                    }
                    columns.put(key, field);
                } else {
                    if (!Codes.isCoded(field)) {
                        problems.add(ImportProblem.error(line, "field", field, "the values of this column are not"
                                + " codes and cannot be mapped"));
                        continue;
                    }
                    if (!to.isEmpty() && !Codes.accepts(field, to)) {
                        problems.add(ImportProblem.error(line, "to", to, "not a code for " + field + " ("
                                + Codes.expected(field) + ")"));
                        continue;
                    }
                    String key = Text.valueKey(from);
                    Long before = valueLines.putIfAbsent(field + "\u0000" + key, line);
                    if (before != null) {
                        problems.add(ImportProblem.error(line, "from", from, "this value of " + field
                                + " is already mapped on line " + before));
                        continue;
                    }
                    values.computeIfAbsent(field, k -> new HashMap<>()).put(key, to);
                }
            }
        } catch (FatalProblem f) {
            problems.stop(f.problem());
            throw new ImportException(sourceName, problems.listed(), problems.count());
        }
        if (problems.count() > 0) {
            throw new ImportException(sourceName, problems.listed(), problems.count());
        }
        return new Mapping(columns, values);
    }

    /**
     * Gets the layout column an MIS header maps to.
     *
     * @param misHeader the header as in the MIS's file, not null
     * @return the column, such as {@code sex}, empty if the mapping does not list the header, not null
     * @since 0.2.0
     */
    public Optional<String> columnFor(String misHeader) {
        return Optional.ofNullable(columns.get(Text.headerKey(Objects.requireNonNull(misHeader, "misHeader"))));
    }

    /**
     * Gets the layout code an MIS value maps to in a column.
     *
     * @param column the layout column, such as {@code sex}, not null
     * @param misValue the value as in the MIS's file, not null
     * @return the code, such as {@code M}, or an empty string for not recorded; empty if the mapping does not list
     *         the value, not null
     * @since 0.2.0
     */
    public Optional<String> codeFor(String column, String misValue) {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(misValue, "misValue");
        Map<String, String> m = values.get(column);
        return m == null ? Optional.empty() : Optional.ofNullable(m.get(Text.valueKey(misValue)));
    }

    boolean mapsValues(String column) {
        return values.containsKey(column);
    }

    /**
     * Gets the header mappings.
     *
     * @return an unmodifiable map from the MIS's header (as matched: lower case, underscores) to the layout column,
     *         sorted, not null
     * @since 0.2.0
     */
    public Map<String, String> getColumns() {
        return columns;
    }

    /**
     * Gets the value mappings.
     *
     * @return an unmodifiable map from layout column to (the MIS's value as matched: lower case, single spaces, to
     *         the layout code, empty for not recorded), sorted, not null
     * @since 0.2.0
     */
    public Map<String, Map<String, String>> getValues() {
        return values;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Mapping m && columns.equals(m.columns) && values.equals(m.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(columns, values);
    }

    @Override
    public String toString() {
        int n = 0;
        for (Map<String, String> m : values.values()) {
            n += m.size();
        }
        return "Mapping[" + columns.size() + " columns, " + n + " values]";
    }
}
