package org.equalityduty.metrics.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Declared categories in order, with a lookup from key to position. Immutable. Not exported. */
public final class CategoryIndex<K> {
    private final List<K> categories;
    private final Map<K, Integer> positions;

    /** @param declared the categories, not null, no repeats */
    public CategoryIndex(Collection<? extends K> declared) {
        Objects.requireNonNull(declared, "categories");
        this.categories = List.copyOf(declared);
        this.positions = new HashMap<>();
        for (int i = 0; i < categories.size(); i++) {
            if (positions.putIfAbsent(categories.get(i), i) != null) {
                throw new IllegalArgumentException("categories must not repeat: " + categories.get(i));
            }
        }
    }

    /**
     * Gets the position of a declared category.
     *
     * @param key  a declared category, not null
     * @return its position
     */
    public int indexOf(K key) {
        Integer i = positions.get(Objects.requireNonNull(key, "key"));
        if (i == null) {
            throw new IllegalArgumentException("key is not a declared category " + categories + ": " + key);
        }
        return i;
    }

    /**
     * Gets the categories in order.
     *
     * @return the categories in order
     */
    public List<K> categories() {
        return categories;
    }

    /**
     * Gets the number of categories.
     *
     * @return the number of categories
     */
    public int size() {
        return categories.size();
    }
}
