package org.equalityduty.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The schools of one read, by URN: each school's position in the order first seen, and its six-digit text, made
 * once per school. A school is found by its URN's number, so the pupils' byte path (which has the number, never the
 * text) and a {@link PupilRow} (whose URN the import checked to be six digits) find it the same way, and a school
 * already seen costs one probe of an int table: no boxing, no string hash, nothing allocated.
 *
 * <p>Not thread-safe: one per read or per {@link SchoolGaps}.
 */
final class SchoolIndex {
    /** The first table size: a power of two, kept at most half full. */
    static final int FIRST_SIZE = 64;

    /** The URN's number plus one for each cell (0 marks a free cell), in an open-addressing table. */
    private int[] keys = new int[FIRST_SIZE];
    /** The school's position for each cell. */
    private int[] positions = new int[FIRST_SIZE];
    /** The text of each school, by position. */
    private final List<String> texts = new ArrayList<>();

    /**
     * The position of a school, which is added at the next position if it has not been seen.
     *
     * @param urn a URN's number, from 0 to 999,999
     * @return the position, from 0
     */
    int position(int urn) {
        int key = urn + 1;
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        for (int k = keys[i]; k != 0; k = keys[i]) {
            if (k == key) {
                return positions[i];
            }
            i = (i + 1) & mask;
        }
        int position = texts.size();
        texts.add(String.format(Locale.ROOT, "%06d", urn));
        if (2 * texts.size() > keys.length) {
            grow();
            i = free(key);
        }
        keys[i] = key;
        positions[i] = position;
        return position;
    }

    /**
     * The position of a school given by its URN's text, without adding it.
     *
     * @return the position, or -1 if no school with that URN has been seen (or the text is not six digits)
     */
    int find(String urn) {
        int number = urn.length() == 6 ? Fields.digitsValue(urn) : -1;
        if (number < 0) {
            return -1;
        }
        int key = number + 1;
        int mask = keys.length - 1;
        for (int i = mix(key) & mask; keys[i] != 0; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return positions[i];
            }
        }
        return -1;
    }

    /** The six-digit text of the school at a position. */
    String text(int position) {
        return texts.get(position);
    }

    /** The schools' texts in the order first seen, unmodifiable. */
    List<String> texts() {
        return Collections.unmodifiableList(texts);
    }

    /** The number of cells of the table (for the test of its growth). */
    int capacity() {
        return keys.length;
    }

    /** Doubles the table, every key moved to its cell in the larger one. */
    private void grow() {
        int[] oldKeys = keys;
        int[] oldPositions = positions;
        keys = new int[2 * oldKeys.length];
        positions = new int[keys.length];
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != 0) {
                int at = free(oldKeys[j]);
                keys[at] = oldKeys[j];
                positions[at] = oldPositions[j];
            }
        }
    }

    /** The first free cell from a key's own (the key is not in the table). */
    private int free(int key) {
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (keys[i] != 0) {
            i = (i + 1) & mask;
        }
        return i;
    }

    /** Spreads consecutive URNs, and URNs with the same low bits, over the table (Fibonacci hashing). */
    private static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
