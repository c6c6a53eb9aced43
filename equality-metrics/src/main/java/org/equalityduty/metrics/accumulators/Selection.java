package org.equalityduty.metrics.accumulators;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.equalityduty.metrics.internal.CategoryIndex;
import org.equalityduty.metrics.options.MetricOptions;
import org.equalityduty.metrics.results.MetricStatus;
import org.equalityduty.metrics.results.StageRate;

/**
 * Selection rates per group at each stage of a process (applied → shortlisted → appointed) and the adverse impact
 * ratio against the most-selected group, with the four-fifths rule flag.
 *
 * <p>Each person is recorded once with the furthest stage they reached. The selection rate of group {@code g} at stage
 * {@code s} is {@code reached(g, s) / reached(g, s − 1)} (denominator: those who reached the previous stage). The
 * comparator at each stage is the group with the highest rate among groups whose denominator meets
 * {@link MetricOptions#getMinimumGroupSize()} (so that one appointment out of one applicant does not set the bar); the
 * adverse impact ratio is a group's rate over the comparator's, flagged when below 4/5. The flag is decided exactly on
 * the counts ({@code 5 x n* < 4 x* n}).
 *
 * <p>Reference: US EEOC Uniform Guidelines on Employee Selection Procedures (1978), 29 CFR 1607.4(D), the
 * "four-fifths rule"; a screening heuristic, not a test of discrimination under the Equality Act 2010.
 *
 * <p>Every declared group is reported at every stage, empty ones included. Instances are mutable accumulators,
 * not thread-safe; combine per-thread or per-school instances with {@link #combine(Selection)} (exact).
 *
 * @param <K> the group key type
 * @since 0.1.0
 */
public final class Selection<K> implements Accumulator<Selection<K>> {

    private final CategoryIndex<K> groups;
    private final List<String> stages;
    private final long[][] furthest;

    private Selection(CategoryIndex<K> groups, List<String> stages) {
        this.groups = groups;
        this.stages = stages;
        this.furthest = new long[groups.size()][stages.size()];
    }

