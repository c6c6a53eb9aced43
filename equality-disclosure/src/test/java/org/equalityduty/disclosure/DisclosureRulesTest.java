package org.equalityduty.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DisclosureRulesTest {
    @Test
    void defaults() {
        DisclosureRules r = DisclosureRules.defaults();
        assertEquals(10, r.getThreshold());
        assertEquals(10, r.getProtectionWidth());
        assertEquals(10, r.getMinimumDenominator());
        assertEquals(0, r.getLowReliabilityBelow());
        assertEquals(ZeroPolicy.PUBLISH, r.getZeroPolicy());
        assertEquals(SuppressionCost.CELL_VALUE, r.getCost());
        assertEquals(Rounding.NONE, r.getRounding());
        assertEquals(SymbolStyle.DFE, r.getSymbolStyle());
        assertEquals("DisclosureRules[threshold=10, protectionWidth=10, minimumDenominator=10, lowReliabilityBelow=0,"
                + " zeroPolicy=PUBLISH, cost=CELL_VALUE, rounding=NONE, symbolStyle=DFE, pivotLimit=20000,"
                + " nodeLimit=2000]", r.toString());
    }

    @Test
    void widthAndDenominatorFollowTheThresholdUntilSet() {
        DisclosureRules r = DisclosureRules.defaults().withThreshold(5);
        assertEquals(5, r.getProtectionWidth());
        assertEquals(5, r.getMinimumDenominator());
        r = r.withProtectionWidth(8).withMinimumDenominator(20).withThreshold(6);
        assertEquals(8, r.getProtectionWidth());
        assertEquals(20, r.getMinimumDenominator());
    }

    @Test
    void copiesLeaveTheOriginalAlone() {
        DisclosureRules r = DisclosureRules.defaults();
        DisclosureRules s = r.withZeroPolicy(ZeroPolicy.SUPPRESS).withCost(SuppressionCost.CELL_COUNT)
                .withRounding(Rounding.NEAREST_FIVE).withSymbolStyle(SymbolStyle.GSS_BRACKETED)
                .withLowReliabilityBelow(30).withSolverLimits(5, 6);
        assertEquals(ZeroPolicy.PUBLISH, r.getZeroPolicy());
        assertEquals(ZeroPolicy.SUPPRESS, s.getZeroPolicy());
        assertEquals(SuppressionCost.CELL_COUNT, s.getCost());
        assertEquals(Rounding.NEAREST_FIVE, s.getRounding());
        assertEquals(SymbolStyle.GSS_BRACKETED, s.getSymbolStyle());
        assertEquals(30, s.getLowReliabilityBelow());
        assertEquals(5, s.getPivotLimit());
        assertEquals(6, s.getNodeLimit());
    }

    @Test
    void primaryRule() {
        DisclosureRules r = DisclosureRules.defaults();
        assertFalse(r.isPrimary(0));
        assertTrue(r.isPrimary(1));
        assertTrue(r.isPrimary(9));
        assertFalse(r.isPrimary(10));
        assertTrue(r.withZeroPolicy(ZeroPolicy.SUPPRESS).isPrimary(0));
        assertFalse(r.withThreshold(1).isPrimary(1));
    }

    @Test
    void outOfRangeValuesNameTheFieldAndValue() {
        DisclosureRules r = DisclosureRules.defaults();
        assertEquals("threshold must be at least 1: 0",
                assertThrows(DisclosureInputException.class, () -> r.withThreshold(0)).getMessage());
        assertEquals("protectionWidth must be at least 1: -2",
                assertThrows(DisclosureInputException.class, () -> r.withProtectionWidth(-2)).getMessage());
        assertEquals("minimumDenominator must be at least 1: 0",
                assertThrows(DisclosureInputException.class, () -> r.withMinimumDenominator(0)).getMessage());
        assertEquals("lowReliabilityBelow must be at least 0: -1",
                assertThrows(DisclosureInputException.class, () -> r.withLowReliabilityBelow(-1)).getMessage());
        assertEquals("pivotLimit must be at least 1: 0",
                assertThrows(DisclosureInputException.class, () -> r.withSolverLimits(0, 1)).getMessage());
        assertEquals("nodeLimit must be at least 1: 0",
                assertThrows(DisclosureInputException.class, () -> r.withSolverLimits(1, 0)).getMessage());
        assertEquals("zeroPolicy", assertThrows(NullPointerException.class, () -> r.withZeroPolicy(null)).getMessage());
        assertEquals("cost", assertThrows(NullPointerException.class, () -> r.withCost(null)).getMessage());
        assertEquals("rounding", assertThrows(NullPointerException.class, () -> r.withRounding(null)).getMessage());
        assertEquals("symbolStyle",
                assertThrows(NullPointerException.class, () -> r.withSymbolStyle(null)).getMessage());
    }
}
