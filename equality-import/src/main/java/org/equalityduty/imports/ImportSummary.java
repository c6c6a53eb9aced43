package org.equalityduty.imports;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a read did: rows read, used, flagged and rejected, the problems found (warnings, and errors of rejected rows
 * when the options skip bad rows), the values kept as not recorded by column, and the columns ignored.
 *
 * <p>Rows read = rows used + rows rejected; a flagged row is a used row with at least one value kept as not
 * recorded. Blank rows (every field blank, as spreadsheets leave at the end) are counted apart and not read.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class ImportSummary {
    private final String source;
    private final Layout layout;
    private final long rowsRead;
    private final long rowsUsed;
    private final long rowsFlagged;
    private final long blankRows;
    private final List<ImportProblem> problems;
    private final long problemCount;
    private final Map<String, Long> flaggedValues;
    private final List<String> ignoredColumns;

    ImportSummary(String source, Layout layout, long rowsRead, long rowsUsed, long rowsFlagged, long blankRows,
            List<ImportProblem> problems, long problemCount, Map<String, Long> flaggedValues,
            List<String> ignoredColumns) {
        this.source = Objects.requireNonNull(source, "source");
        this.layout = Objects.requireNonNull(layout, "layout");
        this.rowsRead = rowsRead;
        this.rowsUsed = rowsUsed;
        this.rowsFlagged = rowsFlagged;
        this.blankRows = blankRows;
        this.problems = List.copyOf(problems);
        this.problemCount = problemCount;
        this.flaggedValues = Collections.unmodifiableMap(new TreeMap<>(flaggedValues));
        this.ignoredColumns = List.copyOf(ignoredColumns);
    }

    /**
     * Gets the name of the file or stream read.
     *
     * @return the name, such as {@code pupils.csv}, not null
     * @since 0.2.0
     */
    public String getSource() {
        return source;
    }

    /**
     * Gets the layout the file was read with.
     *
     * @return the layout, not null
     * @since 0.2.0
     */
    public Layout getLayout() {
        return layout;
    }

    /**
     * Gets the number of rows read after the header, blank rows not counted.
     *
     * @return the count, not negative
     * @since 0.2.0
     */
    public long getRowsRead() {
        return rowsRead;
    }

    /**
     * Gets the number of rows given to the sink.
     *
     * @return the count, not negative
     * @since 0.2.0
     */
    public long getRowsUsed() {
        return rowsUsed;
    }

    /**
     * Gets the number of rows used with at least one value kept as not recorded (an unknown code).
     *
     * @return the count, at most {@link #getRowsUsed()}
     * @since 0.2.0
     */
    public long getRowsFlagged() {
        return rowsFlagged;
    }

    /**
     * Gets the number of rows left out because of an error (only when the options skip bad rows).
     *
     * @return {@code getRowsRead() - getRowsUsed()}
     * @since 0.2.0
     */
    public long getRowsRejected() {
        return rowsRead - rowsUsed;
    }

    /**
     * Gets the number of blank rows skipped (every field blank).
     *
     * @return the count, not negative
     * @since 0.2.0
     */
    public long getBlankRows() {
        return blankRows;
    }

    /**
     * Gets the problems listed, up to the options' cap, in line order.
     *
     * @return an unmodifiable list, not null
     * @since 0.2.0
     */
    public List<ImportProblem> getProblems() {
        return problems;
    }

    /**
     * Gets the number of problems found, including those beyond the cap.
     *
     * @return the count, at least the number listed
     * @since 0.2.0
     */
    public long getProblemCount() {
        return problemCount;
    }

    /**
     * Gets the number of values kept as not recorded (unknown codes), by column.
     *
     * @return an unmodifiable map sorted by column, only columns with at least one, not null
     * @since 0.2.0
     */
    public Map<String, Long> getFlaggedValues() {
        return flaggedValues;
    }

    /**
     * Gets the headers of the columns that are not in the layout and were ignored, as written in the file.
     *
     * @return an unmodifiable list in file order, not null
     * @since 0.2.0
     */
    public List<String> getIgnoredColumns() {
        return ignoredColumns;
    }

    /**
     * Gets the summary a user reads.
     *
     * @return such as {@code pupils.csv: 250 rows read, 250 used, 3 flagged, 0 rejected}, not null
     * @since 0.2.0
     */
    @Override
    public String toString() {
        return source + ": " + Text.count(rowsRead) + (rowsRead == 1 ? " row" : " rows") + " read, "
                + Text.count(rowsUsed) + " used, " + Text.count(rowsFlagged) + " flagged, "
                + Text.count(getRowsRejected()) + " rejected";
    }
}
