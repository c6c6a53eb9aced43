package org.equalityduty.disclosure;

import java.util.Objects;

/**
 * A cell of a table in a {@link Publication}, named by the table's id and the row and column labels.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class CellRef {
    private final String table;
    private final String row;
    private final String column;

    private CellRef(String table, String row, String column) {
        this.table = Objects.requireNonNull(table, "table");
        this.row = Objects.requireNonNull(row, "row");
        this.column = Objects.requireNonNull(column, "column");
    }

    /**
     * Obtains a reference to a cell.
     *
     * @param table  the table's id, not null
     * @param row  the row label, not null
     * @param column  the column label, not null
     * @return the reference, not null
     * @since 0.2.0
     */
    public static CellRef of(String table, String row, String column) {
        return new CellRef(table, row, column);
    }

    /**
     * Gets the table's id.
     *
     * @return the table's id
     * @since 0.2.0
     */
    public String getTable() {
        return table;
    }

    /**
     * Gets the row label.
     *
     * @return the row label
     * @since 0.2.0
     */
    public String getRow() {
        return row;
    }

    /**
     * Gets the column label.
     *
     * @return the column label
     * @since 0.2.0
     */
    public String getColumn() {
        return column;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CellRef c && c.table.equals(table) && c.row.equals(row) && c.column.equals(column);
    }

    @Override
    public int hashCode() {
        return Objects.hash(table, row, column);
    }

    /**
     * Gets {@code table/row/column}.
     *
     * @return {@code table/row/column}
     * @since 0.2.0
     */
    @Override
    public String toString() {
        return table + "/" + row + "/" + column;
    }
}
