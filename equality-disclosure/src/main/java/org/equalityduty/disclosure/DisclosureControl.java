package org.equalityduty.disclosure;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.equalityduty.disclosure.internal.Engine;

/**
 * Protects a whole {@link Publication}: primary suppression, secondary suppression with an exact audit against an
 * intruder who uses everything published, coarser groups instead of blanks, and fail-closed withholding.
 *
 * <p><b>The intruder.</b> They read every table and figure, know every total and subtotal is the sum of its
 * cells, know linked cells are one count, know counts are whole numbers at least 0 and, when zeros are published,
 * that every suppressed count is at least 1 (zeros are never chosen as secondary suppressions). For every primary
 * suppression the audit computes exactly the smallest and largest whole number consistent with all that (linear
 * programming on exact fractions, with branch and bound when a vertex is fractional), and requires the interval
 * to be at least the protection width.
 *
 * <p><b>Steps.</b>
 * <ol>
 *   <li>Primary: counts from 1 to threshold - 1 (and zeros, if the rules suppress them); the counts a derived
 *       figure reveals when the figure's denominator is below the minimum.</li>
 *   <li>Secondary: for each primary that fails the audit, the cheapest change of published counts that moves it
 *       up or down by its protection amount while keeping every relation (a linear programme); the counts that
 *       must change are withheld. Then each secondary is re-published, dearest first, if the audit still passes.
 *       The cost is the withheld value or the number of withheld cells ({@link SuppressionCost}).</li>
 *   <li>Coarser groups: a table with a coarsening that lost any cell is replaced by its coarser table, and the
 *       publication is protected again as a whole.</li>
 *   <li>Fail closed: a primary the audit cannot show safe (too narrow, or a solver limit) withholds every table that
 *       shows it, and the rest is protected again; if that is not enough, everything is withheld.</li>
 *   <li>Derived figures: withheld when any count or figure they depend on is withheld, or their denominator is
 *       below the minimum; not applicable when their denominator is zero or a figure they depend on is not
 *       applicable (a gap to an empty group).</li>
 * </ol>
 *
 * <p>What the audit guarantees: for the published tables, links and sums, every primary count's exact integer
 * interval is at least the width wide. For a single two-way table with margins the linear programme's bounds are
 * already whole numbers (the constraint matrix is totally unimodular); for linked and hierarchical publications
 * the branch and bound makes the interval exact over whole numbers, within the node limit (beyond it, fail
 * closed). Rounding of shown counts only widens what an intruder can derive, so the audit is made on unrounded
 * counts. Derived figures are either withheld or computed from shown counts, so they add nothing to the intruder's
 * knowledge.
 *
 * <p>This class is stateless and thread-safe.
 *
 * @since 0.2.0
 */
public final class DisclosureControl {
    private DisclosureControl() {
    }

    /**
     * Protects a publication.
     *
     * @param publication  the publication, not null
     * @param rules  the rules, not null
     * @return the protected publication, not null
     * @since 0.2.0
     */
    public static ProtectedPublication protect(Publication publication, DisclosureRules rules) {
        Objects.requireNonNull(publication, "publication");
        Objects.requireNonNull(rules, "rules");
        Publication pub = publication;
        State state = protectOnce(pub, rules);
        Set<String> coarsened = new HashSet<>();
        for (Publication.TableDef t : publication.tables) {
            if (publication.coarsenings.containsKey(t.id) && state.anyHidden(pub.table(t.id))) {
                pub = pub.coarsened(t.id);
                coarsened.add(t.id);
            }
        }
        if (!coarsened.isEmpty()) {
            state = protectOnce(pub, rules);
        }
        return render(pub, rules, state, coarsened);
    }

    /** The outcome of one protection of a publication; its fields are set in turn by the protection steps. */
    @SuppressWarnings("NullAway.Init")
    private static final class State {
        boolean[] primary;
        boolean[] hidden;
        boolean[] inWithheldTable;
        Set<String> withheldTables = new HashSet<>();
        boolean allWithheld;
        Engine engine;
        Engine.Outcome outcome;

