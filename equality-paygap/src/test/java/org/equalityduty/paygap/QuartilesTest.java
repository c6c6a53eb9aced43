package org.equalityduty.paygap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The band counts of reg 13 on both column forms: primitive (radix selection, branch-free counts) and decimal
 * (introselect). Each case is worked by hand in its comment, from the rules in {@code Quartiles}' description: band k
 * ends at rank ceil(k n / 4); a rate that spans a boundary gives each band's places at that rate to the categories in
 * proportion to those still to place, by largest remainder, ties to the category with more still to place, then to
 * the earlier category.
 */
class QuartilesTest {

    /**
     * Columns from items such as {@code "A:20"} (category letter, rate), categories in order of first letter given
     * in {@code categories}. In decimal form every rate has six decimal places, which no primitive column holds.
     */
    private static Column[] columns(boolean decimal, String categories, String... items) {
        Column[] columns = new Column[categories.length()];
        for (int c = 0; c < columns.length; c++) {
            columns[c] = new Column();
        }
        for (String item : items) {
            String[] p = item.split(":");
            BigDecimal rate = new BigDecimal(p[1]);
            columns[categories.indexOf(p[0])].add(decimal ? rate.setScale(6) : rate);
        }
        for (Column c : columns) {
            if (c.size > 0) {
                assertEquals(!decimal, c.isPrimitive());
            }
        }
        return columns;
    }

    /** The counts as text, "2M0F 1M1F ..." for categories "MF". */
    private static String bands(String categories, long[][] counts) {
        List<String> out = new ArrayList<>();
        for (long[] band : counts) {
            StringBuilder b = new StringBuilder();
            for (int c = 0; c < band.length; c++) {
                b.append(band[c]).append(categories.charAt(c));
            }
            out.add(b.toString());
        }
        return String.join(" ", out);
    }

    /** Asserts the same bands from the primitive and the decimal form. */
    private static void assertBands(String expected, String categories, String... items) {
        assertEquals(expected, bands(categories, Quartiles.counts(columns(false, categories, items))), "primitive");
        assertEquals(expected, bands(categories, Quartiles.counts(columns(true, categories, items))), "decimal");
    }

    /** ceil(k n / 4) for k = 1..4, by hand: n = 9 gives 3, 5, 7, 9 (2.25, 4.5, 6.75, 9 rounded up); 0 gives zeros. */
    @Test
    void bandEnds() {
        assertArrayEquals(new long[] {0, 3, 5, 7, 9}, Quartiles.ends(9));
        assertArrayEquals(new long[] {0, 1, 2, 3, 4}, Quartiles.ends(4));
        assertArrayEquals(new long[] {0, 1, 1, 2, 2}, Quartiles.ends(2));
        assertArrayEquals(new long[] {0, 0, 0, 0, 0}, Quartiles.ends(0));
        assertArrayEquals(new long[] {0, 250_000_000_000L, 500_000_000_000L, 750_000_000_000L, 1_000_000_000_000L},
                Quartiles.ends(1_000_000_000_000L));
    }

    /** No one, one person, two people (ends 1, 1, 2, 2: the lower and upper middle bands). */
    @Test
    void fewPeople() {
        assertBands("0M0F 0M0F 0M0F 0M0F", "MF");
        assertBands("0M1F 0M0F 0M0F 0M0F", "MF", "F:12");
        assertBands("0M1F 0M0F 1M0F 0M0F", "MF", "M:20", "F:15");
        // Two on one rate: ends 1, 1, 2, 2; the lower band's one place: 1 x 1 / 2 = 0 r 1 each, equal remainders and
        // equal numbers still to place, so the earlier category (M); the upper middle band's place goes to F.
        assertBands("1M0F 0M0F 0M1F 0M0F", "MF", "F:15", "M:15");
    }

    /**
     * Distinct rates, no ties: the bands are the sorted positions. Twelve people, bands of three: 1-3 = 1 M, 2 F, 3 F;
     * 4-6 = 4 M, 5 M, 6 F; 7-9 = 7 F, 8 F, 9 F; 10-12 = 10 M, 11 M, 12 M.
     */
    @Test
    void distinctRatesAreSortedPositions() {
        assertBands("1M2F 2M1F 0M3F 3M0F", "MF", "M:11", "F:7", "M:1", "F:2", "M:10", "F:9", "M:4", "F:3", "M:12",
                "F:6", "M:5", "F:8");
    }

    /** The four hand-worked cases of {@code GenderPayGapTest} (tie across each boundary; all on one rate). */
    @Test
    void tiesAcrossEachBoundary() {
        assertBands("2M0F 1M1F 0M2F 1M1F", "MF", "F:20", "M:50", "M:20", "F:60", "M:10", "F:30", "M:20", "F:40");
        assertBands("2M0F 1M1F 1M1F 1M1F", "MF", "M:40", "F:40", "M:60", "F:50", "F:40", "M:30", "M:20", "M:10");
        assertBands("0M3F 2M0F 2M0F 1M1F", "MF", "M:20", "F:10", "M:13", "F:20", "F:11", "M:20", "M:14", "F:12",
                "M:20");
        assertBands("1M1F 1M0F 1M1F 1M0F", "MF", "F:15", "M:15", "M:15", "F:15", "M:15", "M:15");
    }

