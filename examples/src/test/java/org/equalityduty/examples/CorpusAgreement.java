package org.equalityduty.examples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How well the checker's findings agree with the reviewers' expected findings over the corpus.
 *
 * <p>A finding is keyed by its document, its rule code and its objective (the objective's number as published, or
 * {@code plan}); the reviewers raise at most one finding per rule per objective, so both sides are sets of keys.
 * Precision is the share of the checker's keys that are expected; recall is the share of the expected keys the
 * checker raises. Both are exact fractions; a share of an empty set is undefined, never 0 or 100%, and is printed as
 * {@code -}. Percentages are rounded once, for printing, to one decimal place, half up.
 */
final class CorpusAgreement {

    /** One finding, on either side: the document, the rule code and the objective. */
    record Key(String document, String code, String objective) implements Comparable<Key> {
        Key {
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(objective, "objective");
        }

        @Override
        public int compareTo(Key o) {
            int c = document.compareTo(o.document);
            if (c == 0) {
                c = code.compareTo(o.code);
            }
            return c != 0 ? c : objective.compareTo(o.objective);
        }

        @Override
        public String toString() {
            return document + " " + code + " @ " + objective;
        }
    }

    /** A share as a fraction: {@code matched} of {@code total}; undefined when {@code total} is 0. */
    record Share(int matched, int total) {
        boolean isDefined() {
            return total > 0;
        }

        /** The share as a percentage rounded half up to one decimal place, or {@code -} if undefined. */
        String percent() {
            if (!isDefined()) {
                return "-";
            }
            return BigDecimal.valueOf(matched).multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP).toPlainString() + "%";
        }

        /** Whether the share is at least {@code percent} per cent, compared exactly; false if undefined. */
        boolean atLeast(int percent) {
            return isDefined() && (long) matched * 100 >= (long) percent * total;
        }

        @Override
        public String toString() {
            return matched + "/" + total + " (" + percent() + ")";
        }
    }

    private final SortedSet<Key> raised;
    private final SortedSet<Key> expected;

    CorpusAgreement(Set<Key> raised, Set<Key> expected) {
        this.raised = Collections.unmodifiableSortedSet(new TreeSet<>(raised));
        this.expected = Collections.unmodifiableSortedSet(new TreeSet<>(expected));
    }

    /** The checker's findings that the reviewers did not expect. */
    SortedSet<Key> unexpected() {
        SortedSet<Key> s = new TreeSet<>(raised);
        s.removeAll(expected);
        return s;
    }

    /** The reviewers' findings that the checker did not raise. */
    SortedSet<Key> missed() {
        SortedSet<Key> s = new TreeSet<>(expected);
        s.removeAll(raised);
        return s;
    }

    private int matched() {
        return raised.size() - unexpected().size();
    }

    /** The share of the checker's findings that match an expected one. */
    Share precision() {
        return new Share(matched(), raised.size());
    }

    /** The share of the expected findings that the checker raises. */
    Share recall() {
        return new Share(matched(), expected.size());
    }

    /** Every rule code on either side, with its precision and recall over that code's keys only. */
    Map<String, Share[]> perRule() {
        Map<String, Share[]> out = new TreeMap<>();
        SortedSet<String> codes = new TreeSet<>();
        raised.forEach(k -> codes.add(k.code()));
        expected.forEach(k -> codes.add(k.code()));
        for (String code : codes) {
            Set<Key> r = new TreeSet<>();
            Set<Key> e = new TreeSet<>();
            raised.stream().filter(k -> k.code().equals(code)).forEach(r::add);
            expected.stream().filter(k -> k.code().equals(code)).forEach(e::add);
            CorpusAgreement one = new CorpusAgreement(r, e);
            out.put(code, new Share[] {one.precision(), one.recall()});
        }
        return out;
    }

    /**
     * The figures as a Markdown table: overall, then per rule, each with the checker's count, the expected count,
     * the matches, precision and recall.
     */
    String table() {
        List<String> lines = new ArrayList<>();
        lines.add("| rule | raised | expected | matched | precision | recall |");
        lines.add("|---|---|---|---|---|---|");
        lines.add(row("**all rules**", precision(), recall()));
        for (Map.Entry<String, Share[]> e : perRule().entrySet()) {
            lines.add(row("`" + e.getKey() + "`", e.getValue()[0], e.getValue()[1]));
        }
        return String.join("\n", lines) + "\n";
    }

    private static String row(String name, Share precision, Share recall) {
        return "| " + name + " | " + precision.total() + " | " + recall.total() + " | " + precision.matched()
                + " | " + precision.percent() + " | " + recall.percent() + " |";
    }
}
