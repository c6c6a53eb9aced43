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
import org.equalityduty.metrics.internal.GapMath;
import org.equalityduty.metrics.internal.Quantiles;
import org.equalityduty.metrics.options.Comparison;
import org.equalityduty.metrics.options.MetricOptions;
import org.equalityduty.metrics.results.GapResult;

/**
 * Per-group {@link Summary summaries} of a continuous outcome, collected in one pass over the caller's records,
 * for disaggregation by a dimension (sex, ethnicity, SEN provision) or by an explicit {@link Intersection}.
 *
 * <p>The categories are declared up front, so that every declared category is reported, even when it has no members
 * ({@link Summary#empty()}). A key that was not declared is rejected, never silently dropped. Keys may be of any type with
 * proper {@code equals}/{@code hashCode} (String codes, enums, intersections).
 *
 * <p>Memory is proportional to the number of categories, not records; adding a value does not allocate. Collections for
 * classes, schools or partitions {@link #combine(CategorySummaries) combine} with the pairwise update of Chan et al.,
 * exactly for counts and stably for means and variances.
 *
 * <p>Any finite scores are accepted. If a category's scores are so far apart that their sum of squared deviations
 * overflows a double (scores of magnitude beyond about {@code 1e154}), reading that category's {@link Summary}
 * throws {@link ArithmeticException}, and every gap that needs it is {@link
 * org.equalityduty.metrics.results.MetricStatus#UNDEFINED} with a reason saying so.
 *
 * <p>Instances are mutable accumulators and not thread-safe; use one per thread and combine them.
 *
 * @param <K> the category key type
 * @since 0.2.0
 */
public final class CategorySummaries<K> implements Accumulator<CategorySummaries<K>> {

    private final CategoryIndex<K> index;
    private final long[] n;
    private final double[] mean;
    private final double[] m2;

    private CategorySummaries(CategoryIndex<K> index) {
        this.index = index;
        this.n = new long[index.size()];
        this.mean = new double[index.size()];
        this.m2 = new double[index.size()];
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
    public static <K> CategorySummaries<K> over(Collection<? extends K> categories) {
        return new CategorySummaries<>(new CategoryIndex<>(categories));
    }

    /**
     * Obtains an empty collection over every constant of an enum, in declaration order.
     *
     * @param <E> the enum type
     * @param type the enum class, not null
     * @return a new empty collection, not null
     * @since 0.1.0
     */
    public static <E extends Enum<E>> CategorySummaries<E> over(Class<E> type) {
        return over(EnumSet.allOf(Objects.requireNonNull(type, "type")));
    }

    /**
     * Adds one value to a category (Welford's update).
     *
     * @param key a declared category, not null
     * @param value the value, finite
     * @return this collection, for chaining
     * @throws IllegalArgumentException if {@code key} was not declared or {@code value} is not finite
     * @since 0.1.0
     */
    public CategorySummaries<K> add(K key, double value) {
        int i = index.indexOf(key);
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value for " + key + " must be finite: " + value);
        }
        long count = ++n[i];
        double delta = value - mean[i];
        mean[i] += delta / count;
        m2[i] += delta * (value - mean[i]);
        return this;
    }

    /**
     * Adds the caller's records in one pass.
     *
     * @param <T> the record type
     * @param records the records, not null
     * @param group extracts the record's category, which must be declared, not null
     * @param outcome extracts the outcome, which must be finite, not null
     * @return this collection, for chaining
     * @throws IllegalArgumentException if a record's category was not declared or its outcome is not finite
     *         (records before it have been added)
     * @since 0.1.0
     */
    public <T> CategorySummaries<K> addAll(Iterable<? extends T> records, Function<? super T, ? extends K> group,
            ToDoubleFunction<? super T> outcome) {
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(outcome, "outcome");
        for (T r : records) {
            add(group.apply(r), outcome.applyAsDouble(r));
        }
        return this;
    }

