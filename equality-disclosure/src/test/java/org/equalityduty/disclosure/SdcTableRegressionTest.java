package org.equalityduty.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * sdcTable's regression table (sdcTable, tests/testthat/test_secondary_suppression.R, the problem "prob()"): a 4x4
 * table with margins in which nine cells are suppressed, at least two in every row and column, yet cell w|b (47)
 * can be worked out exactly: rows w and x hide 236 = (230 + 250) - (89 + 124 + 31); columns a and c hide
 * 189 = (1012 + 779) - (92 + 59 + 800 + 651); the difference is w|b = 47. (The R test states column totals 1021
 * and 770, but builds the problem from the interior cells, whose column totals are 1012 and 779; the sums of a and
 * c agree, 1791, so the attack is the same.) sdcTable's SIMPLEHEURISTIC adds one suppression (x|b) and its attack
 * then gives w|b in [0, 78].
 */
class SdcTableRegressionTest {
    static final String[] ROWS = {"w", "x", "y", "z"};
    static final String[] COLS = {"a", "b", "c", "d"};
    static final long[][] CELLS = {{30, 47, 64, 89}, {90, 124, 5, 31}, {92, 100, 59, 85}, {800, 991, 651, 685}};
    /** The nine cells the R test marks "u" (primary unsafe). */
    static final int[][] MARKED = {{0, 0}, {0, 1}, {0, 2}, {1, 0}, {1, 2}, {2, 1}, {2, 3}, {3, 1}, {3, 3}};

    private static long[][] full() {
        long[][] f = new long[5][5];
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 4; c++) {
                f[r][c] = CELLS[r][c];
                f[r][4] += CELLS[r][c];
                f[4][c] += CELLS[r][c];
                f[4][4] += CELLS[r][c];
            }
        }
        return f;
    }

    /** The margins exactly as the R test publishes them: column totals a = 1021 and c = 770. */
    private static long[][] asInR() {
        long[][] f = full();
        f[4][0] = 1021;
        f[4][2] = 770;
        return f;
    }

    /** A stand-in published table with exactly the given cells hidden and everything else of {@code f} shown. */
    private static ProtectedTable withHidden(long[][] f, int[][] hidden) {
        PublishedCell[][] cells = new PublishedCell[5][5];
        for (int r = 0; r < 5; r++) {
            for (int c = 0; c < 5; c++) {
                cells[r][c] = new PublishedCell(CellStatus.SHOWN, Long.toString(f[r][c]), null, f[r][c]);
            }
        }
        for (int[] h : hidden) {
            cells[h[0]][h[1]] = new PublishedCell(CellStatus.PRIMARY, "c", Symbol.CONFIDENTIAL, -1);
        }
        return new ProtectedTable("t", "t", List.of("w", "x", "y", "z", "Total"), List.of("a", "b", "c", "d", "Total"),
                cells, false, false, List.of(), List.of());
    }

    @Test
    void twoPerRowAndColumnIsNotEnough() {
        for (int r = 0; r < 4; r++) {
            int inRow = 0;
            int inCol = 0;
            for (int[] m : MARKED) {
                inRow += m[0] == r ? 1 : 0;
                inCol += m[1] == r ? 1 : 0;
            }
            assertTrue(inRow >= 2 && inCol >= 2, "the pattern has two per row and column");
        }
        for (long[][] published : new long[][][] {asInR(), full()}) {
            Intruder intruder = new Intruder(false);
            intruder.table(published, withHidden(published, MARKED), true, true);
            Intruder.Range wb = intruder.attack(new Intruder.Pos(0, 0, 1));
            assertEquals(new Intruder.Range(47, 47), wb, "w|b is recovered exactly, as the R test's comment computes");
        }
    }

    private static int[][] plus(int row, int col) {
        int[][] out = new int[MARKED.length + 1][];
        System.arraycopy(MARKED, 0, out, 0, MARKED.length);
        out[MARKED.length] = new int[] {row, col};
        return out;
    }

    /**
     * sdcTable's test expects one added suppression and w|b in [0, 78]. That is x|d (31): with it hidden,
     * w|b = 141 - w|a - w|c = x|a + x|c - 48 = 78 - x|d (hand calculation from rows w, x and columns a, c, d),
     * so [0, 78] with either set of margins. The R comment's alternative, x|b, gives [0, 141].
     */
    @Test
    void sdcTablesOwnFixIsSafeForTheIntruder() {
        for (long[][] published : new long[][][] {asInR(), full()}) {
            Intruder withXd = new Intruder(false);
            withXd.table(published, withHidden(published, plus(1, 3)), true, true);
            assertEquals(new Intruder.Range(0, 78), withXd.attack(new Intruder.Pos(0, 0, 1)),
                    "sdcTable's attack() after its SIMPLEHEURISTIC: w|b in [0, 78]");
            Intruder withXb = new Intruder(false);
            withXb.table(published, withHidden(published, plus(1, 1)), true, true);
            assertEquals(new Intruder.Range(0, 141), withXb.attack(new Intruder.Pos(0, 0, 1)));
        }
    }

    /**
     * Our method, given the same nine cells as primaries (marked by the caller, as the R test marks them), withholds
     * more so that no primary's interval is narrower than the width; the independent intruder checks every one.
     */
    @Test
    void ourMethodProtectsTheTable() {
        Publication.Builder b = Publication.builder();
        b.table("t", "sdcTable regression").rows(ROWS).columns(COLS).counts(CELLS).totals().totalsMayBeWithheld(false)
                .add();
        for (int[] m : MARKED) {
            b.primary(CellRef.of("t", ROWS[m[0]], COLS[m[1]]));
        }
        // Threshold 1: no small-count rule, only the nine marked cells; zeros suppressed, so the intruder's bound
        // is x >= 0, as in sdcTable's attack().
        DisclosureRules rules = DisclosureRules.defaults().withThreshold(1).withProtectionWidth(10)
                .withZeroPolicy(ZeroPolicy.SUPPRESS);
        ProtectedPublication out = DisclosureControl.protect(b.build(), rules);
        assertEquals(ProtectionStatus.PROTECTED, out.getStatus(), out.getReason());
        assertEquals(9, out.getPrimaryCount());
        assertTrue(out.getSecondaryCount() >= 1, "at least one more cell is withheld");
        ProtectedTable t = out.getTable("t");
        Intruder intruder = new Intruder(false);
        intruder.table(full(), t, true, true);
        for (int[] m : MARKED) {
            assertTrue(!t.getCell(m[0], m[1]).isShown());
            Intruder.Range range = intruder.attack(new Intruder.Pos(0, m[0], m[1]));
            assertTrue(range.width() >= 10, ROWS[m[0]] + "|" + COLS[m[1]] + " narrowed to " + range);
        }
        for (AuditedInterval a : out.getAudit()) {
            assertTrue(a.isAtLeast(10), a.toString());
        }
        // One more cell, as sdcTable's SIMPLEHEURISTIC: the cheapest by value that closes the cycle is x|d (31).
        assertEquals(1, out.getSecondaryCount());
        assertEquals(CellStatus.SECONDARY, t.getCell("x", "d").getStatus());
        assertEquals(31, out.getSecondaryTotal());
    }
}
