package org.equalityduty.core.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.equalityduty.core.internal.Ids;
import org.equalityduty.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * A success criterion with a measure and, ideally, a baseline, a numeric target and a deadline.
 *
 * <p>Plans often leave some of these out ("better reflect the community"); they are optional here so that
 * assessment can report what is missing.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
public abstract non-sealed class QuantitativeTarget implements SuccessCriterion {

    QuantitativeTarget() {
    }

    @Override
    public abstract String getId();

    @Override
    public abstract @NotBlank @Size(max = 2000) String getText();

    /**
     * Gets the measure.
     *
     * @return the measure, not null
     * @since 0.1.0
     */
    public abstract @Valid Measure getMeasure();

    /**
     * Gets the value the measure starts from.
     *
     * @return the baseline, empty if the plan states none, not null
     * @since 0.1.0
     */
    public abstract Optional<@Valid Baseline> getBaseline();

    /**
     * Gets the direction the measure should move.
     *
     * @return the direction, not null
     * @since 0.1.0
     */
    public abstract Direction getDirection();

    /**
     * Gets the numeric target.
     *
     * @return the target, empty if the plan states only a direction, not null
     * @since 0.1.0
     */
    public abstract Optional<Target> getTarget();

    /**
     * Gets the date by which the target should be met.
     *
     * @return the deadline, empty if the plan states none, not null
     * @since 0.1.0
     */
    public abstract Optional<LocalDate> getDeadline();

    /**
     * Gets figures to compare with, such as the share of a group in the pupil roll or the local population.
     *
     * @return the benchmarks, not null
     * @since 0.1.0
     */
    public abstract List<@Valid Benchmark> getBenchmarks();

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.quantitative(this);
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
     * Builds {@link QuantitativeTarget} instances; each attribute may be set once.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ImmutableQuantitativeTarget.Builder {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        Ids.check("id", getId());
    }
}
