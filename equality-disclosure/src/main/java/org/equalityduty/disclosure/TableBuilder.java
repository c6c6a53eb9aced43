package org.equalityduty.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Builds one table of a {@link Publication}: row and column labels, the interior counts, and which totals and
 * subtotals it shows. A one-way table has one column. Obtained from {@link Publication.Builder#table}; not
 * thread-safe.
 *
 * @since 0.2.0
 */
public final class TableBuilder {
    /**
     * The largest count accepted: far more people than any school or trust has, and safe from overflow.
     *
     * @since 0.2.0
     */
    public static final long MAX_COUNT = 1_000_000_000L;

    private final Publication.Builder owner;
    private final String id;
    private final String title;
    private List<String> rows = List.of();
    private List<String> columns = List.of();
    private long @Nullable [][] counts;
    private boolean totalRow;
    private boolean totalColumn;
    private String totalLabel = "Total";
    private boolean totalsWithholdable = true;
    private final Map<String, List<String>> subtotals = new LinkedHashMap<>();

    TableBuilder(Publication.Builder owner, String id, String title) {
        this.owner = owner;
        this.id = id;
        this.title = title;
    }

    private static List<String> labels(String field, String... labels) {
        Objects.requireNonNull(labels, field);
        Set<String> seen = new HashSet<>();
        for (String l : labels) {
            Objects.requireNonNull(l, field);
            if (l.isBlank()) {
                throw new DisclosureInputException(field + " must not contain a blank label: '" + l + "'");
            }
            if (!seen.add(l)) {
                throw new DisclosureInputException(field + " must not repeat a label: '" + l + "'");
            }
        }
        if (labels.length == 0) {
            throw new DisclosureInputException(field + " must not be empty");
        }
        return List.of(labels);
    }

    /**
     * Sets the row labels of the interior.
     *
     * @param labels  the labels, distinct, not blank, at least one
     * @return this builder
     * @since 0.2.0
     */
    public TableBuilder rows(String... labels) {
        this.rows = labels("rows", labels);
        return this;
    }

    /**
     * Sets the column labels of the interior; a one-way table has one column, such as {@code Pupils}.
     *
     * @param labels  the labels, distinct, not blank, at least one
     * @return this builder
     * @since 0.2.0
     */
    public TableBuilder columns(String... labels) {
        this.columns = labels("columns", labels);
        return this;
    }

    /**
     * Sets the interior counts, one array per row.
     *
     * @param values  the counts, each at least 0, not null
     * @return this builder
     * @since 0.2.0
     */
    public TableBuilder counts(long[][] values) {
        Objects.requireNonNull(values, "counts");
        long[][] copy = new long[values.length][];
        for (int r = 0; r < values.length; r++) {
            copy[r] = Objects.requireNonNull(values[r], "counts").clone();
        }
        this.counts = copy;
        return this;
    }

    /**
     * Adds a total row (each column's total) and a total column (each row's total), with the grand total.
     *
     * @return this builder
     * @since 0.2.0
     */
    public TableBuilder totals() {
        totalRow = true;
        totalColumn = true;
        return this;
    }

    /**
     * Adds a total row: each column's total.
     *
     * @return this builder
     * @since 0.2.0
     */
    public TableBuilder totalRow() {
        totalRow = true;
        return this;
    }

    /**
     * Adds a total column: each row's total.
     *
     * @return this builder
     * @since 0.2.0
     */
    public TableBuilder totalColumn() {
        totalColumn = true;
        return this;
    }

    /**
     * Sets the label of the total row and column; default {@code Total}.
     *
     * @param label  the label, not blank
     * @return this builder
     * @since 0.2.0
     */
    public TableBuilder totalLabel(String label) {
        this.totalLabel = labels("totalLabel", label).get(0);
        return this;
    }

    /**
     * Adds a subtotal row: the sum of the named interior rows in every column (a level of a hierarchy).
     *
     * @param label  the subtotal row's label, not blank
     * @param ofRows  the interior rows it adds up, at least one
     * @return this builder
     * @since 0.2.0
     */
    public TableBuilder subtotalRow(String label, String... ofRows) {
        String l = labels("subtotalRow", label).get(0);
        subtotals.put(l, labels("subtotalRow.rows", ofRows));
        return this;
    }

    /**
     * Sets whether totals may be withheld as secondary suppressions (default true). Set false for totals that
     * are published elsewhere anyway; a total that is itself a small count is still a primary suppression.
     *
     * @param withholdable  whether totals may be withheld
     * @return this builder
     * @since 0.2.0
     */
    public TableBuilder totalsMayBeWithheld(boolean withholdable) {
        this.totalsWithholdable = withholdable;
        return this;
    }

    /**
     * Adds the table to the publication.
     *
     * @return the publication builder
     * @throws DisclosureInputException if labels or counts are missing, the counts are not rows by columns, a count
     *         is negative or above {@link #MAX_COUNT}, or a label repeats or a subtotal names a missing row
     * @since 0.2.0
     */
    public Publication.Builder add() {
        if (rows.isEmpty()) {
            throw new DisclosureInputException("rows must not be empty: table '" + id + "'");
        }
        if (columns.isEmpty()) {
            throw new DisclosureInputException("columns must not be empty: table '" + id + "'");
        }
        long[][] counts = this.counts;
        if (counts == null) {
            throw new DisclosureInputException("counts must be given: table '" + id + "'");
        }
        if (counts.length != rows.size()) {
            throw new DisclosureInputException("counts must have " + rows.size() + " rows: table '" + id + "' has "
                    + counts.length);
        }
        for (int r = 0; r < counts.length; r++) {
            if (counts[r].length != columns.size()) {
                throw new DisclosureInputException("counts[" + r + "] must have " + columns.size()
                        + " columns: table '" + id + "' row '" + rows.get(r) + "' has " + counts[r].length);
            }
            for (int c = 0; c < counts[r].length; c++) {
                if (counts[r][c] < 0) {
                    throw new DisclosureInputException("counts[" + r + "][" + c + "] must be at least 0: "
                            + counts[r][c]);
                }
                if (counts[r][c] > MAX_COUNT) {
                    throw new DisclosureInputException("counts[" + r + "][" + c + "] must be at most " + MAX_COUNT
                            + ": " + counts[r][c]);
                }
            }
        }
        List<String> allRows = new ArrayList<>(rows);
        for (Map.Entry<String, List<String>> s : subtotals.entrySet()) {
            if (allRows.contains(s.getKey())) {
                throw new DisclosureInputException("subtotalRow must not repeat a label: '" + s.getKey() + "'");
            }
            for (String r : s.getValue()) {
                if (!rows.contains(r)) {
                    throw new DisclosureInputException("subtotalRow.rows: table '" + id + "' has no row '" + r + "'");
                }
            }
            allRows.add(s.getKey());
        }
        if (totalRow) {
            if (allRows.contains(totalLabel)) {
                throw new DisclosureInputException("totalLabel must not repeat a row label: '" + totalLabel + "'");
            }
            allRows.add(totalLabel);
        }
        List<String> allCols = new ArrayList<>(columns);
        if (totalColumn) {
            if (allCols.contains(totalLabel)) {
                throw new DisclosureInputException("totalLabel must not repeat a column label: '" + totalLabel + "'");
            }
            allCols.add(totalLabel);
        }
        int nr = rows.size();
        int nc = columns.size();
        long[][] full = new long[allRows.size()][allCols.size()];
        for (int r = 0; r < nr; r++) {
            System.arraycopy(counts[r], 0, full[r], 0, nc);
        }
        int ri = nr;
        for (List<String> members : subtotals.values()) {
            for (String m : members) {
                int r = rows.indexOf(m);
                for (int c = 0; c < nc; c++) {
                    full[ri][c] = Math.addExact(full[ri][c], counts[r][c]);
                }
            }
            ri++;
        }
        if (totalRow) {
            for (int r = 0; r < nr; r++) {
                for (int c = 0; c < nc; c++) {
                    full[ri][c] = Math.addExact(full[ri][c], counts[r][c]);
                }
            }
        }
        if (totalColumn) {
            for (int r = 0; r < full.length; r++) {
                full[r][nc] = Arrays.stream(full[r], 0, nc).reduce(0, Math::addExact);
            }
        }
        int[][] cells = new int[allRows.size()][allCols.size()];
        for (int r = 0; r < cells.length; r++) {
            for (int c = 0; c < cells[r].length; c++) {
                boolean total = r >= nr || c >= nc;
                cells[r][c] = owner.quantityFor(full[r][c], !total || totalsWithholdable,
                        id + "/" + allRows.get(r) + "/" + allCols.get(c));
            }
        }
        List<int[]> rels = new ArrayList<>();
        if (totalColumn) {
            for (int r = 0; r < cells.length; r++) {
                int[] rel = new int[nc + 1];
                rel[0] = cells[r][nc];
                System.arraycopy(cells[r], 0, rel, 1, nc);
                rels.add(rel);
            }
        }
        int width = allCols.size();
        ri = nr;
        for (List<String> members : subtotals.values()) {
            for (int c = 0; c < width; c++) {
                int[] rel = new int[members.size() + 1];
                rel[0] = cells[ri][c];
                for (int k = 0; k < members.size(); k++) {
                    rel[k + 1] = cells[rows.indexOf(members.get(k))][c];
                }
                rels.add(rel);
            }
            ri++;
        }
        if (totalRow) {
            for (int c = 0; c < width; c++) {
                int[] rel = new int[nr + 1];
                rel[0] = cells[ri][c];
                for (int r = 0; r < nr; r++) {
                    rel[r + 1] = cells[r][c];
                }
                rels.add(rel);
            }
        }
        owner.addTable(new Publication.TableDef(id, title, allRows, allCols, cells), rels);
        return owner;
    }
}
