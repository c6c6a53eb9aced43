package org.equalityduty.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Small random publications for the intruder tests: one-way and two-way tables with margins, tables linked by a
 * shared group size, tables sharing their rows, a trust's table as the sum of two schools', and a one-way table
 * with a subtotal. Each case knows its own structure (independently of the library's model) so that the
 * {@link Intruder} can be told what a reader knows.
 */
final class RandomPublications {
    /** A generated publication and how to brief the intruder on its published form. */
    record Case(String kind, Publication publication, Function<ProtectedPublication, Intruder> brief) {
    }

    private RandomPublications() {
    }

    static long count(Random rnd) {
        int u = rnd.nextInt(100);
        if (u < 8) {
            return 0;
        }
        if (u < 38) {
            return 1 + rnd.nextInt(9);
        }
        return 10 + rnd.nextInt(50);
    }

    static long[][] interior(Random rnd, int rows, int cols) {
        long[][] x = new long[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                x[r][c] = count(rnd);
            }
        }
        return x;
    }

    /** The interior with a total column and a total row (grand total in the corner). */
    static long[][] withMargins(long[][] x) {
        int rows = x.length;
        int cols = x[0].length;
        long[][] f = new long[rows + 1][cols + 1];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                f[r][c] = x[r][c];
                f[r][cols] += x[r][c];
                f[rows][c] += x[r][c];
                f[rows][cols] += x[r][c];
            }
        }
        return f;
    }

    /** A one-column table with its total row. */
    static long[][] oneWay(long[][] x) {
        long[][] f = new long[x.length + 1][1];
        for (int r = 0; r < x.length; r++) {
            f[r][0] = x[r][0];
            f[x.length][0] += x[r][0];
        }
        return f;
    }

    static String[] labels(String prefix, int n) {
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = prefix + i;
        }
        return out;
    }

    static Case generate(long seed, boolean zerosPublished) {
        Random rnd = new Random(seed);
        int kind = rnd.nextInt(6);
        int rows = 2 + rnd.nextInt(3);
        int cols = 2 + rnd.nextInt(3);
        Publication.Builder b = Publication.builder();
        switch (kind) {
            case 0 -> {
                long[][] x = interior(rnd, rows + 1, 1);
                b.table("a", "one-way").rows(labels("r", rows + 1)).columns("n").counts(x).totalRow().add();
                long[][] full = oneWay(x);
                return new Case("one-way", b.build(), out -> {
                    Intruder i = new Intruder(zerosPublished);
                    i.table(full, out.getTable("a"), true, false);
                    return i;
                });
            }
            case 1 -> {
                long[][] x = interior(rnd, rows, cols);
                b.table("a", "two-way").rows(labels("r", rows)).columns(labels("c", cols)).counts(x).totals().add();
                return new Case("two-way", b.build(), out -> {
                    Intruder i = new Intruder(zerosPublished);
                    i.table(withMargins(x), out.getTable("a"), true, true);
                    return i;
                });
            }
            case 2 -> {
                // The same groups' sizes in a second, one-way table.
                long[][] x = interior(rnd, rows, cols);
                long[][] f = withMargins(x);
                long[][] sizes = new long[rows][1];
                for (int r = 0; r < rows; r++) {
                    sizes[r][0] = f[r][cols];
                }
                b.table("a", "by group and outcome").rows(labels("r", rows)).columns(labels("c", cols)).counts(x)
                        .totals().add();
                b.table("s", "group sizes").rows(labels("r", rows)).columns("n").counts(sizes).totalRow().add();
                for (int r = 0; r < rows; r++) {
                    b.link(CellRef.of("a", "r" + r, "Total"), CellRef.of("s", "r" + r, "n"));
                }
                b.link(CellRef.of("a", "Total", "Total"), CellRef.of("s", "Total", "n"));
                return new Case("linked sizes", b.build(), out -> {
                    Intruder i = new Intruder(zerosPublished);
                    i.table(f, out.getTable("a"), true, true);
                    i.table(oneWay(sizes), out.getTable("s"), true, false);
                    for (int r = 0; r < rows; r++) {
                        i.link(new Intruder.Pos(0, r, cols), new Intruder.Pos(1, r, 0));
                    }
                    i.link(new Intruder.Pos(0, rows, cols), new Intruder.Pos(1, rows, 0));
                    return i;
                });
            }
            case 3 -> {
                // Two tables of the same groups by different outcomes: the row totals (group sizes) are shared.
                long[][] x = interior(rnd, rows, cols);
                int cols2 = 2;
                long[][] y = new long[rows][cols2];
                for (int r = 0; r < rows; r++) {
                    long total = 0;
                    for (long v : x[r]) {
                        total += v;
                    }
                    y[r][0] = rnd.nextInt((int) total + 1);
                    y[r][1] = total - y[r][0];
                }
                b.table("a", "outcome A").rows(labels("r", rows)).columns(labels("c", cols)).counts(x).totals().add();
                b.table("b", "outcome B").rows(labels("r", rows)).columns("yes", "no").counts(y).totals().add();
                for (int r = 0; r < rows; r++) {
                    b.link(CellRef.of("a", "r" + r, "Total"), CellRef.of("b", "r" + r, "Total"));
                }
                b.link(CellRef.of("a", "Total", "Total"), CellRef.of("b", "Total", "Total"));
                return new Case("shared rows", b.build(), out -> {
                    Intruder i = new Intruder(zerosPublished);
                    i.table(withMargins(x), out.getTable("a"), true, true);
                    i.table(withMargins(y), out.getTable("b"), true, true);
                    for (int r = 0; r <= rows; r++) {
                        i.link(new Intruder.Pos(0, r, cols), new Intruder.Pos(1, r, cols2));
                    }
                    return i;
                });
            }
            case 4 -> {
                // A trust's table is the sum of its two schools' tables, cell by cell.
                int r2 = Math.min(rows, 3);
                int c2 = Math.min(cols, 3);
                long[][] x = interior(rnd, r2, c2);
                long[][] y = interior(rnd, r2, c2);
                long[][] t = new long[r2][c2];
                for (int r = 0; r < r2; r++) {
                    for (int c = 0; c < c2; c++) {
                        t[r][c] = x[r][c] + y[r][c];
                    }
                }
                String[] rl = labels("r", r2);
                String[] cl = labels("c", c2);
                b.table("s1", "school 1").rows(rl).columns(cl).counts(x).totals().add();
                b.table("s2", "school 2").rows(rl).columns(cl).counts(y).totals().add();
                b.table("t", "trust").rows(rl).columns(cl).counts(t).totals().add();
                for (int r = 0; r < r2; r++) {
                    for (int c = 0; c < c2; c++) {
                        b.sum(CellRef.of("t", rl[r], cl[c]), CellRef.of("s1", rl[r], cl[c]),
                                CellRef.of("s2", rl[r], cl[c]));
                    }
                }
                return new Case("trust of schools", b.build(), out -> {
                    Intruder i = new Intruder(zerosPublished);
                    i.table(withMargins(x), out.getTable("s1"), true, true);
                    i.table(withMargins(y), out.getTable("s2"), true, true);
                    i.table(withMargins(t), out.getTable("t"), true, true);
                    for (int r = 0; r < r2; r++) {
                        for (int c = 0; c < c2; c++) {
                            i.sum(new Intruder.Pos(2, r, c), List.of(new Intruder.Pos(0, r, c), new Intruder.Pos(1, r, c)));
                        }
                    }
                    return i;
                });
            }
            default -> {
                // A one-way table with a subtotal row over its first two rows, then the total.
                int n = rows + 2;
                long[][] x = interior(rnd, n, 1);
                b.table("h", "hierarchy").rows(labels("r", n)).columns("n").counts(x).subtotalRow("S", "r0", "r1")
                        .totalRow().add();
                long[][] full = new long[n + 2][1];
                long total = 0;
                for (int r = 0; r < n; r++) {
                    full[r][0] = x[r][0];
                    total += x[r][0];
                }
                full[n][0] = x[0][0] + x[1][0];
                full[n + 1][0] = total;
                return new Case("subtotal", b.build(), out -> {
                    Intruder i = new Intruder(zerosPublished);
                    i.table(full, out.getTable("h"), false, false);
                    List<Intruder.Pos> all = new ArrayList<>();
                    for (int r = 0; r < n; r++) {
                        all.add(new Intruder.Pos(0, r, 0));
                    }
                    i.sum(new Intruder.Pos(0, n + 1, 0), all);
                    i.sum(new Intruder.Pos(0, n, 0), List.of(new Intruder.Pos(0, 0, 0), new Intruder.Pos(0, 1, 0)));
                    return i;
                });
            }
        }
    }
}