    /**
     * Obtains an empty selection record over declared groups and ordered stages.
     *
     * @param <K> the group key type
     * @param groups the groups, not null, no repeats
     * @param stages the stage names in order, first the pool (for example "applied"), at least 2, distinct, not blank
     * @return a new empty record, not null
     * @throws IllegalArgumentException if a group repeats, or there are fewer than 2 stages, or a stage is blank or repeats
     * @since 0.1.0
     */
    public static <K> Selection<K> over(Collection<? extends K> groups, List<String> stages) {
        Objects.requireNonNull(stages, "stages");
        List<String> copy = List.copyOf(stages);
        if (copy.size() < 2) {
            throw new IllegalArgumentException("stages must have at least 2 entries: " + copy);
        }
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i).isBlank() || copy.indexOf(copy.get(i)) != i) {
                throw new IllegalArgumentException("stages must be distinct and not blank: " + copy);
            }
        }
        return new Selection<>(new CategoryIndex<>(groups), copy);
    }

    /**
     * Records one person with the furthest stage they reached.
     *
     * @param group a declared group, not null
     * @param furthestStage the index of the furthest stage reached, from 0 (only the pool) to the last stage
     * @return this record, for chaining
     * @throws IllegalArgumentException if {@code group} was not declared or the index is out of range
     * @since 0.1.0
     */
    public Selection<K> add(K group, int furthestStage) {
        int g = groups.indexOf(group);
        if (furthestStage < 0 || furthestStage >= stages.size()) {
            throw new IllegalArgumentException("furthestStage must be between 0 and " + (stages.size() - 1) + ": "
                    + furthestStage);
        }
        furthest[g][furthestStage]++;
        return this;
    }

    /**
     * Records one person with the name of the furthest stage they reached.
     *
     * @param group a declared group, not null
     * @param furthestStage a declared stage name, not null
     * @return this record, for chaining
     * @throws IllegalArgumentException if the group or stage was not declared
     * @since 0.1.0
     */
    public Selection<K> add(K group, String furthestStage) {
        Objects.requireNonNull(furthestStage, "furthestStage");
        int s = stages.indexOf(furthestStage);
        if (s < 0) {
            throw new IllegalArgumentException("furthestStage is not a declared stage " + stages + ": "
                    + furthestStage);
        }
        return add(group, s);
    }

    /**
     * Records the caller's records in one pass.
     *
     * @param <T> the record type
     * @param records the records, not null
     * @param group extracts the person's group, not null
     * @param furthestStage extracts the index of the furthest stage reached, not null
     * @return this record, for chaining
     * @throws IllegalArgumentException if a group was not declared or a stage index is out of range
     * @since 0.1.0
     */
    public <T> Selection<K> addAll(Iterable<? extends T> records, Function<? super T, ? extends K> group,
            ToIntFunction<? super T> furthestStage) {
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(furthestStage, "furthestStage");
        for (T r : records) {
            add(group.apply(r), furthestStage.applyAsInt(r));
        }
        return this;
    }

    /**
     * Adds another record's counts (same groups and stages) into this one.
     *
     * @param other the other record, not null, unchanged
     * @return this record, for chaining
     * @throws IllegalArgumentException if the groups or stages differ
     * @since 0.1.0
     */
    @Override
    public Selection<K> combine(Selection<K> other) {
        Objects.requireNonNull(other, "other");
        if (!groups.categories().equals(other.groups.categories()) || !stages.equals(other.stages)) {
            throw new IllegalArgumentException("groups or stages differ: " + groups.categories() + " " + stages
                    + " and " + other.groups.categories() + " " + other.stages);
        }
        for (int g = 0; g < furthest.length; g++) {
            for (int s = 0; s < stages.size(); s++) {
                furthest[g][s] = Math.addExact(furthest[g][s], other.furthest[g][s]);
            }
        }
        return this;
    }

    /**
     * Gets the number of people in a group who reached at least the given stage.
     *
     * @param group a declared group, not null
     * @param stage a declared stage, not null
     * @return the count
     * @throws IllegalArgumentException if the group or stage was not declared
     * @since 0.1.0
     */
    public long getReached(K group, String stage) {
        int s = stages.indexOf(Objects.requireNonNull(stage, "stage"));
        if (s < 0) {
            throw new IllegalArgumentException("stage is not declared " + stages + ": " + stage);
        }
        return reached(groups.indexOf(group), s);
    }

    private long reached(int g, int s) {
        long total = 0;
        for (int i = s; i < stages.size(); i++) {
            total += furthest[g][i];
        }
        return total;
    }

    /**
     * Computes every group's rate and adverse impact ratio at every stage after the first, stage by stage, groups in
     * declaration order.
     *
     * @param options the options, not null
     * @return the rates, unmodifiable, not null
     * @since 0.1.0
     */
    public List<StageRate<K>> rates(MetricOptions options) {
        Objects.requireNonNull(options, "options");
        int min = options.getMinimumGroupSize();
        List<StageRate<K>> out = new ArrayList<>();
        for (int s = 1; s < stages.size(); s++) {
            int best = -1;
            long bestX = 0;
            long bestN = 0;
            for (int g = 0; g < furthest.length; g++) {
                long n = reached(g, s - 1);
                long x = reached(g, s);
                if (n >= min && n > 0 && (best < 0 || Math.multiplyExact(x, bestN) > Math.multiplyExact(bestX, n))) {
                    best = g;
                    bestX = x;
                    bestN = n;
                }
            }
            for (int g = 0; g < furthest.length; g++) {
                out.add(rate(g, s, best, bestX, bestN, min));
            }
        }
        return List.copyOf(out);
    }

    private StageRate<K> rate(int g, int s, int best, long bestX, long bestN, int min) {
        K group = groups.categories().get(g);
        String stage = stages.get(s);
        String previous = stages.get(s - 1);
        long n = reached(g, s - 1);
        long x = reached(g, s);
        if (n == 0) {
            return new StageRate<>(group, stage, previous, x, n, OptionalDouble.empty(), OptionalDouble.empty(), false,
                    false, MetricStatus.EMPTY, "no one from " + group + " reached " + previous);
        }
        OptionalDouble rate = OptionalDouble.of((double) x / n);
        MetricStatus status = n < min ? MetricStatus.BELOW_MINIMUM_GROUP_SIZE : MetricStatus.OK;
        String reason = n < min ? n + " from " + group + " reached " + previous
                + ", fewer than the minimum group size of " + min : "OK";
        if (best < 0) {
            return new StageRate<>(group, stage, previous, x, n, rate, OptionalDouble.empty(), false, false, status,
                    reason + "; no group meets the minimum group size of " + min + ", so there is no comparator");
        }
        if (bestX == 0) {
            return new StageRate<>(group, stage, previous, x, n, rate, OptionalDouble.empty(), g == best, false,
                    status, reason + "; no group had anyone selected at " + stage
                            + ", so the adverse impact ratio is undefined");
        }
        double ratio = ((double) x / n) / ((double) bestX / bestN);
        boolean flag = Math.multiplyExact(5, Math.multiplyExact(x, bestN)) < Math.multiplyExact(4,
                Math.multiplyExact(bestX, n));
        return new StageRate<>(group, stage, previous, x, n, rate, OptionalDouble.of(ratio), g == best, flag, status,
                reason);
    }

    /**
     * Gets the declared stages in order.
     *
     * @return the stage names, unmodifiable, not null
     * @since 0.1.0
     */
    public List<String> getStages() {
        return stages;
    }

    /**
     * Gets the declared groups in order.
     *
     * @return the groups, unmodifiable, not null
     * @since 0.1.0
     */
    public List<K> getGroups() {
        return groups.categories();
    }
}