        boolean anyHidden(Publication.TableDef t) {
            for (int[] row : t.cells) {
                for (int q : row) {
                    if (hidden[q]) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    private static State protectOnce(Publication pub, DisclosureRules rules) {
        int n = pub.values.length;
        boolean[] displayed = new boolean[n];
        for (Publication.TableDef t : pub.tables) {
            for (int[] row : t.cells) {
                for (int q : row) {
                    displayed[q] = true;
                }
            }
        }
        boolean publishZeros = rules.getZeroPolicy() == ZeroPolicy.PUBLISH;
        boolean[] primary = new boolean[n];
        long[] lb = new long[n];
        long[] cost = new long[n];
        for (int q = 0; q < n; q++) {
            primary[q] = rules.isPrimary(pub.values[q]) || pub.forcedPrimary[q];
            lb[q] = publishZeros && displayed[q] && pub.values[q] > 0 ? 1 : 0;
            cost[q] = rules.getCost().of(pub.values[q]);
        }
        for (Publication.FigureDef f : pub.figures) {
            if (f.denominator >= 0 && pub.values[f.denominator] < rules.getMinimumDenominator()) {
                for (int q : f.reveals) {
                    if (pub.values[q] > 0 || !publishZeros) {
                        primary[q] = true;
                    }
                }
            }
        }
        State s = new State();
        s.primary = primary;
        s.engine = new Engine(pub.values, pub.relations.toArray(new int[0][]), rules.getPivotLimit(),
                rules.getNodeLimit());
        boolean[] inWithheld = new boolean[n];
        while (true) {
            boolean[] hiddenAnyway = new boolean[n];
            boolean[] candidate = new boolean[n];
            for (int q = 0; q < n; q++) {
                hiddenAnyway[q] = !displayed[q] || inWithheld[q];
                candidate[q] = displayed[q] && !inWithheld[q] && pub.withholdable[q]
                        && !(publishZeros && pub.values[q] == 0);
            }
            Engine.Outcome outcome = s.engine.protect(primary, hiddenAnyway, candidate, lb, cost,
                    rules.getProtectionWidth());
            s.hidden = outcome.hidden();
            s.outcome = outcome;
            s.inWithheldTable = inWithheld;
            if (outcome.failing().length == 0) {
                return s;
            }
            boolean progress = false;
            for (int p : outcome.failing()) {
                for (Publication.TableDef t : pub.tables) {
                    if (!s.withheldTables.contains(t.id) && shows(t, p)) {
                        s.withheldTables.add(t.id);
                        progress = true;
                        for (int[] row : t.cells) {
                            for (int q : row) {
                                inWithheld[q] = true;
                            }
                        }
                    }
                }
            }
            if (!progress || s.withheldTables.size() == pub.tables.size()) {
                s.allWithheld = true;
                for (Publication.TableDef t : pub.tables) {
                    s.withheldTables.add(t.id);
                }
                boolean[] all = new boolean[n];
                java.util.Arrays.fill(all, true);
                s.hidden = all;
                java.util.Arrays.fill(inWithheld, true);
                s.inWithheldTable = inWithheld;
                return s;
            }
        }
    }

    private static boolean shows(Publication.TableDef t, int q) {
        for (int[] row : t.cells) {
            for (int c : row) {
                if (c == q) {
                    return true;
                }
            }
        }
        return false;
    }

    private static ProtectedPublication render(Publication pub, DisclosureRules rules, State s,
            Set<String> coarsened) {
        SymbolStyle style = rules.getSymbolStyle();
        Rounding rounding = rules.getRounding();
        EnumSet<Symbol> used = EnumSet.noneOf(Symbol.class);
        List<ProtectedTable> tables = new ArrayList<>();
        Set<Integer> primaries = new java.util.TreeSet<>();
        Set<Integer> secondaries = new java.util.TreeSet<>();
        Set<Integer> withheld = new java.util.TreeSet<>();
        for (Publication.TableDef t : pub.tables) {
            boolean tableWithheld = s.withheldTables.contains(t.id);
            EnumSet<Symbol> here = EnumSet.noneOf(Symbol.class);
            PublishedCell[][] cells = new PublishedCell[t.rows.size()][t.columns.size()];
            boolean fewer = false;
            for (int r = 0; r < cells.length; r++) {
                for (int c = 0; c < cells[r].length; c++) {
                    int q = t.cells[r][c];
                    long v = pub.values[q];
                    if (!s.hidden[q]) {
                        String text = rounding.format(v);
                        fewer |= text.equals(Rounding.FEWER_THAN_FIVE);
                        cells[r][c] = new PublishedCell(CellStatus.SHOWN, text, null, v);
                        continue;
                    }
                    CellStatus status;
                    if (tableWithheld || s.inWithheldTable[q]) {
                        status = CellStatus.WITHHELD;
                        withheld.add(q);
                    } else if (s.primary[q]) {
                        status = CellStatus.PRIMARY;
                        primaries.add(q);
                    } else {
                        status = CellStatus.SECONDARY;
                        secondaries.add(q);
                    }
                    here.add(Symbol.CONFIDENTIAL);
                    cells[r][c] = new PublishedCell(status, style.render(Symbol.CONFIDENTIAL), Symbol.CONFIDENTIAL,
                            -1);
                }
            }
            used.addAll(here);
            List<String> notes = new ArrayList<>();
            if (tableWithheld) {
                notes.add("This table is withheld: it could not be published without letting a small number of"
                        + " people be identified.");
            }
            if (coarsened.contains(t.id)) {
                notes.add("Groups are combined so that fewer figures need to be withheld.");
            }
            if (rounding == Rounding.NEAREST_FIVE) {
                notes.add("Counts are rounded to the nearest 5" + (fewer ? "; \"fewer than 5\" means 1 to 4" : "")
                        + ". Totals are rounded separately, so they may not equal the sum of the rounded counts.");
            }
            tables.add(new ProtectedTable(t.id, t.title, t.rows, t.columns, cells, tableWithheld,
                    coarsened.contains(t.id), legend(here, style), notes));
        }
        Map<String, PublishedCell> figures = new LinkedHashMap<>();
        for (Publication.FigureDef f : pub.figures) {
            PublishedCell cell = figure(f, pub, rules, s, figures);
            cell.getSymbol().ifPresent(used::add);
            figures.put(f.id, cell);
        }
        List<AuditedInterval> audit = new ArrayList<>();
        for (int q : primaries) {
            Engine.Bounds b = java.util.Objects.requireNonNull(s.outcome.audited(q), "the audit of a primary");
            audit.add(new AuditedInterval(pub.names[q], pub.values[q], b.known(), b.lo(), b.hi()));
        }
        long secondaryTotal = 0;
        for (int q : secondaries) {
            secondaryTotal += pub.values[q];
        }
        ProtectionStatus status;
        String reason;
        if (s.allWithheld) {
            status = ProtectionStatus.ALL_WITHHELD;
            reason = "The publication is withheld: no arrangement of its tables could be shown to protect every"
                    + " small count.";
        } else if (!s.withheldTables.isEmpty()) {
            status = ProtectionStatus.TABLES_WITHHELD;
            reason = s.withheldTables.size() + " of " + pub.tables.size() + " tables are withheld; the rest protect"
                    + " every small count to a width of at least " + rules.getProtectionWidth() + ".";
        } else {
            status = ProtectionStatus.PROTECTED;
            reason = "Every small count is protected to a width of at least " + rules.getProtectionWidth() + ": "
                    + primaries.size() + " withheld by the primary rule, " + secondaries.size()
                    + " more to protect them.";
        }
        return new ProtectedPublication(status, reason, tables, java.util.Collections.unmodifiableMap(figures),
                legend(used, style), primaries.size(), secondaries.size(), secondaryTotal, withheld.size(), audit,
                rules);
    }

    private static PublishedCell figure(Publication.FigureDef f, Publication pub, DisclosureRules rules, State s,
            Map<String, PublishedCell> earlier) {
        SymbolStyle style = rules.getSymbolStyle();
        boolean dependencyHidden = false;
        boolean dependencyNotApplicable = false;
        for (int q : f.dependsOn) {
            dependencyHidden |= s.hidden[q];
        }
        for (String id : f.dependsOnFigures) {
            CellStatus status = java.util.Objects.requireNonNull(earlier.get(id), id).getStatus();
            dependencyNotApplicable |= status == CellStatus.NOT_APPLICABLE;
            dependencyHidden |= status != CellStatus.SHOWN && status != CellStatus.NOT_APPLICABLE;
        }
        long den = f.denominator >= 0 ? pub.values[f.denominator] : -1;
        if (den > 0 && den < rules.getMinimumDenominator()) {
            return symbolCell(CellStatus.PRIMARY, Symbol.CONFIDENTIAL, style);
        }
        if (dependencyHidden) {
            return symbolCell(CellStatus.SECONDARY, Symbol.CONFIDENTIAL, style);
        }
        if (den == 0 || dependencyNotApplicable) {
            return symbolCell(CellStatus.NOT_APPLICABLE, Symbol.NOT_APPLICABLE, style);
        }
        if (den >= 0 && den < rules.getLowReliabilityBelow()) {
            return symbolCell(CellStatus.LOW_RELIABILITY, Symbol.LOW_RELIABILITY, style);
        }
        if (f.low) {
            return symbolCell(CellStatus.LOW, Symbol.LOW, style);
        }
        return new PublishedCell(CellStatus.SHOWN, f.text, null, -1);
    }

    private static PublishedCell symbolCell(CellStatus status, Symbol symbol, SymbolStyle style) {
        return new PublishedCell(status, style.render(symbol), symbol, -1);
    }

    private static List<LegendEntry> legend(Set<Symbol> symbols, SymbolStyle style) {
        List<LegendEntry> out = new ArrayList<>();
        for (Symbol sym : symbols) {
            out.add(new LegendEntry(sym, style));
        }
        return out;
    }
}
