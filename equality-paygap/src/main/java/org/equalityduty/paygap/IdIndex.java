package org.equalityduty.paygap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * Finds repeated employee ids among a million or more, cheaply: hashes are appended in order (sequential writes, no
 * per-id objects), then {@link #duplicates()} partitions the record numbers by the high bits of the hash (a counting
 * sort, stable) and looks for repeats partition by partition in a small open-addressing table that stays in cache.
 * Ids are compared with {@code equals} only when their hashes match. A hash map of a million ids would instead cost a
 * cache miss per id and a million entries for the garbage collector to copy.
 *
 * <p>The ids themselves are kept only when they cannot be read back: records in a random-access list are asked for
 * their id again, by position, when a hash matches (a few times in a million), which saves storing a million
 * references (each store into a large array passes the collector's write barrier).
 */
final class IdIndex {
    /** Records per partition aimed at: a table of 2 x 4096 ints fits a core's cache. */
    private static final int PARTITION = 4096;

    /** The records, when they can be read back by position; else null and the ids are kept. */
    private final @Nullable List<PayRecord> source;
    private String @Nullable [] ids;
    private int[] hashes;
    private int size;

    /**
     * An index for about the expected number of ids (it grows past it), keeping them: sized up front, the arrays are
     * not copied while a million ids arrive.
     */
    IdIndex(int expected) {
        int capacity = Math.max(16, expected);
        source = null;
        ids = new String[capacity];
        hashes = new int[capacity];
    }

    private IdIndex(List<PayRecord> source) {
        this.source = source;
        hashes = new int[Math.max(16, source.size())];
    }

    /**
     * An index for the ids of some records, to be added in their iteration order: a random-access list is read back
     * by position when a hash matches; any other source has its ids kept.
     */
    static IdIndex of(Iterable<PayRecord> records) {
        if (records instanceof List<PayRecord> list && records instanceof RandomAccess) {
            return new IdIndex(list);
        }
        return new IdIndex(records instanceof Collection<?> c ? c.size() : 0);
    }

    /** A repeated id: the record numbers (1-based) where it was first seen and seen again. */
    record Duplicate(String id, int first, int again) {
    }

    /** Adds an id with its {@link #hash}. */
    void add(String id, int hash) {
        if (size == hashes.length) {
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        String[] kept = ids;
        if (kept != null) {
            if (size == kept.length) {
                kept = Arrays.copyOf(kept, size * 2);
                ids = kept;
            }
            kept[size] = id;
        }
        hashes[size++] = hash;
    }

    /** The id added at a position (0-based). */
    private String id(int row) {
        String[] kept = ids;
        return kept != null ? kept[row] : Objects.requireNonNull(source).get(row).getId();
    }

    /** The hash of an id: its hash code through MurmurHash3's finaliser, so every bit moves partition and slot. */
    static int hash(String id) {
        int h = id.hashCode();
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        return h ^ (h >>> 16);
    }

    /** Every repeat, in the order the repeating records came. */
    List<Duplicate> duplicates() {
        int bits = 0;
        while ((size >> bits) > PARTITION && bits < 20) {
            bits++;
        }
        int partitions = 1 << bits;
        int shift = 32 - bits;
        int[] start = new int[partitions + 1];
        for (int i = 0; i < size; i++) {
            start[partition(hashes[i], shift, bits) + 1]++;
        }
        for (int p = 0; p < partitions; p++) {
            start[p + 1] += start[p];
        }
        // Scatter each record's hash and number, packed in one long, by partition: each partition's probing then reads
        // its own contiguous entries (in cache) rather than hashes spread over the whole array.
        long[] packed = new long[size];
        int[] next = Arrays.copyOf(start, partitions);
        for (int i = 0; i < size; i++) {
            packed[next[partition(hashes[i], shift, bits)]++] = (long) hashes[i] << 32 | i;
        }
        List<Duplicate> found = new ArrayList<>();
        int[] table = new int[16];
        for (int p = 0; p < partitions; p++) {
            int from = start[p];
            int to = start[p + 1];
            int capacity = Integer.highestOneBit(Math.max(2, to - from) * 2 - 1) << 1;
            if (table.length < capacity) {
                table = new int[capacity];
            }
            Arrays.fill(table, 0, capacity, -1);
            int mask = capacity - 1;
            for (int j = from; j < to; j++) {
                long entry = packed[j];
                int h = (int) (entry >>> 32);
                int row = (int) entry;
                int slot = h & mask;
                while (table[slot] >= 0) {
                    long seen = packed[table[slot]];
                    int other = (int) seen;
                    if ((int) (seen >>> 32) == h && id(other).equals(id(row))) {
                        found.add(new Duplicate(id(row), other + 1, row + 1));
                        break;
                    }
                    slot = (slot + 1) & mask;
                }
                if (table[slot] < 0) {
                    table[slot] = j;
                }
            }
        }
        found.sort((a, b) -> Integer.compare(a.again(), b.again()));
        return found;
    }

    private static int partition(int hash, int shift, int bits) {
        return bits == 0 ? 0 : hash >>> shift;
    }
}
