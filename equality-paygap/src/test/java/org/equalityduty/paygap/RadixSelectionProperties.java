package org.equalityduty.paygap;

import static org.equalityduty.paygap.RadixSelectTest.check;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;

/**
 * Radix selection agrees with a sort (the value at each rank of a sorted copy) on generated columns: any longs,
 * including the extremes, beside a column of tiny values; and narrow ranges full of ties. The columns are never
 * changed.
 */
class RadixSelectionProperties {

    @Test
    void agreesWithASortOnAnyValues() {
        qt().forAll(lists().of(longs().all()).ofSizeBetween(1, 300), lists().of(integers().between(-3, 3))
                .ofSizeBetween(1, 300), integers().between(0, 1_000)).checkAssert((values, small, pick) -> {
                    long[] a = values.stream().mapToLong(Long::longValue).toArray();
                    long[] b = small.stream().mapToLong(Integer::longValue).toArray();
                    int n = a.length + b.length;
                    check(new long[][] {a, b}, new int[] {a.length, b.length}, 0, n - 1, pick % n, n / 2);
                });
    }

    @Test
    void agreesWithASortOnNarrowRanges() {
        qt().forAll(lists().of(longs().between(1_000_000, 1_000_040)).ofSizeBetween(1, 400), integers().between(0,
                1_000)).checkAssert((values, pick) -> {
                    long[] a = values.stream().mapToLong(Long::longValue).toArray();
                    check(new long[][] {a}, new int[] {a.length}, pick % a.length, (a.length - 1) / 2, a.length / 2);
                });
    }
}
