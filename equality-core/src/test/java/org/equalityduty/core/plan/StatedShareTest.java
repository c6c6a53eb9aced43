package org.equalityduty.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.equalityduty.core.InvalidValueException;
import org.junit.jupiter.api.Test;

/**
 * Stated shares: a percentage with its count. Reference values by hand: 13 / 23 = 0.565217..., so 13 of 23 is
 * 56.52...%; 1 of 3 is 33.33...%; 2 of 8 is exactly 25%.
 */
class StatedShareTest {
    private static StatedShare share(String percent, int count, int denominator) {
        return StatedShare.of(new BigDecimal(percent), count, denominator);
    }

    @Test
    void theExactPercentIsRoundedHalfUpToTheScaleAsked() {
        assertEquals(new BigDecimal("56.5"), share("52", 13, 23).exactPercent(1));
        assertEquals(new BigDecimal("56.52"), share("52", 13, 23).exactPercent(2));
        assertEquals(new BigDecimal("57"), share("52", 13, 23).exactPercent(0));
        assertEquals(new BigDecimal("33.3"), share("3", 1, 3).exactPercent(1));
        assertEquals(new BigDecimal("25.0"), share("25", 2, 8).exactPercent(1));
    }

    @Test
    void aPercentAgreesWhenItIsWithinOneUnitOfItsLastWrittenPlace() {
        // Belmont Junior School, 2024: "52% of EAL children (13 of 23 children)" and "61% ... (13 of 23)" do not
        // agree with 56.52%; "3% of Turkish children (1 of 3 children)" does not agree with 33.33%.
        assertFalse(share("52", 13, 23).isConsistent());
        assertFalse(share("61", 13, 23).isConsistent());
        assertFalse(share("3", 1, 3).isConsistent());
        // Rounded (57) or cut (56) agree; so does the exact figure to any precision written.
        assertTrue(share("57", 13, 23).isConsistent());
        assertTrue(share("56", 13, 23).isConsistent());
        assertTrue(share("56.5", 13, 23).isConsistent());
        assertTrue(share("56.52", 13, 23).isConsistent());
        assertTrue(share("33", 1, 3).isConsistent());
        assertTrue(share("0", 0, 3).isConsistent());
        assertTrue(share("100", 23, 23).isConsistent());
        // One decimal place written is judged to a tenth of 56.52...: 56.6 is 0.08 away (agrees); 56.4 is 0.12 away,
        // 56.7 is 0.18 away (they do not).
        assertTrue(share("56.6", 13, 23).isConsistent());
        assertFalse(share("56.4", 13, 23).isConsistent());
        assertFalse(share("56.7", 13, 23).isConsistent());
        // Exactly one unit away does not agree: 25 of 100 is 25%, and 24 or 26 are whole units from it.
        assertFalse(share("24", 25, 100).isConsistent());
        assertFalse(share("26", 25, 100).isConsistent());
        assertTrue(share("25.0", 25, 100).isConsistent());
    }

    @Test
    void outOfRangeValuesAreRejectedNamingTheField() {
        assertEquals("percent must be from 0 to 100, not 120", assertThrows(InvalidValueException.class,
                () -> share("120", 1, 2)).getMessage());
        assertEquals("percent must be from 0 to 100, not -1", assertThrows(InvalidValueException.class,
                () -> share("-1", 1, 2)).getMessage());
        assertEquals("denominator must be 1 or more, not 0", assertThrows(InvalidValueException.class,
                () -> share("0", 0, 0)).getMessage());
        assertEquals("count must not be negative, not -1", assertThrows(InvalidValueException.class,
                () -> share("0", -1, 3)).getMessage());
        assertEquals("count 24 must not be more than the denominator 23", assertThrows(InvalidValueException.class,
                () -> share("50", 24, 23)).getMessage());
    }

    @Test
    void aLabelIsOptional() {
        StatedShare labelled = StatedShare.builder().label("EAL children").percent(new BigDecimal("52")).count(13)
                .denominator(23).build();
        assertEquals(Optional.of("EAL children"), labelled.getLabel());
        assertEquals(Optional.empty(), share("52", 13, 23).getLabel());
        assertEquals(13, labelled.getCount());
        assertEquals(23, labelled.getDenominator());
    }
}