    /**
     * One rate across three boundaries. Eight people, bands of two: rank 1 = 10 M; ranks 2-7 = rate 20 (4 M, 2 F);
     * rank 8 = 30 F. The tied six have 1 place in the lower band, 2, 2, and 1 in the upper. Lower: M 4 x 1 / 6 = 0
     * r 4, F 2 x 1 / 6 = 0 r 2: M. Left 3 M, 2 F. Lower middle: M 3 x 2 / 5 = 1 r 1, F 2 x 2 / 5 = 0 r 4: 1 M and
     * the extra to F. Left 2 M, 1 F. Upper middle: M 2 x 2 / 3 = 1 r 1, F 1 x 2 / 3 = 0 r 2: 1 M, 1 F. Upper: the
     * last M, with 30 F. So 2M0F 1M1F 1M1F 1M1F.
     */
    @Test
    void oneRateAcrossThreeBoundaries() {
        assertBands("2M0F 1M1F 1M1F 1M1F", "MF", "M:20", "F:30", "M:20", "F:20", "M:10", "M:20", "F:20", "M:20");
    }

    /**
     * Three categories on one rate, every remainder and every number still to place equal: the earlier category
     * wins. Three people, ends 1, 2, 3, 3. Lower (1 place): 1 x 1 / 3 = 0 r 1 for A, B and C: A. Lower middle (1):
     * B and C 1 x 1 / 2 = 0 r 1: B. Upper middle: C. Upper: empty.
     */
    @Test
    void equalRemaindersGoToTheEarlierCategory() {
        assertBands("1A0B0C 0A1B0C 0A0B1C 0A0B0C", "ABC", "C:10", "B:10", "A:10");
    }

    /**
     * Three categories on one rate: remainders first, then the earlier category where the remainders and the numbers
     * still to place are equal. Eight people at one rate, A 1, B 4, C 3; ends 2,
     * 4, 6, 8. Lower (2 places): A 1 x 2 / 8 = 0 r 2, B 4 x 2 / 8 = 1 r 0, C 3 x 2 / 8 = 0 r 6: B 1, the extra to C.
     * Left A 1, B 3, C 2 (6). Lower middle (2): A 2 / 6 = 0 r 2, B 6 / 6 = 1 r 0, C 4 / 6 = 0 r 4: B 1, C 1. Left
     * A 1, B 2, C 1 (4). Upper middle (2): A 2 / 4 = 0 r 2, B 4 / 4 = 1 r 0, C 2 / 4 = 0 r 2: B 1; the extra: A and
     * C tie on remainder 2 and on 1 still to place, so the earlier, A. Left B 1, C 1: the upper band.
     */
    @Test
    void remaindersThenNumbersStillToPlaceThenOrder() {
        List<String> items = new ArrayList<>(List.of("A:15"));
        for (int i = 0; i < 4; i++) {
            items.add("B:15");
        }
        for (int i = 0; i < 3; i++) {
            items.add("C:15");
        }
        assertBands("0A1B1C 0A1B1C 1A1B0C 0A1B1C", "ABC", items.toArray(new String[0]));
    }

    /**
     * Equal remainders go to the category with more still to place, even a later one. Eight people, bands of two:
     * ranks 1-4 = rate 10 (1 M, 3 F), then 20 M, 30 M, 40 F, 50 M. Lower (2 places): M 1 x 2 / 4 = 0 r 2, F 3 x 2 / 4
     * = 1 r 2; the extra to F (3 still to place against 1). Lower middle: the last M and F at 10.
     */
    @Test
    void equalRemaindersGoToTheCategoryWithMoreStillToPlace() {
        assertBands("0M2F 1M1F 2M0F 1M1F", "MF", "M:50", "F:10", "M:10", "F:40", "F:10", "M:30", "F:10", "M:20");
    }

    /**
     * Each band's shares are of the employees still to place, not of the whole tied group. Eight people, bands of
     * two: rank 1 = 5 F; ranks 2-6 = rate 10 (4 M, 1 F); 30 F, 40 M. Lower (1 place): M 4 x 1 / 5 = 0 r 4, F 1 x 1 / 5
     * = 0 r 1: M. Left 3 M, 1 F (4). Lower middle (2): M 3 x 2 / 4 = 1 r 2, F 1 x 2 / 4 = 0 r 2; the extra to M (more
     * still to place): 2 M. (Over the 6 of a denominator that had not shrunk it would be M 1 r 0, F 0 r 2: 1 M, 1 F.)
     * Upper middle: the last M and F at 10.
     */
    @Test
    void sharesAreOfThoseStillToPlace() {
        assertBands("1M1F 2M0F 1M1F 1M1F", "MF", "M:10", "F:5", "M:40", "M:10", "F:10", "F:30", "M:10", "M:10");
    }

    /**
     * A category with no one on the tied rate and one with no one at all. Ranks 1-2 = 5 B, 6 B; 3-6 = rate 10 (A 2,
     * C 2); bands of two (D is empty). The lower middle band's two places at rate 10: A 2 x 2 / 4 = 1 r 0, C 1 r 0,
     * B (none left) 0: 1 A, 1 C; the upper middle the same. Upper: 20 B, 30 B.
     */
    @Test
    void categoriesWithNoOneOnTheTiedRate() {
        assertBands("0A2B0C0D 1A0B1C0D 1A0B1C0D 0A2B0C0D", "ABCD", "A:10", "B:30", "C:10", "B:5", "A:10", "B:20",
                "C:10", "B:6");
    }

    /** The primitive column of rates is left as it was (radix selection reads it in place). */
    @Test
    void primitiveColumnsAreNotReordered() {
        Column[] columns = columns(false, "MF", "M:30", "M:10", "M:20", "F:25", "F:5");
        Quartiles.counts(columns);
        assertTrue(columns[0].isPrimitive());
        assertArrayEquals(new long[] {300_000, 100_000, 200_000}, java.util.Arrays.copyOf(columns[0].scaled, 3));
        assertArrayEquals(new long[] {250_000, 50_000}, java.util.Arrays.copyOf(columns[1].scaled, 2));
    }
}
