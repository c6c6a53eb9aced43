package org.equalityduty.paygap;

import java.math.BigDecimal;
import java.util.Arrays;

/** A growable column of decimals with their exact sum: memory proportional to the values, no boxing of counts. */
final class Column {
    BigDecimal[] values = new BigDecimal[16];
    int size;
    BigDecimal sum = BigDecimal.ZERO;

    void add(BigDecimal v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = v;
        sum = sum.add(v);
    }

    /** The median by selection (reorders the values), n at least 1. */
    BigDecimal median() {
        return Selection.median(values, size);
    }
}
