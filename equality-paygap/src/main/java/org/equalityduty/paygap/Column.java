package org.equalityduty.paygap;

import java.math.BigDecimal;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A growable column of decimals with their exact sum, memory proportional to the values.
 *
 * <p>Values with at most four decimal places (pay in pence, or hundredths of a penny) are held as primitive
 * {@code long}s scaled by 10^4: selection on them is fast (no pointer chasing) and the sum is exact. The first value
 * that does not fit (a 34-digit quotient from period pay, or an absurd amount) turns the column into
 * {@link BigDecimal}s for good. Both forms give the same exact answers.
 */
final class Column {
    /** The fixed scale of the primitive form. */
    static final int SCALE = 4;
    private static final long[] POW10 = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000,
        1_000_000_000L, 10_000_000_000L};
    private static final int MAX_PRECISION = 18;
    private static final long[] EMPTY = {};
    /** What {@link #toScaled} returns for a value that has no primitive form. */
    static final long NOT_SCALED = Long.MIN_VALUE;

    long[] scaled = new long[16];
    // Null exactly while the column is primitive (isPrimitive); every use checks that first.
    BigDecimal @Nullable [] values;
    int size;
    private long longSum;
    private BigDecimal sum = BigDecimal.ZERO;

    /** Adds a value. */
    void add(BigDecimal v) {
        long s = toScaled(v);
        if (s == NOT_SCALED) {
            addDecimal(v);
        } else {
            addScaled(s);
        }
    }

    /** Adds a value given in its primitive form (a result of {@link #toScaled}, not {@link #NOT_SCALED}). */
    void addScaled(long s) {
        if (values == null) {
            long total = longSum + s;
            if (((longSum ^ total) & (s ^ total)) >= 0) {
                if (size == scaled.length) {
                    scaled = Arrays.copyOf(scaled, size * 2);
                }
                scaled[size++] = s;
                longSum = total;
                return;
            }
        }
        addDecimal(BigDecimal.valueOf(s, SCALE));
    }

    @SuppressWarnings("NullAway") // values is set by toDecimals() when it is null, as the field says
    private void addDecimal(BigDecimal v) {
        if (values == null) {
            toDecimals();
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = v;
        sum = sum.add(v);
    }

    /** The value scaled by 10^4 as a long, or {@link #NOT_SCALED} if it has more places or is too large. */
    static long toScaled(BigDecimal v) {
        int scale = v.scale();
        if (scale > SCALE || scale < SCALE - POW10.length + 1 || v.precision() > MAX_PRECISION) {
            return NOT_SCALED;
        }
        // The unscaled value: at scale 0 and at most 18 digits, longValue() returns it without making a BigInteger
        // (unscaledValue() would make one per value).
        long unscaled = v.scaleByPowerOfTen(scale).longValue();
        long factor = POW10[SCALE - scale];
        long hi = Math.multiplyHigh(unscaled, factor);
        long lo = unscaled * factor;
        return ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) && lo != NOT_SCALED ? lo : NOT_SCALED;
    }

    private void toDecimals() {
        values = new BigDecimal[Math.max(16, scaled.length)];
        for (int i = 0; i < size; i++) {
            values[i] = BigDecimal.valueOf(scaled[i], SCALE);
        }
        sum = BigDecimal.valueOf(longSum, SCALE);
        scaled = EMPTY;
    }

    boolean isPrimitive() {
        return values == null;
    }

    /** The values as decimals (turning a primitive column into decimals). */
    @SuppressWarnings("NullAway") // values is set by toDecimals() when it is null, as the field says
    BigDecimal[] decimals() {
        if (values == null) {
            toDecimals();
        }
        return values;
    }

    BigDecimal sum() {
        return values == null ? BigDecimal.valueOf(longSum, SCALE) : sum;
    }

    /**
     * The median by selection, size at least 1: the middle value, or the exact mean of the two middle values. A
     * primitive column is read in place (radix selection); a column of decimals is reordered.
     */
    BigDecimal median() {
        if (values == null) {
            long[] middle = RadixSelect.select(new long[][] {scaled}, new int[] {size}, new int[] {(size - 1) / 2,
                size / 2});
            BigDecimal lower = BigDecimal.valueOf(middle[0], SCALE);
            return size % 2 == 1 ? lower : lower.add(BigDecimal.valueOf(middle[1], SCALE)).multiply(Decimals.HALF);
        }
        return Selection.median(values, size);
    }
}
