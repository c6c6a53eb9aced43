package org.equalityduty.paygap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import java.util.RandomAccess;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Repeated ids are found among many, in the order the repeats came; equal hash codes alone are not repeats. */
class IdIndexTest {

    @Test
    void findsEveryRepeatAmongManyIds() {
        IdIndex index = new IdIndex(0);
        for (int i = 0; i < 100_000; i++) {
            index.add("e" + i, IdIndex.hash("e" + i));
        }
        index.add("e42", IdIndex.hash("e42"));
        index.add("e99999", IdIndex.hash("e99999"));
        index.add("e42", IdIndex.hash("e42"));
        assertEquals(List.of(new IdIndex.Duplicate("e42", 43, 100_001), new IdIndex.Duplicate("e99999", 100_000,
                100_002), new IdIndex.Duplicate("e42", 43, 100_003)), index.duplicates());
    }

    @Test
    void equalHashCodesAreNotRepeats() {
        IdIndex index = new IdIndex(0);
        // "Aa" and "BB" have the same String hash code.
        index.add("Aa", IdIndex.hash("Aa"));
        index.add("BB", IdIndex.hash("BB"));
        assertEquals(List.of(), index.duplicates());
        index.add("BB", IdIndex.hash("BB"));
        assertEquals(List.of(new IdIndex.Duplicate("BB", 2, 3)), index.duplicates());
    }

    /**
     * Records in a random-access list are not kept but read back by position when hashes match; any other iterable
     * has its ids kept. Both find the same repeats: "Aa" and "BB" share a hash code, and e2 comes again as record 4.
     */
    @Test
    void recordsReadBackFromAListOrKept() {
        List<PayRecord> records = List.of(Records.man("Aa", "10"), Records.man("e2", "10"), Records.woman("BB", "10"),
                Records.woman("e2", "11"));
        Iterable<PayRecord> notAList = records::iterator;
        for (Iterable<PayRecord> source : List.of(records, notAList)) {
            IdIndex index = IdIndex.of(source);
            for (PayRecord r : source) {
                index.add(r.getId(), r.idHash);
            }
            assertEquals(List.of(new IdIndex.Duplicate("e2", 2, 4)), index.duplicates());
        }
    }

    /**
     * The hash is the id's {@code String.hashCode()} through MurmurHash3's 32-bit finaliser (fmix32, A. Appleby,
     * smhasher {@code MurmurHash3.cpp}). Expected values from an independent implementation of fmix32 (Python, masked
     * to 32 bits, printed as signed ints); fmix32(1) = 0x514E28B7 is the finaliser's widely quoted value for 1.
     * "\u0001" has hash code 1, "" has 0 (fmix32(0) = 0), "Aa" and "BB" both 2112.
     */
    @Test
    void hashIsTheMurmur3FinaliserOfTheHashCode() {
        assertEquals(0x514E28B7, IdIndex.hash("\u0001"));
        assertEquals(0, IdIndex.hash(""));
        assertEquals(-533_258_471, IdIndex.hash("a"));
        assertEquals(514_511_100, IdIndex.hash("e42"));
        assertEquals(1_607_165_104, IdIndex.hash("Aa"));
        assertEquals(1_607_165_104, IdIndex.hash("BB"));
        assertEquals(-1_097_836_598, IdIndex.hash("employee-000123"));
    }

    /** The very first id added, repeated, is found (it sits at position 0 of the probing table's entries). */
    @Test
    void theFirstIdRepeated() {
        IdIndex index = new IdIndex(3);
        for (String id : List.of("x", "y", "z", "x", "x")) {
            index.add(id, IdIndex.hash(id));
        }
        assertEquals(List.of(new IdIndex.Duplicate("x", 1, 4), new IdIndex.Duplicate("x", 1, 5)), index.duplicates());
    }

    /** An index with nothing added, and one id alone, have no repeats. */
    @Test
    void noIdsOrOne() {
        assertEquals(List.of(), new IdIndex(0).duplicates());
        IdIndex one = IdIndex.of(List.of(Records.man("e1", "10")));
        one.add("e1", IdIndex.hash("e1"));
        assertEquals(List.of(), one.duplicates());
    }

    /** A list that counts the positions it is asked for. */
    private static final class Counting extends AbstractList<PayRecord> implements RandomAccess {
        private final List<PayRecord> records;
        final Set<Integer> asked = new TreeSet<>();

        Counting(List<PayRecord> records) {
            this.records = records;
        }

        @Override
        public PayRecord get(int index) {
            asked.add(index);
            return records.get(index);
        }

        @Override
        public int size() {
            return records.size();
        }
    }

    private static List<PayRecord> tenWithOneRepeat() {
        List<PayRecord> records = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            records.add(Records.man(i == 9 ? "e3" : "e" + i, "10"));
        }
        return records;
    }

    /**
     * A random-access list is read back by position only where hashes match: of ten records, e3 (record 3) comes
     * again as record 9, and only positions 2 and 8 (0-based) are asked for. A list without random access (a linked
     * list, slow by position) has its ids kept and is never asked by position.
     */
    @Test
    void aRandomAccessListIsAskedOnlyWhereHashesMatch() {
        Counting list = new Counting(tenWithOneRepeat());
        IdIndex index = IdIndex.of(list);
        for (int i = 0; i < list.size(); i++) {
            PayRecord r = list.records.get(i);
            index.add(r.getId(), r.idHash);
        }
        assertEquals(List.of(), List.copyOf(list.asked));
        assertEquals(List.of(new IdIndex.Duplicate("e3", 3, 9)), index.duplicates());
        assertEquals(List.of(2, 8), List.copyOf(list.asked));

        Set<Integer> askedOfLinked = new TreeSet<>();
        LinkedList<PayRecord> linked = new LinkedList<>(tenWithOneRepeat()) {
            private static final long serialVersionUID = 1L;

            @Override
            public PayRecord get(int index) {
                askedOfLinked.add(index);
                return super.get(index);
            }
        };
        IdIndex kept = IdIndex.of(linked);
        for (PayRecord r : linked) {
            kept.add(r.getId(), r.idHash);
        }
        assertEquals(List.of(new IdIndex.Duplicate("e3", 3, 9)), kept.duplicates());
        assertEquals(Set.of(), askedOfLinked);
    }
}
