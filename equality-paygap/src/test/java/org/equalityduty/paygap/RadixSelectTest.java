package org.equalityduty.paygap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Radix selection gives the value a sort would put at each rank, for any values, across several columns, without
 * changing them. Expected values are read off a sorted copy (an independent computation) or worked by hand.
 */
class RadixSelectTest {

    static long[] bySort(long[][] columns, int[] sizes, int[] ranks) {
        long[] all = new long[Arrays.stream(sizes).sum()];
        int at = 0;
        for (int c = 0; c < columns.length; c++) {
            System.arraycopy(columns[c], 0, all, at, sizes[c]);
            at += sizes[c];
        }
        Arrays.sort(all);
        long[] out = new long[ranks.length];
        for (int i = 0; i < ranks.length; i++) {
            out[i] = all[ranks[i]];
        }
        return out;
    }

    static void check(long[][] columns, int[] sizes, int... ranks) {
        long[][] before = new long[columns.length][];
        for (int c = 0; c < columns.length; c++) {
            before[c] = columns[c].clone();
        }
        assertArrayEquals(bySort(columns, sizes, ranks), RadixSelect.select(columns, sizes, ranks));
        for (int c = 0; c < columns.length; c++) {
            assertArrayEquals(before[c], columns[c], "column " + c + " unchanged");
        }
    }

    /** By hand: 7, 3, 9 and 3, 1 (the last value of the second column is past its size) sort to 1, 3, 3, 7, 9. */
    @Test
    void smallColumnsByHand() {
        long[][] columns = {{7, 3, 9}, {3, 1, 100}};
        assertArrayEquals(new long[] {1, 3, 3, 7, 9, 3}, RadixSelect.select(columns, new int[] {3, 2},
                new int[] {0, 1, 2, 3, 4, 2}));
    }

    /** The full range of longs takes five levels of 14 bits; the extremes and their neighbours come out exactly. */
    @Test
    void extremeValues() {
        long[] values = {Long.MAX_VALUE, Long.MIN_VALUE, 0, -1, 1, Long.MAX_VALUE - 1, Long.MIN_VALUE + 1,
            Long.MAX_VALUE};
        check(new long[][] {values}, new int[] {values.length}, 0, 1, 2, 3, 4, 5, 6, 7);
        assertArrayEquals(new long[] {Long.MIN_VALUE, Long.MAX_VALUE}, RadixSelect.select(new long[][] {values},
                new int[] {values.length}, new int[] {0, 7}));
    }

    /** Every value equal, one value, and a crowd near one value with a far outlier (all in one first-level bucket). */
    @Test
    void tiesAndCrowds() {
        long[] same = new long[1000];
        Arrays.fill(same, 114_400);
        check(new long[][] {same}, new int[] {1000}, 0, 499, 500, 999);
        check(new long[][] {{42}}, new int[] {1}, 0);
        long[] crowd = new long[5000];
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < crowd.length; i++) {
            crowd[i] = 100_000 + random.nextInt(50);
        }
        crowd[17] = 1_000_000_000_000L;
        check(new long[][] {crowd}, new int[] {crowd.length}, 0, 1249, 1250, 2499, 2500, 4998, 4999);
    }

    /** Pay-like columns: many employees on a few spine points, the rest spread; the quartile and median ranks. */
    @Test
    void payLikeColumns() {
        SplittableRandom random = new SplittableRandom(15);
        long[][] columns = new long[2][20_001];
        int[] sizes = {20_001, 15_000};
        for (long[] column : columns) {
            for (int i = 0; i < column.length; i++) {
                column[i] = random.nextInt(10) < 7 ? 114_400 + 2_500L * random.nextInt(150)
                        : 114_400 + 100L * random.nextInt(4_900);
            }
        }
        int n = sizes[0] + sizes[1];
        check(columns, sizes, n / 4 - 1, n / 4, n / 2 - 1, n / 2, 3 * n / 4 - 1, 3 * n / 4, 0, n - 1);
    }
}
