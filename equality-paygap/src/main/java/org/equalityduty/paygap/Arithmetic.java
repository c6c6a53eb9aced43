package org.equalityduty.paygap;

import java.math.BigDecimal;

/**
 * The formulas of SI 2017/172 regs 8-13, each with its one rounding: half up to one decimal place.
 */
final class Arithmetic {

    private Arithmetic() {
    }

    /**
     * (A - B) / A x 100 with A = sumA / nA and B = sumB / nB, computed as
     * (sumA nB - sumB nA) x 100 / (sumA nB): one division, so one rounding.
     */
    static BigDecimal meanGap(BigDecimal sumA, long nA, BigDecimal sumB, long nB) {
        BigDecimal a = sumA.multiply(BigDecimal.valueOf(nB));
        BigDecimal b = sumB.multiply(BigDecimal.valueOf(nA));
        return a.subtract(b).multiply(Decimals.HUNDRED).divide(a, Figure.SCALE, Figure.ROUNDING);
    }

    /** (A - B) / A x 100 for medians A (reference) and B, one rounding. */
    static BigDecimal gap(BigDecimal a, BigDecimal b) {
        return a.subtract(b).multiply(Decimals.HUNDRED).divide(a, Figure.SCALE, Figure.ROUNDING);
    }

    /** x / n x 100, one rounding; n at least 1. */
    static BigDecimal percent(long x, long n) {
        return BigDecimal.valueOf(x).multiply(Decimals.HUNDRED).divide(BigDecimal.valueOf(n), Figure.SCALE,
                Figure.ROUNDING);
    }
}
