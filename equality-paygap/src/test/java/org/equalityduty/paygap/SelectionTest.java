package org.equalityduty.paygap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Selection on decimals puts the value of each rank where a sort would, with no larger value before it and no smaller
 * after, touches nothing outside its range and loses no value. Expected values are read off a sorted copy (an
 * independent computation, {@code Arrays.sort}) or worked by hand in the comment.
 */
class SelectionTest {

    private static BigDecimal[] decimals(String... values) {
        BigDecimal[] out = new BigDecimal[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = new BigDecimal(values[i]);
        }
        return out;
    }

    /** Selects rank k of a copy's range [lo, hi) and checks it against a sorted copy of the same range. */
    private static void check(BigDecimal[] a, int lo, int hi, int k) {
        BigDecimal[] work = a.clone();
        Selection.select(work, lo, hi, k);
        BigDecimal[] sorted = Arrays.copyOfRange(a, lo, hi);
        Arrays.sort(sorted);
        String where = "rank " + k + " of [" + lo + ", " + hi + ") in " + Arrays.toString(a);
        assertEquals(0, sorted[k - lo].compareTo(work[k]), where);
        for (int i = lo; i < hi; i++) {
            if (i < k) {
                assertTrue(work[i].compareTo(work[k]) <= 0, where + ": " + work[i] + " before it");
            } else if (i > k) {
                assertTrue(work[i].compareTo(work[k]) >= 0, where + ": " + work[i] + " after it");
            }
        }
        for (int i = 0; i < a.length; i++) {
            if (i < lo || i >= hi) {
                assertSame(a[i], work[i], where + ": position " + i + " is outside the range");
            }
        }
        BigDecimal[] kept = Arrays.copyOfRange(work, lo, hi);
        Arrays.sort(kept);
        assertArrayEquals(sorted, kept, where + ": the same values");
    }

    /** Random arrays of 0 to 80 values, few distinct (many ties) or many, every rank of whole and partial ranges. */
    @Test
    void everyRankOfRandomArraysMatchesASort() {
        SplittableRandom random = new SplittableRandom(2017);
        for (int round = 0; round < 150; round++) {
            int n = random.nextInt(81);
            int distinct = random.nextBoolean() ? 1 + random.nextInt(4) : 1000;
            BigDecimal[] a = new BigDecimal[n];
            for (int i = 0; i < n; i++) {
                a[i] = BigDecimal.valueOf(random.nextInt(distinct) * 25L + 1000, 2);
            }
            int lo = n == 0 ? 0 : random.nextInt(Math.max(1, n / 4));
            int hi = n - (n - lo == 0 ? 0 : random.nextInt(Math.max(1, (n - lo) / 4)));
            for (int k = lo; k < hi; k++) {
                check(a, 0, n, k);
                check(a, lo, hi, k);
            }
        }
    }

    /**
     * By hand, 17 values (one more than the insertion sort's limit, so one partition runs): 17, 16, ..., 1. Rank 0 is
     * 1, rank 8 is 9, rank 16 is 17. And each of 17 values in ascending order, and all equal.
     */
    @Test
    void seventeenValuesByHand() {
        BigDecimal[] descending = new BigDecimal[17];
        BigDecimal[] ascending = new BigDecimal[17];
        BigDecimal[] equal = new BigDecimal[17];
        for (int i = 0; i < 17; i++) {
            descending[i] = BigDecimal.valueOf(17 - i);
            ascending[i] = BigDecimal.valueOf(i + 1);
            equal[i] = new BigDecimal("12.50");
        }
        for (int k : new int[] {0, 8, 16}) {
            BigDecimal[] work = descending.clone();
            Selection.select(work, 0, 17, k);
            assertEquals(BigDecimal.valueOf(k + 1), work[k]);
        }
        for (int k = 0; k < 17; k++) {
            check(descending, 0, 17, k);
            check(ascending, 0, 17, k);
            check(equal, 0, 17, k);
        }
    }

    /**
     * Small ranges are sorted by insertion: 5, 1, 4, 2, 3 has 1 at rank 0 and 5 at rank 4 (by hand), the smallest value
     * moving to the front of the range from its end, and a range of one value is left as it is.
     */
    @Test
    void smallRangesByHand() {
        BigDecimal[] a = decimals("5", "1", "4", "2", "3");
        Selection.select(a, 0, 5, 0);
        assertArrayEquals(decimals("1", "2", "3", "4", "5"), a);
        BigDecimal[] b = decimals("9", "3", "2", "1", "0");
        // Only [1, 4) is selected in: 3, 2, 1 sorted, the 9 and the 0 outside stay.
        Selection.select(b, 1, 4, 1);
        assertArrayEquals(decimals("9", "1", "2", "3", "0"), b);
        BigDecimal[] one = decimals("7");
        Selection.select(one, 0, 1, 0);
        assertArrayEquals(decimals("7"), one);
    }

