package org.equalityduty.disclosure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a report publishes, as an intruder sees it: tables of counts with their totals and subtotals, links between
 * tables that publish the same quantity, sums across tables (a trust's table from its schools'), derived figures
 * (percentages, means, rates, complements, ratios, ranks) and coarser groupings to offer when detail is withheld.
 *
 * <p>Build one with {@link #builder()}, then protect it with {@link DisclosureControl#protect}. Every count is a
 * quantity; linked cells are one quantity; every total, subtotal and cross-table sum is a linear relation
 * {@code total = part + part + ...}, which is how one-way tables, two-way tables with margins and hierarchical
 * tables are all described.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class Publication {
    final long[] values;
    final boolean[] withholdable;
    final boolean[] forcedPrimary;
    final String[] names;
    final List<int[]> relations;
    final List<TableDef> tables;
    final List<FigureDef> figures;
    final Map<String, CoarseDef> coarsenings;

    private Publication(long[] values, boolean[] withholdable, boolean[] forcedPrimary, String[] names,
            List<int[]> relations, List<TableDef> tables, List<FigureDef> figures, Map<String, CoarseDef> coarsenings) {
        this.values = values;
        this.withholdable = withholdable;
        this.forcedPrimary = forcedPrimary;
        this.names = names;
        this.relations = List.copyOf(relations);
        this.tables = List.copyOf(tables);
        this.figures = List.copyOf(figures);
        this.coarsenings = Map.copyOf(coarsenings);
    }

    /**
     * Obtains a new, empty builder.
     *
     * @return the builder, not null
     * @since 0.2.0
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the ids of the tables, in the order they were added.
     *
     * @return the ids of the tables, in the order they were added
     * @since 0.2.0
     */
    public List<String> getTableIds() {
        return tables.stream().map(t -> t.id).toList();
    }

    /**
     * Gets the ids of the derived figures, in the order they were added.
     *
     * @return the ids of the derived figures, in the order they were added
     * @since 0.2.0
     */
    public List<String> getFigureIds() {
        return figures.stream().map(f -> f.id).toList();
    }

    /**
     * Gets the number of distinct quantities (linked cells count once).
     *
     * @return the number of distinct quantities (linked cells count once)
     * @since 0.2.0
     */
    public int getQuantityCount() {
        return values.length;
    }

    TableDef table(String id) {
        for (TableDef t : tables) {
            if (t.id.equals(id)) {
                return t;
            }
        }
        throw new IllegalArgumentException("no table " + id);
    }

    /** A table: labels and, for each cell, the index of its quantity. */
    static final class TableDef {
        final String id;
        final String title;
        final List<String> rows;
        final List<String> columns;
        final int[][] cells;

        TableDef(String id, String title, List<String> rows, List<String> columns, int[][] cells) {
            this.id = id;
            this.title = title;
            this.rows = List.copyOf(rows);
            this.columns = List.copyOf(columns);
            this.cells = cells;
        }
    }

    /** A derived figure. */
    static final class FigureDef {
        final String id;
        final FigureKind kind;
        final String text;
        final boolean low;
        final int denominator;
        final int[] dependsOn;
        final int[] reveals;
        final List<String> dependsOnFigures;

        FigureDef(String id, FigureKind kind, String text, boolean low, int denominator, int[] dependsOn,
                int[] reveals, List<String> dependsOnFigures) {
            this.id = id;
            this.kind = kind;
            this.text = text;
            this.low = low;
            this.denominator = denominator;
            this.dependsOn = dependsOn;
            this.reveals = reveals;
            this.dependsOnFigures = List.copyOf(dependsOnFigures);
        }
    }

    /** A coarser grouping of a table's rows. */
    static final class CoarseDef {
        final String title;
        final Map<String, List<String>> groups;

        CoarseDef(String title, Map<String, List<String>> groups) {
            this.title = title;
            this.groups = groups;
        }
    }

    /**
     * A copy in which table {@code id} is replaced by its coarser grouping: each group row is a new quantity, the
     * sum of its detail rows, column by column; rows in no group stay. Detail quantities that no table shows any
     * more stay in the publication, unshown, so the relations that involve them still bind the intruder.
     */
    Publication coarsened(String id) {
        TableDef t = table(id);
        CoarseDef c = java.util.Objects.requireNonNull(coarsenings.get(id), id);
        List<Long> vals = new ArrayList<>();
        for (long v : values) {
            vals.add(v);
        }
        List<Boolean> wh = new ArrayList<>();
        for (boolean w : withholdable) {
            wh.add(w);
        }
        List<String> nm = new ArrayList<>(Arrays.asList(names));
        List<int[]> rels = new ArrayList<>(relations);
        List<String> rows = new ArrayList<>();
        List<int[]> cells = new ArrayList<>();
        Map<String, String> groupOf = new HashMap<>();
        c.groups.forEach((g, members) -> members.forEach(m -> groupOf.put(m, g)));
        for (int r = 0; r < t.rows.size(); r++) {
            String label = t.rows.get(r);
            String group = groupOf.get(label);
            if (group == null) {
                rows.add(label);
                cells.add(t.cells[r].clone());
            } else if (!rows.contains(group)) {
                List<String> members = java.util.Objects.requireNonNull(c.groups.get(group), group);
                int[] row = new int[t.columns.size()];
                for (int col = 0; col < row.length; col++) {
                    int[] rel = new int[members.size() + 1];
                    long sum = 0;
                    for (int k = 0; k < members.size(); k++) {
                        int q = t.cells[t.rows.indexOf(members.get(k))][col];
                        rel[k + 1] = q;
                        sum += values[q];
                    }
                    rel[0] = vals.size();
                    row[col] = vals.size();
                    vals.add(sum);
                    wh.add(true);
                    nm.add(id + "/" + group + "/" + t.columns.get(col));
                    rels.add(rel);
                }
                rows.add(group);
                cells.add(row);
            }
        }
        List<TableDef> tabs = new ArrayList<>();
        for (TableDef other : tables) {
            tabs.add(other == t ? new TableDef(t.id, c.title, rows, t.columns, cells.toArray(new int[0][])) : other);
        }
        long[] v = vals.stream().mapToLong(Long::longValue).toArray();
        boolean[] w = new boolean[wh.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = wh.get(i);
        }
        Map<String, CoarseDef> rest = new HashMap<>(coarsenings);
        rest.remove(id);
        return new Publication(v, w, Arrays.copyOf(forcedPrimary, v.length), nm.toArray(new String[0]), rels, tabs,
                figures, rest);
    }

    /**
     * Builds a {@link Publication}. Not thread-safe; every problem is reported when it is added, as a
     * {@link DisclosureInputException} naming the field and the value.
     *
     * @since 0.2.0
     */
    public static final class Builder {
        private final List<Long> values = new ArrayList<>();
        private final List<Boolean> withholdable = new ArrayList<>();
        private final List<String> names = new ArrayList<>();
        private final List<Integer> parent = new ArrayList<>();
        private final List<int[]> relations = new ArrayList<>();
        private final List<Integer> forced = new ArrayList<>();
        private final List<TableDef> tables = new ArrayList<>();
        private final List<FigureDef> figures = new ArrayList<>();
        private final Map<String, CoarseDef> coarsenings = new LinkedHashMap<>();

        private Builder() {
        }

        private int newQuantity(long value, boolean canWithhold, String name) {
            values.add(value);
            withholdable.add(canWithhold);
            names.add(name);
            parent.add(parent.size());
            return values.size() - 1;
        }

        private int find(int q) {
            while (parent.get(q) != q) {
                parent.set(q, parent.get(parent.get(q)));
                q = parent.get(q);
            }
            return q;
        }

        int quantity(CellRef ref) {
            Objects.requireNonNull(ref, "cell");
            TableDef t = null;
            for (TableDef x : tables) {
                if (x.id.equals(ref.getTable())) {
                    t = x;
                }
            }
            if (t == null) {
                throw new DisclosureInputException("cell.table: no table '" + ref.getTable() + "' has been added");
            }
            int r = t.rows.indexOf(ref.getRow());
            if (r < 0) {
                throw new DisclosureInputException("cell.row: table '" + t.id + "' has no row '" + ref.getRow() + "'");
            }
            int c = t.columns.indexOf(ref.getColumn());
            if (c < 0) {
                throw new DisclosureInputException(
                        "cell.column: table '" + t.id + "' has no column '" + ref.getColumn() + "'");
            }
            return t.cells[r][c];
        }

        private long value(int q) {
            return values.get(q);
        }

        /**
         * Starts a table. Finish it with {@link TableBuilder#add()}.
         *
         * @param id  the table's id, unique in the publication, not null or blank
         * @param title  the title, not null
         * @return the table builder, not null
         * @throws DisclosureInputException if the id is blank or already used
         * @since 0.2.0
         */
        public TableBuilder table(String id, String title) {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
            if (id.isBlank()) {
                throw new DisclosureInputException("table.id must not be blank: '" + id + "'");
            }
            for (TableDef t : tables) {
                if (t.id.equals(id)) {
                    throw new DisclosureInputException("table.id is already used: '" + id + "'");
                }
            }
            return new TableBuilder(this, id, title);
        }

        /**
         * Declares that two cells publish the same quantity (the same group's size in two tables, a school's
         * figure in the trust's table). The intruder knows they are equal, so they are hidden or shown together.
         *
         * @param a  one cell, not null
         * @param b  the other, not null
         * @return this builder
         * @throws DisclosureInputException if a cell does not exist or the two counts differ
         * @since 0.2.0
         */
        public Builder link(CellRef a, CellRef b) {
            int qa = find(quantity(a));
            int qb = find(quantity(b));
            if (value(qa) != value(qb)) {
                throw new DisclosureInputException("link: " + a + " (" + value(qa) + ") and " + b + " (" + value(qb)
                        + ") hold different counts");
            }
            if (qa != qb) {
                parent.set(qb, qa);
                withholdable.set(qa, withholdable.get(qa) && withholdable.get(qb));
            }
            return this;
        }

        /**
         * Declares that a cell is published in any case, outside the tables (a total quoted in the text, such as
         * "412 pupils"): it is never chosen as a secondary suppression, so the other cells are withheld around it.
         * A cell that is itself a small count is still a primary suppression, and then the text must not quote it.
         *
         * @param cell  the cell, not null
         * @return this builder
         * @throws DisclosureInputException if the cell does not exist
         * @since 0.2.0
         */
        public Builder published(CellRef cell) {
            int q = find(quantity(cell));
            withholdable.set(q, false);
            return this;
        }

        /**
         * Marks a cell as a primary suppression by a rule of the caller's own (a dominance rule, a policy on a
         * sensitive category): it is withheld and protected like a small count.
         *
         * @param cell  the cell, not null
         * @return this builder
         * @throws DisclosureInputException if the cell does not exist
         * @since 0.2.0
         */
        public Builder primary(CellRef cell) {
            forced.add(quantity(cell));
            return this;
        }

        /**
         * Declares that one cell is the sum of others, across tables (a trust's cell is the sum of its schools').
         *
         * @param total  the total, not null
         * @param parts  the parts, not null, at least one
         * @return this builder
         * @throws DisclosureInputException if a cell does not exist or the counts do not add up
         * @since 0.2.0
         */
        public Builder sum(CellRef total, CellRef... parts) {
            Objects.requireNonNull(parts, "parts");
            if (parts.length == 0) {
                throw new DisclosureInputException("sum.parts must not be empty: " + total);
            }
            int[] rel = new int[parts.length + 1];
            rel[0] = quantity(total);
            long sum = 0;
            for (int i = 0; i < parts.length; i++) {
                rel[i + 1] = quantity(parts[i]);
                sum += value(rel[i + 1]);
            }
            if (sum != value(rel[0])) {
                throw new DisclosureInputException("sum: " + total + " (" + value(rel[0]) + ") is not the sum of its "
                        + parts.length + " parts (" + sum + ")");
            }
            relations.add(rel);
            return this;
        }

        /**
         * Adds a percentage {@code 100 * numerator / denominator}, rounded half up to {@code decimals} places from
         * the unrounded counts. It reveals its numerator; it is {@link Symbol#LOW} when it rounds to zero but the
         * numerator is not zero.
         *
         * @param id  the figure's id, unique, not null
         * @param numerator  the numerator cell, not null
         * @param denominator  the denominator cell, not null
         * @param decimals  decimal places, 0 to 6
         * @return this builder
         * @throws DisclosureInputException if a cell does not exist, the numerator exceeds the denominator, or
         *         {@code decimals} is out of range
         * @since 0.2.0
         */
        public Builder percentage(String id, CellRef numerator, CellRef denominator, int decimals) {
            int num = quantity(numerator);
            int den = quantity(denominator);
            if (decimals < 0 || decimals > 6) {
                throw new DisclosureInputException("percentage.decimals must be from 0 to 6: " + decimals);
            }
            if (value(num) > value(den)) {
                throw new DisclosureInputException("percentage: numerator " + numerator + " (" + value(num)
                        + ") exceeds denominator " + denominator + " (" + value(den) + ")");
            }
            String text;
            boolean low = false;
            if (value(den) == 0) {
                text = "";
            } else {
                BigDecimal pct = BigDecimal.valueOf(value(num)).multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(value(den)), decimals, RoundingMode.HALF_UP);
                text = pct.toPlainString();
                low = pct.signum() == 0 && value(num) > 0;
            }
            return addFigure(new FigureDef(checkFigureId(id), FigureKind.PERCENTAGE, text, low, den,
                    new int[] {num, den}, new int[] {num}, List.of()));
        }

        /**
         * Starts any derived figure whose value the caller computed (a mean score, a rate, an "others"
         * complement, a ratio, a rank). Finish it with {@link FigureBuilder#add()}.
         *
         * @param id  the figure's id, unique, not null
         * @param kind  the kind, not null
         * @param text  the figure as it would be published, such as {@code 103.4}, not null
         * @return the figure builder, not null
         * @since 0.2.0
         */
        public FigureBuilder figure(String id, FigureKind kind, String text) {
            return new FigureBuilder(this, checkFigureId(id), Objects.requireNonNull(kind, "kind"),
                    Objects.requireNonNull(text, "text"));
        }

        private String checkFigureId(String id) {
            Objects.requireNonNull(id, "id");
            for (FigureDef f : figures) {
                if (f.id.equals(id)) {
                    throw new DisclosureInputException("figure.id is already used: '" + id + "'");
                }
            }
            return id;
        }

        Builder addFigure(FigureDef f) {
            for (String dep : f.dependsOnFigures) {
                if (figures.stream().noneMatch(g -> g.id.equals(dep))) {
                    throw new DisclosureInputException("figure.dependsOnFigures: figure '" + f.id
                            + "' depends on '" + dep + "', which has not been added before it");
                }
            }
            figures.add(f);
            return this;
        }

        /**
         * Offers a coarser grouping of a table's rows, to publish in place of the table when protecting it would
         * withhold any of its cells (minority ethnic groups combined; SEN support and EHC plans combined). The
         * coarser table is protected with the rest of the publication.
         *
         * @param tableId  the table, already added, not null
         * @param title  the coarser table's title, not null
         * @param groups  each coarser row label and the detail rows it combines, in order, not null
         * @return this builder
         * @throws DisclosureInputException if the table or a row does not exist, or a row is in two groups
         * @since 0.2.0
         */
        public Builder coarsening(String tableId, String title, Map<String, List<String>> groups) {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(groups, "groups");
            TableDef t = null;
            for (TableDef x : tables) {
                if (x.id.equals(tableId)) {
                    t = x;
                }
            }
            if (t == null) {
                throw new DisclosureInputException("coarsening.table: no table '" + tableId + "' has been added");
            }
            Map<String, List<String>> copy = new LinkedHashMap<>();
            List<String> used = new ArrayList<>();
            for (Map.Entry<String, List<String>> g : groups.entrySet()) {
                if (g.getValue().isEmpty()) {
                    throw new DisclosureInputException("coarsening.groups: group '" + g.getKey() + "' is empty");
                }
                if (t.rows.contains(g.getKey()) && !g.getValue().contains(g.getKey())) {
                    throw new DisclosureInputException("coarsening.groups: group '" + g.getKey()
                            + "' has the label of another row of table '" + tableId + "'");
                }
                for (String row : g.getValue()) {
                    if (!t.rows.contains(row)) {
                        throw new DisclosureInputException(
                                "coarsening.groups: table '" + tableId + "' has no row '" + row + "'");
                    }
                    if (used.contains(row)) {
                        throw new DisclosureInputException("coarsening.groups: row '" + row + "' is in two groups");
                    }
                    used.add(row);
                }
                copy.put(g.getKey(), List.copyOf(g.getValue()));
            }
            coarsenings.put(tableId, new CoarseDef(title, copy));
            return this;
        }

        void addTable(TableDef t, List<int[]> rels) {
            tables.add(t);
            relations.addAll(rels);
        }

        int quantityFor(long value, boolean canWithhold, String name) {
            return newQuantity(value, canWithhold, name);
        }

        /**
         * Builds the publication.
         *
         * @return the publication, not null
         * @throws DisclosureInputException if no table has been added
         * @since 0.2.0
         */
        public Publication build() {
            if (tables.isEmpty()) {
                throw new DisclosureInputException("tables must not be empty: a publication needs a table");
            }
            int[] index = new int[values.size()];
            Arrays.fill(index, -1);
            List<Integer> roots = new ArrayList<>();
            for (int q = 0; q < values.size(); q++) {
                int root = find(q);
                if (index[root] < 0) {
                    index[root] = roots.size();
                    roots.add(root);
                }
                index[q] = index[root];
            }
            long[] v = new long[roots.size()];
            boolean[] w = new boolean[roots.size()];
            boolean[] f = new boolean[roots.size()];
            for (int q : forced) {
                f[index[q]] = true;
            }
            String[] n = new String[roots.size()];
            for (int i = 0; i < roots.size(); i++) {
                v[i] = values.get(roots.get(i));
                w[i] = withholdable.get(roots.get(i));
                n[i] = names.get(roots.get(i));
            }
            List<int[]> rels = new ArrayList<>();
            for (int[] rel : relations) {
                rels.add(Arrays.stream(rel).map(q -> index[q]).toArray());
            }
            List<TableDef> tabs = new ArrayList<>();
            for (TableDef t : tables) {
                int[][] cells = new int[t.cells.length][];
                for (int r = 0; r < cells.length; r++) {
                    cells[r] = Arrays.stream(t.cells[r]).map(q -> index[q]).toArray();
                }
                tabs.add(new TableDef(t.id, t.title, t.rows, t.columns, cells));
            }
            List<FigureDef> figs = new ArrayList<>();
            for (FigureDef g : figures) {
                figs.add(new FigureDef(g.id, g.kind, g.text, g.low, g.denominator < 0 ? -1 : index[g.denominator],
                        Arrays.stream(g.dependsOn).map(q -> index[q]).toArray(),
                        Arrays.stream(g.reveals).map(q -> index[q]).toArray(), g.dependsOnFigures));
            }
            return new Publication(v, w, f, n, rels, tabs, figs, coarsenings);
        }
    }
}
