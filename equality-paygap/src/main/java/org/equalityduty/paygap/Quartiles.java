package org.equalityduty.paygap;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The quartile pay bands of SI 2017/172 reg 13, for any number of categories (men and women; or ethnic groups).
 *
 * <p><b>Band sizes.</b> Employees are ranked from lowest to highest hourly pay (reg 13(1) step 1) and band k (1 to 4)
 * ends at rank ceil(k x n / 4). So the bands are as equal as possible and the leftover employees go, as the
 * guidance describes, one to the lower band; two to the lower and upper middle bands; three to the lower, lower
 * middle and upper middle bands.
 *
 * <p><b>Tied rates (reg 13(2)).</b> Where employees on the same hourly rate fall in more than one band, each band's
 * share of that rate's employees is given the rate's own mix of categories, so far as whole people allow: for each
 * band in turn, from the lowest, the band's places at that rate are shared among the categories in proportion to
 * the employees of each category still to place, by largest remainder (ties to the category with more still to
 * place, then to the earlier category). The result depends only on the counts, never on the input order.
 *
 * <p>Boundaries are found by selection, not by sorting: radix selection in place on primitive columns (linear time),
 * introselect on a copy for decimals (expected linear time).
 */
final class Quartiles {
    static final int BANDS = 4;

    private Quartiles() {
    }

    /** Ends of bands 1..4 as 1-based ranks: ceil(k n / 4). */
    static long[] ends(long n) {
        long[] ends = new long[BANDS + 1];
        for (int k = 1; k <= BANDS; k++) {
            ends[k] = (k * n + BANDS - 1) / BANDS;
        }
        return ends;
    }

    /**
     * Counts each category in each band.
     *
     * @param columns  per category, the hourly rates; a column's values may be reordered
     * @return {@code counts[band][category]}, bands 0 (lower) to 3 (upper)
     */
    static long[][] counts(Column[] columns) {
        int[] sizes = new int[columns.length];
        boolean primitive = true;
        for (int c = 0; c < columns.length; c++) {
            sizes[c] = columns[c].size;
            primitive &= columns[c].isPrimitive();
        }
        if (primitive) {
            long[][] rates = new long[columns.length][];
            for (int c = 0; c < columns.length; c++) {
                rates[c] = columns[c].scaled;
            }
            return counts(rates, sizes);
        }
        BigDecimal[][] rates = new BigDecimal[columns.length][];
        for (int c = 0; c < columns.length; c++) {
            rates[c] = columns[c].decimals();
        }
        return counts(rates, sizes);
    }

    /** As {@link #counts(Column[])}, on decimals. */
    private static long[][] counts(BigDecimal[][] rates, int[] sizes) {
        int categories = sizes.length;
        long[][] counts = new long[BANDS][categories];
        int n = 0;
        for (int s : sizes) {
            n += s;
        }
        if (n == 0) {
            return counts;
        }
        BigDecimal[] all = new BigDecimal[n];
        int at = 0;
        for (int c = 0; c < categories; c++) {
            System.arraycopy(rates[c], 0, all, at, sizes[c]);
            at += sizes[c];
        }
        long[] ends = ends(n);
        // Boundary k (1..3) lies between ranks ends[k] and ends[k] + 1; only boundaries inside the ranking count.
        List<BigDecimal> lastBelow = new ArrayList<>();
        List<BigDecimal> straddling = new ArrayList<>();
        int from = 0;
        for (int k = 1; k < BANDS; k++) {
            int below = (int) ends[k] - 1;
            if (ends[k] >= n) {
                break;
            }
            if (below >= from) {
                Selection.select(all, from, n, below);
            }
            int above = below + 1;
            Selection.select(all, above, n, above);
            from = above;
            lastBelow.add(all[below]);
            if (all[below].compareTo(all[above]) == 0 && !contains(straddling, all[below])) {
                straddling.add(all[below]);
            }
        }
        all = null;
        int t = straddling.size();
        long[][] tied = new long[t][categories];
        long[] lower = new long[t];
        for (int c = 0; c < categories; c++) {
            BigDecimal[] r = rates[c];
            for (int i = 0; i < sizes[c]; i++) {
                BigDecimal v = r[i];
                int tie = -1;
                for (int s = 0; s < t; s++) {
                    int cmp = v.compareTo(straddling.get(s));
                    if (cmp == 0) {
                        tie = s;
                    } else if (cmp < 0) {
                        lower[s]++;
                    }
                }
                if (tie >= 0) {
                    tied[tie][c]++;
                    continue;
                }
                int band = 0;
                for (BigDecimal b : lastBelow) {
                    if (v.compareTo(b) > 0) {
                        band++;
                    }
                }
                counts[band][c]++;
            }
        }
        for (int s = 0; s < t; s++) {
            allocate(tied[s], lower[s], ends, counts);
        }
        return counts;
    }

