package org.equalityduty.disclosure;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;

class RoundingProperties {
    @Test
    void roundsToTheNearestMultipleOfFive() {
        qt().forAll(longs().between(0, 1_000_000_000L)).check(n -> {
            long r = Rounding.NEAREST_FIVE.round(n);
            long rem = n % 5;
            return r % 5 == 0 && Math.abs(r - n) <= 2 && (rem <= 2 ? r == n - rem : r == n - rem + 5);
        });
    }

    @Test
    void neverShowsZeroForANonZeroCount() {
        qt().forAll(longs().between(1, 1_000_000L)).check(n -> !Rounding.NEAREST_FIVE.format(n).equals("0"));
    }
}