    /**
     * Combines another collection over the same categories into this one.
     *
     * @param other a collection declared with the same categories in the same order, not null, unchanged
     * @return this collection, for chaining
     * @throws IllegalArgumentException if the categories differ
     * @throws ArithmeticException if the scores of a category involved are so far apart that their sum of squared
     *         deviations overflowed a double (scores of magnitude beyond about 1e154); the gap methods report UNDEFINED
     *         instead
     * @since 0.1.0
     */
    @Override
    public CategorySummaries<K> combine(CategorySummaries<K> other) {
        Objects.requireNonNull(other, "other");
        if (!index.categories().equals(other.index.categories())) {
            throw new IllegalArgumentException("categories differ: " + index.categories() + " and "
                    + other.index.categories());
        }
        for (int i = 0; i < n.length; i++) {
            Summary merged = get(i).merge(other.get(i));
            n[i] = merged.getN();
            mean[i] = merged.isEmpty() ? 0 : merged.mean();
            m2[i] = merged.getSumOfSquaredDeviations();
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
     * Gets a category's summary.
     *
     * @param key a declared category, not null
     * @return the summary, {@link Summary#empty()} if the category has no members, not null
     * @throws IllegalArgumentException if {@code key} was not declared
     * @throws ArithmeticException if the scores of a category involved are so far apart that their sum of squared
     *         deviations overflowed a double (scores of magnitude beyond about 1e154); the gap methods report UNDEFINED
     *         instead
     * @since 0.1.0
     */
    public Summary get(K key) {
        return get(index.indexOf(key));
    }

    private Summary get(int i) {
        return Summary.ofState(n[i], mean[i], m2[i], index.categories().get(i));
    }

    /**
     * Gets the summary of everyone outside a category (the one-vs-rest reference).
     *
     * @param key a declared category, not null
     * @return the merged summary of every other category, not null
     * @throws IllegalArgumentException if {@code key} was not declared
     * @throws ArithmeticException if the scores of a category involved are so far apart that their sum of squared
     *         deviations overflowed a double (scores of magnitude beyond about 1e154); the gap methods report UNDEFINED
     *         instead
     * @since 0.1.0
     */
    public Summary restOf(K key) {
        int skip = index.indexOf(key);
        Summary rest = Summary.empty();
        for (int i = 0; i < n.length; i++) {
            if (i != skip) {
                rest = rest.merge(get(i));
            }
        }
        return rest;
    }

    /**
     * Gets the summary of the whole population (all categories merged).
     *
     * @return the summary, not null
     * @throws ArithmeticException if the scores of a category involved are so far apart that their sum of squared
     *         deviations overflowed a double (scores of magnitude beyond about 1e154); the gap methods report UNDEFINED
     *         instead
     * @since 0.1.0
     */
    public Summary total() {
        Summary all = Summary.empty();
        for (int i = 0; i < n.length; i++) {
            all = all.merge(get(i));
        }
        return all;
    }

    /**
     * Gets every category's summary, in declaration order, empty categories included.
     *
     * @return an unmodifiable map in declaration order, not null
     * @throws ArithmeticException if the scores of a category involved are so far apart that their sum of squared
     *         deviations overflowed a double (scores of magnitude beyond about 1e154); the gap methods report UNDEFINED
     *         instead
     * @since 0.1.0
     */
    public Map<K, Summary> asMap() {
        Map<K, Summary> map = new LinkedHashMap<>();
        for (int i = 0; i < n.length; i++) {
            map.put(index.categories().get(i), get(i));
        }
        return Collections.unmodifiableMap(map);
    }

    /**
     * Computes the mean gap between two declared categories ({@link Comparison#namedGroup(String)}, labelled with the
     * reference key's {@code toString()}).
     *
     * @param focus the focus category, not null
     * @param reference the reference category, not null
     * @param options the options, not null
     * @return the gap, focus minus reference, not null
     * @throws IllegalArgumentException if a key was not declared
     * @since 0.1.0
     * @see org.equalityduty.metrics.functions.Gaps#meanGap(Summary, Summary, Comparison, MetricOptions)
     */
    public GapResult meanGap(K focus, K reference, MetricOptions options) {
        int f = index.indexOf(focus);
        int r = index.indexOf(reference);
        return welch(n[f], mean[f], Math.max(0, m2[f]), n[r], mean[r], Math.max(0, m2[r]),
                Comparison.namedGroup(String.valueOf(reference)), options);
    }

    /**
     * Computes the mean gap between a declared category and everyone else (one-vs-rest).
     *
     * @param focus the focus category, not null
     * @param options the options, not null
     * @return the gap, focus minus rest, not null
     * @throws IllegalArgumentException if {@code focus} was not declared
     * @since 0.1.0
     */
    public GapResult meanGapToRest(K focus, MetricOptions options) {
        int f = index.indexOf(focus);
        // The rest merged as Summary.merge does (from the empty summary, in declaration order), but without throwing
        // if the moments overflow: the gap is then UNDEFINED with the reason.
        long restN = 0;
        double restMean = 0;
        double restM2 = 0;
        for (int i = 0; i < n.length; i++) {
            if (i == f || n[i] == 0) {
                continue;
            }
            double m2i = Math.max(0, m2[i]);
            if (restN == 0) {
                restN = n[i];
                restMean = mean[i];
                restM2 = m2i;
                continue;
            }
            long total = Math.addExact(restN, n[i]);
            double delta = mean[i] - restMean;
            restMean = restMean + delta * ((double) n[i] / total);
            restM2 = restM2 + m2i + delta * delta * ((double) restN * (double) n[i] / total);
            restN = total;
        }
        return welch(n[f], mean[f], Math.max(0, m2[f]), restN, restMean, restM2, Comparison.restOfPopulation(),
                options);
    }

    /** As Gaps.meanGap for two independent groups, with the t quantile from Commons Statistics' solver. */
    private static GapResult welch(long nF, double meanF, double m2F, long nR, double meanR, double m2R,
            Comparison kind, MetricOptions options) {
        Objects.requireNonNull(options, "options");
        double level = options.getConfidenceLevel();
        return GapMath.meanGap(nF, meanF, m2F, nR, meanR, nR, m2R, kind, options, df -> Quantiles.t(df, level));
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("CategorySummaries{");
        for (int i = 0; i < n.length; i++) {
            b.append(i == 0 ? "" : ", ").append(index.categories().get(i)).append("=Summary[n=").append(n[i])
                    .append(", mean=").append(mean[i]).append(", m2=").append(m2[i]).append(']');
        }
        return b.append('}').toString();
    }
}
