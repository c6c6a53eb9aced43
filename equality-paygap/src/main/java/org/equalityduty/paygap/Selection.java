package org.equalityduty.paygap;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * Order statistics of decimals by selection: introselect with a three-way partition (many employees share a rate, and
 * equal keys must not degrade it), falling back to a sort of the remaining range if the partitions stay unbalanced.
 * Expected linear time; never quadratic. Reorders the array it is given. (Columns of primitive values use
 * {@link RadixSelect}, which is faster and reads them in place.)
 */
final class Selection {
    private static final int SMALL = 16;

    private Selection() {
    }

    /**
     * Rearranges {@code a[lo, hi)} so that {@code a[k]} holds the value of rank {@code k} in it, with no larger value
     * before it and no smaller value after it.
     */
    static void select(BigDecimal[] a, int lo, int hi, int k) {
        int depth = 2 * (32 - Integer.numberOfLeadingZeros(hi - lo));
        while (hi - lo > SMALL) {
            if (depth-- == 0) {
                Arrays.sort(a, lo, hi);
                return;
            }
            BigDecimal pivot = median3(a[lo], a[(lo + hi) >>> 1], a[hi - 1]);
            int lt = lo;
            int i = lo;
            int gt = hi - 1;
            while (i <= gt) {
                int c = a[i].compareTo(pivot);
                if (c < 0) {
                    swap(a, lt++, i++);
                } else if (c > 0) {
                    swap(a, i, gt--);
                } else {
                    i++;
                }
            }
            if (k < lt) {
                hi = lt;
            } else if (k > gt) {
                lo = gt + 1;
            } else {
                return;
            }
        }
        for (int i = lo + 1; i < hi; i++) {
            BigDecimal v = a[i];
            int j = i - 1;
            while (j >= lo && a[j].compareTo(v) > 0) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    /** The median of {@code a[0, n)}, n at least 1: the middle value, or the exact mean of the two middle values. */
    static BigDecimal median(BigDecimal[] a, int n) {
        int upper = n / 2;
        select(a, 0, n, upper);
        if (n % 2 == 1) {
            return a[upper];
        }
        BigDecimal lower = a[0];
        for (int i = 1; i < upper; i++) {
            if (a[i].compareTo(lower) > 0) {
                lower = a[i];
            }
        }
        return lower.add(a[upper]).multiply(Decimals.HALF);
    }

    private static BigDecimal median3(BigDecimal x, BigDecimal y, BigDecimal z) {
        if (x.compareTo(y) > 0) {
            BigDecimal t = x;
            x = y;
            y = t;
        }
        if (y.compareTo(z) > 0) {
            y = z;
            if (x.compareTo(y) > 0) {
                y = x;
            }
        }
        return y;
    }

    private static void swap(BigDecimal[] a, int i, int j) {
        BigDecimal t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
