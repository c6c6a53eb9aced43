package org.equalityduty.metrics.accumulators;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.equalityduty.metrics.internal.CategoryIndex;
import org.equalityduty.metrics.options.MetricOptions;

/**
 * Headcounts and optional weights (such as FTE) per declared category, collected in one pass, for representation,
 * disclosure and diversity figures.
 *
 * <p>Every declared category is reported, empty ones included; an undeclared key is rejected, never dropped. Refused
 * and not-obtained values should be declared as categories in their own right (docs/domain.md section 3), so that the
 * {@link org.equalityduty.metrics.functions.Representation#disclosureRate(CategoryCounts, java.util.Set, MetricOptions) disclosure rate} can be computed.
 * Headcounts are exact; weights are summed in double precision together with their squares (for Kish's effective
 * sample size). Collections combine exactly for headcounts.
 *
 * <p>Instances are mutable accumulators and not thread-safe; use one per thread and combine them.
 *
 * @param <K> the category key type
 * @since 0.2.0
 */
public final class CategoryCounts<K> implements Accumulator<CategoryCounts<K>> {

    private final CategoryIndex<K> index;
    private final long[] counts;
    private final double[] weights;
    private final double[] squaredWeights;

    private CategoryCounts(CategoryIndex<K> index) {
        this.index = index;
        this.counts = new long[index.size()];
        this.weights = new double[index.size()];
        this.squaredWeights = new double[index.size()];
    }

    /**
     * Obtains an empty collection over the declared categories, in the given order.
     *
     * @param <K> the key type
     * @param categories the categories, not null, no nulls, no repeats
     * @return a new empty collection, not null
     * @throws IllegalArgumentException if a category repeats
     * @since 0.1.0
     */
    public static <K> CategoryCounts<K> over(Collection<? extends K> categories) {
        return new CategoryCounts<>(new CategoryIndex<>(categories));
    }

    /**
     * Obtains an empty collection over every constant of an enum.
     *
     * @param <E> the enum type
     * @param type the enum class, not null
     * @return a new empty collection, not null
     * @since 0.1.0
     */
    public static <E extends Enum<E>> CategoryCounts<E> over(Class<E> type) {
        return over(EnumSet.allOf(Objects.requireNonNull(type, "type")));
    }

    /**
     * Adds one person with weight 1.
     *
     * @param key a declared category, not null
     * @return this collection, for chaining
     * @throws IllegalArgumentException if {@code key} was not declared
     * @since 0.1.0
     */
    public CategoryCounts<K> add(K key) {
        return add(key, 1);
    }

    /**
     * Adds one person with a weight, for example their full-time equivalent.
     *
     * @param key a declared category, not null
     * @param weight the weight, finite and not negative
     * @return this collection, for chaining
     * @throws IllegalArgumentException if {@code key} was not declared or {@code weight} is negative or not finite
     * @since 0.1.0
     */
    public CategoryCounts<K> add(K key, double weight) {
        int i = index.indexOf(key);
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("weight for " + key + " must be finite and not negative: " + weight);
        }
        counts[i]++;
        weights[i] += weight;
        squaredWeights[i] += weight * weight;
        return this;
    }

    /**
     * Adds the caller's records in one pass, each with weight 1.
     *
     * @param <T> the record type
     * @param records the records, not null
     * @param group extracts the record's category, which must be declared, not null
     * @return this collection, for chaining
     * @throws IllegalArgumentException if a record's category was not declared
     * @since 0.1.0
     */
    public <T> CategoryCounts<K> addAll(Iterable<? extends T> records, Function<? super T, ? extends K> group) {
        return addAll(records, group, r -> 1);
    }

    /**
     * Adds the caller's records in one pass, each with its weight.
     *
     * @param <T> the record type
     * @param records the records, not null
     * @param group extracts the record's category, which must be declared, not null
     * @param weight extracts the record's weight, finite and not negative, not null
     * @return this collection, for chaining
     * @throws IllegalArgumentException if a category was not declared or a weight is invalid
     * @since 0.1.0
     */
    public <T> CategoryCounts<K> addAll(Iterable<? extends T> records, Function<? super T, ? extends K> group,
            ToDoubleFunction<? super T> weight) {
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(weight, "weight");
        for (T r : records) {
            add(group.apply(r), weight.applyAsDouble(r));
        }
        return this;
    }

    /**
     * Combines another collection over the same categories into this one.
     *
     * @param other a collection declared with the same categories in the same order, not null, unchanged
     * @return this collection, for chaining
     * @throws IllegalArgumentException if the categories differ
     * @since 0.1.0
     */
    @Override
    public CategoryCounts<K> combine(CategoryCounts<K> other) {
        Objects.requireNonNull(other, "other");
        if (!index.categories().equals(other.index.categories())) {
            throw new IllegalArgumentException("categories differ: " + index.categories() + " and "
                    + other.index.categories());
        }
        for (int i = 0; i < counts.length; i++) {
            counts[i] = Math.addExact(counts[i], other.counts[i]);
            weights[i] += other.weights[i];
            squaredWeights[i] += other.squaredWeights[i];
        }
        return this;
    }

    /**
     * Gets the declared categories in declaration order.
     *
     * @return the categories, unmodifiable, not null
     * @since 0.1.0
     */
    public List<K> getCategories() {
        return index.categories();
    }

    /**
     * Gets a category's headcount.
     *
     * @param key a declared category, not null
     * @return the headcount, at least 0
     * @throws IllegalArgumentException if {@code key} was not declared
     * @since 0.1.0
     */
    public long getCount(K key) {
        return counts[index.indexOf(key)];
    }

    /**
     * Gets a category's total weight.
     *
     * @param key a declared category, not null
     * @return the sum of weights, at least 0
     * @throws IllegalArgumentException if {@code key} was not declared
     * @since 0.1.0
     */
    public double getWeight(K key) {
        return weights[index.indexOf(key)];
    }

    /**
     * Gets the total headcount over all categories.
     *
     * @return the headcount
     * @since 0.1.0
     */
    public long getTotalCount() {
        long total = 0;
        for (long c : counts) {
            total = Math.addExact(total, c);
        }
        return total;
    }

    /**
     * Gets the total weight over all categories.
     *
     * @return the sum of weights
     * @since 0.1.0
     */
    public double getTotalWeight() {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        return total;
    }

    /**
     * Gets the total of the squared weights over all categories, {@code Σw²} (for Kish's effective sample size).
     *
     * @return the sum of squared weights
     * @since 0.2.0
     */
    public double getTotalSquaredWeight() {
        double total = 0;
        for (double w : squaredWeights) {
            total += w;
        }
        return total;
    }

    /**
     * Gets every category's headcount, in declaration order, empty categories included.
     *
     * @return an unmodifiable map in declaration order, not null
     * @since 0.1.0
     */
    public Map<K, Long> asMap() {
        Map<K, Long> map = new LinkedHashMap<>();
        for (int i = 0; i < counts.length; i++) {
            map.put(index.categories().get(i), counts[i]);
        }
        return Collections.unmodifiableMap(map);
    }

    @Override
    public String toString() {
        return "CategoryCounts" + asMap();
    }
}
