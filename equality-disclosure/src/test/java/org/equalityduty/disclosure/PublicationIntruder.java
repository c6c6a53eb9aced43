package org.equalityduty.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The independent intruder ({@link Intruder}, mixed-integer programming on ojAlgo) briefed on any protected
 * publication, for tests of code that publishes through this module (the equality report). The brief is what a
 * reader knows: every table as published (which cells are shown, and their counts), every total and sum the
 * publication declares, and which cells show the same quantity. It is built from the publication's declared
 * structure and the published cells only, never from the suppression engine or its choices.
 *
 * <p>A test fixture, shipped in this module's test jar.
 *
 * @since 0.2.0
 */
public final class PublicationIntruder {
    /**
     * The outcome of an attack.
     *
     * @param attacked  the number of small counts (primary suppressions by value) attacked
     * @param narrowest  the narrowest interval width found, {@link Long#MAX_VALUE} when none was attacked or all
     *        were unbounded
     * @param failures  each small count shown, or narrowed below the protection width, in words; empty when safe
     * @param secondary  the number of cells withheld to protect others ({@link CellStatus#SECONDARY})
     * @param primary  the number of cells withheld by the primary rule
     */
    public record Result(int attacked, long narrowest, List<String> failures, int secondary, int primary) {
        /**
         * Copies the list.
         *
         * @param attacked  the count attacked
         * @param narrowest  the narrowest width
         * @param failures  the failures
         * @param secondary  the secondaries
         * @param primary  the primaries
         */
        public Result {
            failures = List.copyOf(failures);
        }
    }

    private PublicationIntruder() {
    }

    /**
     * Attacks every small count of a publication as protected: each count from 1 to the threshold - 1 (and each
     * zero, if zeros are suppressed) must be hidden, and its whole-number interval, from everything published,
     * at least the protection width.
     *
     * @param publication  the publication as declared, not null
     * @param out  its protected form, as published, not null
     * @return the outcome
     */
    public static Result attack(Publication publication, ProtectedPublication out) {
        return attack(publication, out, out.getRules().getProtectionWidth());
    }

    /**
     * Attacks every small count of a publication as protected, requiring a width of its own (to show that the
     * intruder finds what a weaker protection leaves).
     *
     * @param publication  the publication as declared, not null
     * @param out  its protected form, as published, not null
     * @param width  the width every small count's interval must have
     * @return the outcome
     */
    public static Result attack(Publication publication, ProtectedPublication out, long width) {
        DisclosureRules rules = out.getRules();
        boolean zerosPublished = rules.getZeroPolicy() == ZeroPolicy.PUBLISH;
        Intruder intruder = new Intruder(zerosPublished);
        Map<Integer, List<Intruder.Pos>> where = new HashMap<>();
        for (Publication.TableDef t : publication.tables) {
            ProtectedTable published = out.getTable(t.id);
            if (published.isCoarsened()) {
                throw new AssertionError("table '" + t.id + "' was coarsened: brief the intruder on its coarser form");
            }
            long[][] truth = new long[t.cells.length][];
            for (int r = 0; r < truth.length; r++) {
                truth[r] = new long[t.cells[r].length];
                for (int c = 0; c < truth[r].length; c++) {
                    truth[r][c] = publication.values[t.cells[r][c]];
                }
            }
            int index = intruder.table(truth, published, false, false);
            for (int r = 0; r < truth.length; r++) {
                for (int c = 0; c < truth[r].length; c++) {
                    where.computeIfAbsent(t.cells[r][c], q -> new ArrayList<>()).add(new Intruder.Pos(index, r, c));
                }
            }
        }
        List<Integer> unshown = new ArrayList<>();
        for (int q = 0; q < publication.values.length; q++) {
            if (!where.containsKey(q)) {
                unshown.add(q);
            }
        }
        if (!unshown.isEmpty()) {
            long[] v = unshown.stream().mapToLong(q -> publication.values[q]).toArray();
            int index = intruder.unshown(v);
            for (int i = 0; i < unshown.size(); i++) {
                where.put(unshown.get(i), new ArrayList<>(List.of(new Intruder.Pos(index, i, 0))));
            }
        }
        for (List<Intruder.Pos> same : where.values()) {
            for (int i = 1; i < same.size(); i++) {
                intruder.link(same.get(0), same.get(i));
            }
        }
        for (int[] rel : publication.relations) {
            List<Intruder.Pos> parts = new ArrayList<>();
            for (int k = 1; k < rel.length; k++) {
                parts.add(where.get(rel[k]).get(0));
            }
            intruder.sum(where.get(rel[0]).get(0), parts);
        }
        List<String> failures = new ArrayList<>();
        int attacked = 0;
        long narrowest = Long.MAX_VALUE;
        for (Map.Entry<Integer, List<Intruder.Pos>> e : where.entrySet()) {
            long v = publication.values[e.getKey()];
            boolean small = v > 0 && v < rules.getThreshold() || v == 0 && !zerosPublished;
            if (!small) {
                continue;
            }
            attacked++;
            String name = publication.names[e.getKey()];
            Intruder.Pos p = e.getValue().get(0);
            for (Intruder.Pos shown : e.getValue()) {
                if (intruder.isShown(shown)) {
                    failures.add(name + " = " + v + " is shown");
                }
            }
            Intruder.Range range = intruder.attack(p);
            if (range.lo() > v || range.hi() < v) {
                failures.add(name + " = " + v + ": the intruder's range " + range + " excludes the truth");
            }
            narrowest = Math.min(narrowest, range.width());
            if (range.width() < width) {
                failures.add(name + " = " + v + " narrowed to [" + range.lo() + ", " + range.hi() + "]");
            }
        }
        int secondary = 0;
        int primary = 0;
        for (ProtectedTable t : out.getTables()) {
            for (int r = 0; r < t.getRowLabels().size(); r++) {
                for (int c = 0; c < t.getColumnLabels().size(); c++) {
                    CellStatus s = t.getCell(r, c).getStatus();
                    secondary += s == CellStatus.SECONDARY ? 1 : 0;
                    primary += s == CellStatus.PRIMARY ? 1 : 0;
                }
            }
        }
        return new Result(attacked, narrowest, failures, secondary, primary);
    }
}
