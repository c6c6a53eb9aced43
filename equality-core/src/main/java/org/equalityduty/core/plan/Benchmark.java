package org.equalityduty.core.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.equalityduty.core.internal.Decimals;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Optional;
import org.equalityduty.core.internal.ValueStyle;
import org.equalityduty.core.population.Group;
import org.immutables.value.Value;

/**
 * An external figure to compare with, such as a national rate, the share of a group in the pupil roll, or in
 * the local population.
 *
 * <p>Plans often name a benchmark without its figure ("in line with national", "their peers nationally"); the
 * value is then empty, and the scope, the group the figure is about, its source and year say what the plan does.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
public abstract non-sealed class Benchmark implements Reference {

    Benchmark() {
    }

    /**
     * Gets what the figure is.
     *
     * @return such as "BAME pupils across the Trust", not null
     * @since 0.1.0
     */
    public abstract @NotBlank @Size(max = 300) String getLabel();

    /**
     * Gets the value, in the unit of the measure it is compared with.
     *
     * @return the exact value, empty if the plan names the benchmark without its figure, not null
     * @since 0.1.0
     */
    public abstract Optional<BigDecimal> getValue();

    /**
     * Gets whose figure it is: national, regional, a local authority's or a trust's.
     *
     * @return the scope, empty if not stated, not null
     * @since 0.2.0
     */
    public abstract Optional<BenchmarkScope> getScope();

    /**
     * Gets the group the figure is about, such as non-disadvantaged pupils for "their peers nationally".
     *
     * @return the group, empty if the figure is for everyone or not stated, not null
     * @since 0.2.0
     */
    public abstract Optional<@Valid Group> getGroup();

    /**
     * Gets the year the figure refers to, as the plan states it.
     *
     * @return the year, such as {@code 2023} or {@code 2022/23}, empty if not stated, not null
     * @since 0.2.0
     */
    public abstract Optional<PlanDate> getYear();

    /**
     * Gets where the figure comes from.
     *
     * @return the source, empty if not stated, not null
     * @since 0.1.0
     */
    public abstract Optional<@Size(min = 1, max = 500) String> getSource();

    /**
     * Obtains a benchmark with no stated source.
     *
     * @param label  what the figure is, not null
     * @param value  the value, not null
     * @return the benchmark, not null
     * @since 0.1.0
     */
    public static Benchmark of(String label, BigDecimal value) {
        return builder().label(label).value(value).build();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.benchmark(this);
    }

    /**
     * Creates a builder.
     *
     * @return a new builder, not null
     * @since 0.1.0
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link Benchmark} instances; each attribute may be set once.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ImmutableBenchmark.Builder {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        getValue().ifPresent(v -> Decimals.requirePlanValue("value", v));
        if (getYear().isPresent() && getYear().get().getPrecision() == PlanDate.Precision.END_OF_PLAN) {
            throw new org.equalityduty.core.InvalidValueException("year of a benchmark must be a date, not end_of_plan");
        }
    }
}
