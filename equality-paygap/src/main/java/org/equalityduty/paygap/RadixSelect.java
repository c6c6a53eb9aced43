package org.equalityduty.paygap;

/**
 * Order statistics of {@code long} values by radix selection, reading the values in place (never reordering or
 * copying them all).
 *
 * <p>One pass finds the least and greatest value; a second counts the values into at most 2^14 buckets of equal
 * width spanning them; the buckets holding the wanted ranks are found from the counts, and a third pass copies out
 * only the values in those buckets. The search repeats inside each copied bucket, whose range is narrower by a
 * factor of at least 2^13, until the buckets are one value wide and the counts give the answer directly. So a range of
 * {@code long}s needs at most five levels, each linear in its input plus 2^14: linear time whatever the values (many
 * ties, sorted, reversed or adversarial), never quadratic, and no sort. Pay in hundredths of a penny spans fewer than
 * 2^30 units, so it takes two levels, the second on the few thousand values sharing a wanted bucket.
 */
final class RadixSelect {
    /** Bits of the value range resolved per level: 2^14 + 1 counts (64 KiB) stay in a core's cache. */
    private static final int BITS = 14;

    private RadixSelect() {
    }

    /**
     * The values at some ranks of the values of several columns taken together.
     *
     * @param columns  the values, column {@code c} in {@code columns[c][0, sizes[c])}; not changed
     * @param sizes  the number of values in each column
     * @param ranks  0-based ranks in the values taken together, each from 0 to their number - 1
     * @return the value at each rank, in the order of {@code ranks}
     */
    static long[] select(long[][] columns, int[] sizes, int[] ranks) {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int c = 0; c < columns.length; c++) {
            long[] column = columns[c];
            for (int i = 0; i < sizes[c]; i++) {
                min = Math.min(min, column[i]);
                max = Math.max(max, column[i]);
            }
        }
        long[] out = new long[ranks.length];
        select(columns, sizes, min, max, ranks, out);
        return out;
    }

    /** One level: every value lies in [min, max]; fills {@code out[i]} with the value at {@code ranks[i]}. */
    private static void select(long[][] columns, int[] sizes, long min, long max, int[] ranks, long[] out) {
        // The width of the range in unsigned arithmetic (max - min may exceed Long.MAX_VALUE).
        long range = max - min;
        int shift = Math.max(0, 64 - Long.numberOfLeadingZeros(range) - BITS);
        int buckets = (int) (range >>> shift) + 1;
        // start[b] = the number of values in buckets before b, once the counts are summed.
        int[] start = new int[buckets + 1];
        for (int c = 0; c < columns.length; c++) {
            long[] column = columns[c];
            for (int i = 0; i < sizes[c]; i++) {
                start[(int) ((column[i] - min) >>> shift) + 1]++;
            }
        }
        for (int b = 0; b < buckets; b++) {
            start[b + 1] += start[b];
        }
        int[] bucketOf = new int[ranks.length];
        for (int i = 0; i < ranks.length; i++) {
            bucketOf[i] = bucketOfRank(start, buckets, ranks[i]);
        }
        if (shift == 0) {
            // Every bucket is one value wide.
            for (int i = 0; i < ranks.length; i++) {
                out[i] = min + bucketOf[i];
            }
            return;
        }
        // Number the wanted buckets 1..w (slot[b], 0 for the others) and copy out their values in one pass.
        int[] slot = new int[buckets];
        int[] wanted = new int[ranks.length];
        int w = 0;
        for (int b : bucketOf) {
            if (slot[b] == 0) {
                wanted[w] = b;
                slot[b] = ++w;
            }
        }
        long[][] held = new long[w][];
        int[] filled = new int[w];
        for (int s = 0; s < w; s++) {
            held[s] = new long[start[wanted[s] + 1] - start[wanted[s]]];
        }
        for (int c = 0; c < columns.length; c++) {
            long[] column = columns[c];
            for (int i = 0; i < sizes[c]; i++) {
                long v = column[i];
                int s = slot[(int) ((v - min) >>> shift)];
                if (s != 0) {
                    held[s - 1][filled[s - 1]++] = v;
                }
            }
        }
        for (int s = 0; s < w; s++) {
            int b = wanted[s];
            int count = 0;
            for (int bucket : bucketOf) {
                if (bucket == b) {
                    count++;
                }
            }
            int[] inner = new int[count];
            int k = 0;
            for (int i = 0; i < ranks.length; i++) {
                if (bucketOf[i] == b) {
                    inner[k++] = ranks[i] - start[b];
                }
            }
            long[] found = new long[count];
            long low = min + ((long) b << shift);
            select(new long[][] {held[s]}, new int[] {held[s].length}, low, low + ((1L << shift) - 1), inner, found);
            k = 0;
            for (int i = 0; i < ranks.length; i++) {
                if (bucketOf[i] == b) {
                    out[i] = found[k++];
                }
            }
        }
    }

    /** The bucket holding a rank: the last b with start[b] at most the rank (buckets may be empty). */
    private static int bucketOfRank(int[] start, int buckets, int rank) {
        int lo = 0;
        int hi = buckets - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (start[mid] <= rank) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