    /**
     * Medians by hand: 3, 1, 2 is 2; 4, 1, 3, 2 is (2 + 3) / 2 = 2.5; 10.05 and 12 is 11.025; the values past n
     * (a column's spare capacity) are not read. And 40 values 1..40 shuffled: (20 + 21) / 2 = 20.5; 41 values: 21.
     */
    @Test
    void mediansByHand() {
        assertEquals(0, new BigDecimal("2").compareTo(Selection.median(decimals("3", "1", "2"), 3)));
        assertEquals(0, new BigDecimal("2.5").compareTo(Selection.median(decimals("4", "1", "3", "2"), 4)));
        assertEquals(0, new BigDecimal("11.025").compareTo(Selection.median(new BigDecimal[] {
            new BigDecimal("12"), new BigDecimal("10.05"), null, null}, 2)));
        assertEquals(0, new BigDecimal("7").compareTo(Selection.median(new BigDecimal[] {new BigDecimal("7"), null},
                1)));
        SplittableRandom random = new SplittableRandom(353);
        for (int n : new int[] {40, 41}) {
            BigDecimal[] a = new BigDecimal[n];
            for (int i = 0; i < n; i++) {
                a[i] = BigDecimal.valueOf(i + 1);
            }
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                BigDecimal t = a[i];
                a[i] = a[j];
                a[j] = t;
            }
            assertEquals(0, new BigDecimal(n == 40 ? "20.5" : "21").compareTo(Selection.median(a, n)), "n " + n);
        }
    }

    /** Medians of random arrays against a sorted copy: the middle value, or the mean of the two middle values. */
    @Test
    void mediansOfRandomArraysMatchASort() {
        SplittableRandom random = new SplittableRandom(172);
        for (int round = 0; round < 300; round++) {
            int n = 1 + random.nextInt(90);
            int distinct = random.nextBoolean() ? 1 + random.nextInt(5) : 100_000;
            BigDecimal[] a = new BigDecimal[n];
            for (int i = 0; i < n; i++) {
                a[i] = BigDecimal.valueOf(random.nextInt(distinct) + 900, 1);
            }
            BigDecimal[] sorted = a.clone();
            Arrays.sort(sorted);
            BigDecimal expected = n % 2 == 1 ? sorted[n / 2]
                    : sorted[n / 2 - 1].add(sorted[n / 2]).divide(BigDecimal.valueOf(2));
            assertEquals(0, expected.compareTo(Selection.median(a.clone(), n)), Arrays.toString(a));
        }
    }

    /**
     * The fall-back to a sort. McIlroy's adversary ("A killer adversary for quicksort", Software: Practice and
     * Experience 29(4), 1999) decides each comparison as it is made so that every pivot is the smallest value left:
     * each partition then removes one value, and after 2 x 10 partitions of 1,000 values (the depth limit) the rest
     * must be sorted. The values it settled on are then selected in as plain decimals, which take the same path,
     * and the largest must come out at the last rank.
     */
    @Test
    void unbalancedPartitionsFallBackToASort() {
        int n = 1000;
        Adversary adversary = new Adversary(n);
        BigDecimal[] gas = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            gas[i] = new Adversary.Item(adversary, i);
        }
        Selection.select(gas, 0, n, n - 1);
        BigDecimal[] settled = adversary.settled();
        for (int k : new int[] {n - 1, n - 2, n - 40}) {
            check(settled, 0, n, k);
        }
        BigDecimal[] work = settled.clone();
        Selection.select(work, 0, n, n - 1);
        assertEquals(BigDecimal.valueOf(n - 1), work[n - 1]);
        // The sort leaves the whole remaining range in order, by the adversary's values: n - 1 at the end.
        for (int i = n - 900; i < n; i++) {
            assertTrue(work[i - 1].compareTo(work[i]) <= 0, "sorted at " + i);
        }
    }

    /** McIlroy's adversary: values are "gas" (above every settled value) until a comparison needs them settled. */
    private static final class Adversary {
        private final int[] value;
        private final int gas;
        private int settledCount;
        private int candidate = -1;

        Adversary(int n) {
            value = new int[n];
            gas = n;
            Arrays.fill(value, gas);
        }

        int compare(int x, int y) {
            if (value[x] == gas && value[y] == gas) {
                value[x == candidate ? x : y] = settledCount++;
            }
            if (value[x] == gas) {
                candidate = x;
            } else if (value[y] == gas) {
                candidate = y;
            }
            return Integer.compare(value[x], value[y]);
        }

        /** The values as settled, the rest given the next values in order: each item at its first position. */
        BigDecimal[] settled() {
            int next = settledCount;
            BigDecimal[] out = new BigDecimal[value.length];
            for (int i = 0; i < value.length; i++) {
                out[i] = BigDecimal.valueOf(value[i] == gas ? next++ : value[i]);
            }
            return out;
        }

        /** A decimal whose comparisons the adversary decides (equal to its index otherwise; never leaves the test). */
        static final class Item extends BigDecimal {
            private static final long serialVersionUID = 1L;
            private final transient Adversary adversary;
            private final int index;

            Item(Adversary adversary, int index) {
                super(index);
                this.adversary = adversary;
                this.index = index;
            }

            @Override
            public int compareTo(BigDecimal other) {
                return adversary.compare(index, ((Item) other).index);
            }

            @Override
            public boolean equals(Object o) {
                return o instanceof Item i && i.index == index;
            }

            @Override
            public int hashCode() {
                return index;
            }
        }
    }
}
