package org.equalityduty.core.plan;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.Optional;
import org.equalityduty.core.InvalidValueException;
import org.equalityduty.core.internal.Decimals;
import org.equalityduty.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * A threshold "in line with" a benchmark: met when the measure is within a tolerance of the benchmark's figure,
 * such as attendance "in line with national" or "within 1 percentage point of the national average".
 *
 * <p>Plans often give no tolerance; it is then empty, kept as published, so that assessment can say an equality
 * threshold needs a stated margin.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.2.0
 */
@Value.Immutable
@ValueStyle
public abstract class InLineWith {

    InLineWith() {
    }

    /**
     * Gets the benchmark to be in line with.
     *
     * @return the benchmark, not null
     * @since 0.2.0
     */
    public abstract @Valid Benchmark getBenchmark();

    /**
     * Gets how far from the benchmark's figure still counts as in line, in the measure's unit.
     *
     * @return the tolerance, not negative, empty if the plan states none, not null
     * @since 0.2.0
     */
    public abstract Optional<BigDecimal> getTolerance();

    /**
     * Checks whether a value is in line with the benchmark.
     *
     * @param value  the value, not null
     * @return true if the benchmark has a figure, a tolerance is stated and the value is within it of the figure;
     *         empty if either is not stated, not null
     * @since 0.2.0
     */
    public Optional<Boolean> isMetBy(BigDecimal value) {
        if (getBenchmark().getValue().isEmpty() || getTolerance().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(value.subtract(getBenchmark().getValue().get()).abs().compareTo(getTolerance().get()) <= 0);
    }

    /**
     * Creates a builder.
     *
     * @return a new builder, not null
     * @since 0.2.0
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link InLineWith} instances; each attribute may be set once.
     *
     * @since 0.2.0
     */
    public static final class Builder extends ImmutableInLineWith.Builder {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        if (getTolerance().isPresent()) {
            Decimals.requirePlanValue("tolerance", getTolerance().get());
            if (getTolerance().get().signum() < 0) {
                throw new InvalidValueException("tolerance must not be negative, not "
                        + getTolerance().get().toPlainString());
            }
        }
    }
}
