package org.equalityduty.paygap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
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
}
