package org.equalityduty.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The intruder itself, on attacks worked by hand, so that its own answers can be trusted. */
class IntruderTest {
    private static ProtectedTable oneWay(long[] counts, boolean[] hidden) {
        PublishedCell[][] cells = new PublishedCell[counts.length][1];
        List<String> rows = new java.util.ArrayList<>();
        for (int r = 0; r < counts.length; r++) {
            rows.add("r" + r);
            cells[r][0] = hidden[r] ? new PublishedCell(CellStatus.PRIMARY, "c", Symbol.CONFIDENTIAL, -1)
                    : new PublishedCell(CellStatus.SHOWN, Long.toString(counts[r]), null, counts[r]);
        }
        return new ProtectedTable("t", "t", rows, List.of("n"), cells, false, false, List.of(), List.of());
    }

    private static long[][] column(long... counts) {
        long[][] out = new long[counts.length][1];
        for (int i = 0; i < counts.length; i++) {
            out[i][0] = counts[i];
        }
        return out;
    }

    /** The first attack: a total minus the shown rows leaves 2 for two hidden rows, each at least 1. */
    @Test
    void twoHiddenRowsSharingTwoAreEachOneWhenZerosArePublished() {
        long[] counts = {1, 1, 30, 32};
        boolean[] hidden = {true, true, false, false};
        Intruder published = new Intruder(true);
        published.table(column(counts), oneWay(counts, hidden), true, false);
        assertEquals(new Intruder.Range(1, 1), published.attack(new Intruder.Pos(0, 0, 0)));
        Intruder suppressed = new Intruder(false);
        suppressed.table(column(counts), oneWay(counts, hidden), true, false);
        assertEquals(new Intruder.Range(0, 2), suppressed.attack(new Intruder.Pos(0, 0, 0)));
    }

    /** A hidden total and a hidden cell: nothing bounds them above; below, the cell is at least 1. */
    @Test
    void aHiddenTotalLeavesNoUpperBound() {
        long[] counts = {3, 20, 23};
        boolean[] hidden = {true, false, true};
        Intruder intruder = new Intruder(true);
        intruder.table(column(counts), oneWay(counts, hidden), true, false);
        assertEquals(new Intruder.Range(1, Long.MAX_VALUE), intruder.attack(new Intruder.Pos(0, 0, 0)));
        assertEquals(new Intruder.Range(21, Long.MAX_VALUE), intruder.attack(new Intruder.Pos(0, 2, 0)));
    }

    /** A shown cell is known exactly. */
    @Test
    void aShownCellIsKnown() {
        long[] counts = {3, 20, 23};
        Intruder intruder = new Intruder(true);
        intruder.table(column(counts), oneWay(counts, new boolean[3]), true, false);
        assertEquals(new Intruder.Range(20, 20), intruder.attack(new Intruder.Pos(0, 1, 0)));
    }

    /** A link publishes a hidden count: the same group's size shown in a second table gives it away. */
    @Test
    void aLinkedCopyGivesAHiddenCountAway() {
        long[] a = {12, 40, 52};
        long[] b = {12, 7, 19};
        Intruder intruder = new Intruder(true);
        intruder.table(column(a), oneWay(a, new boolean[] {true, true, false}), true, false);
        intruder.table(column(b), oneWay(b, new boolean[] {false, true, false}), true, false);
        intruder.link(new Intruder.Pos(0, 0, 0), new Intruder.Pos(1, 0, 0));
        assertEquals(new Intruder.Range(40, 40), intruder.attack(new Intruder.Pos(0, 1, 0)));
        assertEquals(new Intruder.Range(7, 7), intruder.attack(new Intruder.Pos(1, 1, 0)));
    }
}
