package org.equalityduty.disclosure;

import java.util.List;
import java.util.Objects;

/**
 * One table of a {@link ProtectedPublication}, ready to render: labels, each cell's published text, the legend
 * of the symbols it uses and the notes to print with it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class ProtectedTable {
    private final String id;
    private final String title;
    private final List<String> rows;
    private final List<String> columns;
    private final PublishedCell[][] cells;
    private final boolean withheld;
    private final boolean coarsened;
    private final List<LegendEntry> legend;
    private final List<String> notes;

    ProtectedTable(String id, String title, List<String> rows, List<String> columns, PublishedCell[][] cells,
            boolean withheld, boolean coarsened, List<LegendEntry> legend, List<String> notes) {
        this.id = id;
        this.title = title;
        this.rows = List.copyOf(rows);
        this.columns = List.copyOf(columns);
        this.cells = cells;
        this.withheld = withheld;
        this.coarsened = coarsened;
        this.legend = List.copyOf(legend);
        this.notes = List.copyOf(notes);
    }

    /**
     * Gets the table's id.
     *
     * @return the table's id
     * @since 0.2.0
     */
    public String getId() {
        return id;
    }

    /**
     * Gets the title (the coarser table's title when coarsened).
     *
     * @return the title (the coarser table's title when coarsened)
     * @since 0.2.0
     */
    public String getTitle() {
        return title;
    }

    /**
     * Gets the row labels, totals and subtotals included.
     *
     * @return the row labels, totals and subtotals included
     * @since 0.2.0
     */
    public List<String> getRowLabels() {
        return rows;
    }

    /**
     * Gets the column labels, the total column included.
     *
     * @return the column labels, the total column included
     * @since 0.2.0
     */
    public List<String> getColumnLabels() {
        return columns;
    }

    /**
     * Obtains a cell by position.
     *
     * @param row  the row index
     * @param column  the column index
     * @return the cell, not null
     * @throws IndexOutOfBoundsException if a position is out of range
     * @since 0.2.0
     */
    public PublishedCell getCell(int row, int column) {
        Objects.checkIndex(row, rows.size());
        Objects.checkIndex(column, columns.size());
        return cells[row][column];
    }

    /**
     * Obtains a cell by its labels.
     *
     * @param row  the row label, not null
     * @param column  the column label, not null
     * @return the cell, not null
     * @throws DisclosureInputException if there is no such row or column
     * @since 0.2.0
     */
    public PublishedCell getCell(String row, String column) {
        int r = rows.indexOf(Objects.requireNonNull(row, "row"));
        int c = columns.indexOf(Objects.requireNonNull(column, "column"));
        if (r < 0) {
            throw new DisclosureInputException("row: table '" + id + "' has no row '" + row + "'");
        }
        if (c < 0) {
            throw new DisclosureInputException("column: table '" + id + "' has no column '" + column + "'");
        }
        return cells[r][c];
    }

    /**
     * Gets whether the whole table is withheld (it could not be shown safe); show a note, not the table.
     *
     * @return whether the whole table is withheld (it could not be shown safe); show a note, not the table
     * @since 0.2.0
     */
    public boolean isWithheld() {
        return withheld;
    }

    /**
     * Gets whether the table is shown with its coarser grouping instead of its detail.
     *
     * @return whether the table is shown with its coarser grouping instead of its detail
     * @since 0.2.0
     */
    public boolean isCoarsened() {
        return coarsened;
    }

    /**
     * Gets the symbols the table uses, each with its explanation, to show next to the table.
     *
     * @return the symbols the table uses, each with its explanation, to show next to the table
     * @since 0.2.0
     */
    public List<LegendEntry> getLegend() {
        return legend;
    }

    /**
     * Gets notes to print with the table (rounding, coarser groups, withholding).
     *
     * @return notes to print with the table (rounding, coarser groups, withholding)
     * @since 0.2.0
     */
    public List<String> getNotes() {
        return notes;
    }
}