    /** As {@link #counts(Column[])}, on primitive values (fast: no pointer chasing; radix selection in place). */
    private static long[][] counts(long[][] rates, int[] sizes) {
        int categories = sizes.length;
        long[][] counts = new long[BANDS][categories];
        int n = 0;
        for (int s : sizes) {
            n += s;
        }
        if (n == 0) {
            return counts;
        }
        long[] ends = ends(n);
        // Boundary k (1..3) lies between ranks ends[k] and ends[k] + 1; only boundaries inside the ranking count.
        int boundaries = 0;
        while (boundaries < BANDS - 1 && ends[boundaries + 1] < n) {
            boundaries++;
        }
        int[] ranks = new int[2 * boundaries];
        for (int k = 0; k < boundaries; k++) {
            ranks[2 * k] = (int) ends[k + 1] - 1;
            ranks[2 * k + 1] = (int) ends[k + 1];
        }
        long[] around = RadixSelect.select(rates, sizes, ranks);
        long[] lastBelow = new long[boundaries];
        // The straddling rates, each with the first boundary it spans (where its band would start).
        long[] straddling = new long[boundaries];
        int[] firstBoundary = new int[boundaries];
        int t = 0;
        for (int k = 0; k < boundaries; k++) {
            long low = around[2 * k];
            lastBelow[k] = low;
            if (low == around[2 * k + 1] && (t == 0 || straddling[t - 1] != low)) {
                firstBoundary[t] = k;
                straddling[t++] = low;
            }
        }
        // One pass, no branch on the data: per category, how many rates are at most, and below, each boundary's rate
        // (three boundaries always, the missing ones at the largest long, their counts unused).
        long[] x = {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE};
        System.arraycopy(lastBelow, 0, x, 0, boundaries);
        long[][] atMost = new long[categories][];
        long[][] below = new long[categories][];
        for (int c = 0; c < categories; c++) {
            long[] r = rates[c];
            long x0 = x[0];
            long x1 = x[1];
            long x2 = x[2];
            long le0 = 0;
            long le1 = 0;
            long le2 = 0;
            long lt0 = 0;
            long lt1 = 0;
            long lt2 = 0;
            for (int i = 0; i < sizes[c]; i++) {
                long v = r[i];
                le0 += v <= x0 ? 1 : 0;
                le1 += v <= x1 ? 1 : 0;
                le2 += v <= x2 ? 1 : 0;
                lt0 += v < x0 ? 1 : 0;
                lt1 += v < x1 ? 1 : 0;
                lt2 += v < x2 ? 1 : 0;
            }
            atMost[c] = new long[] {le0, le1, le2};
            below[c] = new long[] {lt0, lt1, lt2};
        }
        // A rate's band is the number of boundary rates below it: band b holds the rates above boundary b - 1's rate
        // and at most boundary b's. A straddling rate's employees are taken out of the band they would start in and
        // shared by reg 13(2).
        for (int c = 0; c < categories; c++) {
            long previous = 0;
            for (int b = 0; b <= boundaries; b++) {
                long upTo = b < boundaries ? atMost[c][b] : sizes[c];
                counts[b][c] += upTo - previous;
                previous = upTo;
            }
        }
        for (int s = 0; s < t; s++) {
            int k = firstBoundary[s];
            long[] tied = new long[categories];
            long lower = 0;
            for (int c = 0; c < categories; c++) {
                tied[c] = atMost[c][k] - below[c][k];
                lower += below[c][k];
                counts[k][c] -= tied[c];
            }
            allocate(tied, lower, ends, counts);
        }
        return counts;
    }

    private static boolean contains(List<BigDecimal> values, BigDecimal v) {
        for (BigDecimal x : values) {
            if (x.compareTo(v) == 0) {
                return true;
            }
        }
        return false;
    }

    /** Places a group on one rate, ranks (before, before + size], across the bands it spans (reg 13(2)). */
    static void allocate(long[] group, long before, long[] ends, long[][] counts) {
        int categories = group.length;
        long[] remaining = group.clone();
        long total = 0;
        for (long g : group) {
            total += g;
        }
        long first = before + 1;
        long last = before + total;
        for (int band = 0; band < BANDS && total > 0; band++) {
            long places = Math.min(last, ends[band + 1]) - Math.max(first, ends[band] + 1) + 1;
            if (places <= 0) {
                continue;
            }
            long[] share = new long[categories];
            long[] remainder = new long[categories];
            long given = 0;
            for (int c = 0; c < categories; c++) {
                long product = remaining[c] * places;
                share[c] = product / total;
                remainder[c] = product % total;
                given += share[c];
            }
            for (long extra = places - given; extra > 0; extra--) {
                int best = -1;
                for (int c = 0; c < categories; c++) {
                    if (share[c] >= remaining[c]) {
                        continue;
                    }
                    if (best < 0 || remainder[c] > remainder[best]
                            || (remainder[c] == remainder[best] && remaining[c] > remaining[best])) {
                        best = c;
                    }
                }
                share[best]++;
                remainder[best] = -1;
            }
            for (int c = 0; c < categories; c++) {
                counts[band][c] += share[c];
                remaining[c] -= share[c];
            }
            total -= places;
        }
    }
}
