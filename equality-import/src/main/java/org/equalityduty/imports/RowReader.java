package org.equalityduty.imports;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * The state of one read of a data file, shared by the general path ({@link CsvInput}'s records) and the pupils' byte
 * path ({@link PupilBytes}), which hands the rest of a file to the general path at the first row it does not read
 * itself: the header's columns, the problems, and the counts of rows read, used, flagged, rejected and blank.
 *
 * @param <T> the row type
 */
final class RowReader<T> {
    private final Layout layout;
    private final String source;
    private final ImportOptions options;
    private final Function<Fields, T> parser;
    private final Consumer<? super T> sink;
    private final Problems problems;
    private final List<String> ignored = new ArrayList<>();
    private final int[] position;
    private String[] names = new String[0];
    private @Nullable Fields fields;
    private int width;
    private long rows;
    private long used;
    private long flagged;
    private long blank;
    private boolean failing;

    RowReader(Layout layout, String source, ImportOptions options, Function<Fields, T> parser,
            Consumer<? super T> sink) {
        this.layout = layout;
        this.source = source;
        this.options = options;
        this.parser = parser;
        this.sink = sink;
        this.problems = new Problems(options.getMaxProblems());
        this.position = new int[layout.getColumns().size()];
        Arrays.fill(position, -1);
    }

    /**
     * Reads the header's fields (as in the file): each column found through the mapping or by its name.
     *
     * @throws ImportException if a required column is missing or a column is given twice
     */
    void header(List<String> header, long headerLine) throws ImportException {
        List<String> columns = layout.getColumns();
        width = header.size();
        names = new String[width];
        for (int i = 0; i < width; i++) {
            String raw = Text.clean(header.get(i));
            if (raw.isEmpty()) {
                continue;
            }
            String column = options.getMapping().columnFor(raw).orElse(Text.headerKey(raw));
            int k = columns.indexOf(column);
            names[i] = column;
            if (k < 0) {
                ignored.add(raw);
            } else if (position[k] >= 0) {
                problems.add(ImportProblem.error(headerLine, column, raw, "a second column for " + column
                        + " (the first is column " + (position[k] + 1) + ")"));
            } else {
                position[k] = i;
            }
        }
        for (String required : layout.getRequiredColumns()) {
            if (position[columns.indexOf(required)] < 0) {
                problems.add(ImportProblem.error(headerLine, required, "", "required column is missing"));
            }
        }
        if (problems.errors() > 0) {
            throw new ImportException(source, problems.listed(), problems.count());
        }
        fields = new Fields(layout, position, options.getMapping(), problems);
    }

    /** The header's fields of a record. */
    static List<String> fieldsOf(CsvRecord header) {
        List<String> out = new ArrayList<>(header.getFieldCount());
        for (int i = 0; i < header.getFieldCount(); i++) {
            out.add(header.getField(i));
        }
        return out;
    }

    /** The number of fields in the header. */
    int width() {
        return width;
    }

    /** The position in the file of each layout column, -1 for a column the file does not have. */
    int[] positions() {
        return position.clone();
    }

    /** The layout's name of each of the file's columns, for messages about a value that is too long. */
    IntFunction<String> columnNames() {
        String[] n = names;
        return i -> i < n.length && n[i] != null ? n[i] : "";
    }

    /**
     * Reads the records of a CSV input to its end.
     *
     * @throws FatalProblem if the rest of the file cannot be read or a limit is passed
     */
    void rows(CsvInput csv) {
        Fields f = fields;
        if (f == null) {
            throw new IllegalStateException("the header is read first");
        }
        for (CsvRecord r = csv.next(); r != null; r = csv.next()) {
            if (firstNonBlank(r, 0) < 0) {
                blank++;
                continue;
            }
            long line = csv.line(r);
            count(line);
            f.reset(r, line);
            int fieldCount = r.getFieldCount();
            if (fieldCount < width) {
                f.rowError("the row has " + fieldCount + (fieldCount == 1 ? " field" : " fields") + ", but the"
                        + " header has " + width + " (is the row cut short?)");
            } else if (fieldCount > width && firstNonBlank(r, width) >= 0) {
                f.rowError("the row has " + fieldCount + " fields, but the header has " + width
                        + " (a value with a " + describe(csv.separator()) + " in it must be in quotes)");
            }
            T row = f.hasError() ? null : parser.apply(f);
            if (row == null) {
                failing |= !options.isSkipBadRows();
                continue;
            }
            if (f.isFlagged()) {
                flagged++;
            }
            if (!failing) {
                sink.accept(row);
                used++;
            }
        }
    }

    /**
     * A row read without problems by the byte path: counted, and given to the sink.
     *
     * @throws FatalProblem if the row is over the row limit
     */
    void accept(long line, T row) {
        count(line);
        sink.accept(row);
        used++;
    }

    private void count(long line) {
        if (++rows > options.getMaxRows()) {
            throw new FatalProblem(ImportProblem.error(line, "", "", "the file has more than "
                    + Text.count(options.getMaxRows()) + " rows (the limit)"));
        }
    }

    /**
     * The outcome of a read that reached the end.
     *
     * @throws ImportException if a row had an error and bad rows are not skipped
     */
    ImportSummary summary() throws ImportException {
        if (failing) {
            throw new ImportException(source, problems.listed(), problems.count());
        }
        Fields f = fields;
        return new ImportSummary(source, layout, rows, used, flagged, blank, problems.listed(), problems.count(),
                f == null ? new TreeMap<>() : f.flaggedValues(), ignored);
    }

    /** The exception of a read stopped by a problem with the file (listed even when the cap is full). */
    ImportException stopped(ImportProblem problem) {
        problems.stop(problem);
        return new ImportException(source, problems.listed(), problems.count());
    }

    private static String describe(char separator) {
        switch (separator) {
            case ';':
                return "semicolon";
            case '\t':
                return "tab";
            case '|':
                return "vertical bar";
            default:
                return "comma";
        }
    }

    /** The index of the first non-blank field from {@code from}, or -1 if all are blank. */
    private static int firstNonBlank(CsvRecord r, int from) {
        for (int i = from, n = r.getFieldCount(); i < n; i++) {
            if (!Text.clean(r.getField(i)).isEmpty()) {
                return i;
            }
        }
        return -1;
    }
}
