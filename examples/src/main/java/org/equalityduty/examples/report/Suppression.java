package org.equalityduty.examples.report;

import java.util.BitSet;
import java.util.List;

/**
 * Primary and secondary suppression over the rows of one table part whose counts add up to a published (or
 * derivable) total (docs/domain.md section 5).
 *
 * <p>Primary: a row is suppressed when one of its counts is between 1 and {@code k - 1}. Secondary: a total is
 * always derivable here (every gap row shows a group's size, and the groups of a characteristic add up to the
 * cohort), so a single suppressed row could be recovered by subtraction, and so could the sum of the suppressed
 * rows; while exactly one row is suppressed, or the suppressed rows' sizes add up to fewer than k, the smallest other
 * row with a non-zero count is suppressed as well. With two or more suppressed rows only their sum (at least k, or 0)
 * is recoverable.
 */
final class Suppression {
    private Suppression() {
    }

    private static boolean smallSum(BitSet hidden, long[] sizes, int k) {
        long sum = 0;
        for (int i = hidden.nextSetBit(0); i >= 0; i = hidden.nextSetBit(i + 1)) {
            sum += sizes[i];
        }
        return sum > 0 && sum < k;
    }

    /**
     * Decides which rows to suppress.
     *
     * @param counts  per row, the counts that must not be small (size, numerator, complement), each not negative
     * @param sizes  per row, the count that adds up to the total (used to pick the secondary row)
     * @param k  the publication threshold: counts 1 to k - 1 are suppressed
     * @return the suppressed rows
     */
    static BitSet rows(List<long[]> counts, long[] sizes, int k) {
        BitSet hidden = new BitSet();
        for (int i = 0; i < counts.size(); i++) {
            for (long c : counts.get(i)) {
                if (c > 0 && c < k) {
                    hidden.set(i);
                }
            }
        }
        // Secondary: while a single withheld row, or withheld rows whose sizes add up to fewer than k, could be worked
        // out from the total, withhold the smallest other row with people in it as well.
        while (!hidden.isEmpty() && (hidden.cardinality() == 1 || smallSum(hidden, sizes, k))) {
            int best = -1;
            for (int i = 0; i < sizes.length; i++) {
                if (!hidden.get(i) && sizes[i] > 0 && (best < 0 || sizes[i] < sizes[best])) {
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            hidden.set(best);
        }
        return hidden;
    }
}
