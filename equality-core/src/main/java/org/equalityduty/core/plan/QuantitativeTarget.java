package org.equalityduty.core.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.equalityduty.core.InvalidValueException;
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
     * Checks whether the plan states the direction. A threshold ("at least 96%", "no more than 20%", "in line with
     * national") may leave it unsaid; {@link #getDirection()} is then the direction whose test the threshold uses:
     * increase for {@link TargetKind#AT_LEAST}, decrease for {@link TargetKind#AT_MOST}, maintain for
     * {@link #getInLineWith()}.
     *
     * @return false if the direction is implied by a threshold, true otherwise
     * @since 0.2.0
     */
    @Value.Default
    public boolean isDirectionStated() {
        return true;
    }

    /**
     * Gets the benchmark the measure should be in line with, and within what tolerance.
     *
     * @return the threshold, empty if none, not null
     * @since 0.2.0
     */
    public abstract Optional<@Valid InLineWith> getInLineWith();

    /**
     * Gets the direction a threshold implies when the plan states none.
     *
     * @param target  the target, empty if none, not null
     * @param inLineWith  the in-line-with threshold, empty if none, not null
     * @return increase for at least, decrease for at most, maintain for in line with; empty if there is no
     *         threshold, not null
     * @since 0.2.0
     */
    public static Optional<Direction> impliedDirection(Optional<Target> target, Optional<InLineWith> inLineWith) {
        if (target.isPresent() && target.get().getKind() == TargetKind.AT_LEAST) {
            return Optional.of(Direction.INCREASE);
        }
        if (target.isPresent() && target.get().getKind() == TargetKind.AT_MOST) {
            return Optional.of(Direction.DECREASE);
        }
        return inLineWith.isPresent() ? Optional.of(Direction.MAINTAIN) : Optional.empty();
    }

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
     * Gets the deadline as the plan states it, when it states it less precisely than a day ("July 2025",
     * "2025/26", "summer 2026", the end of the plan); {@link #getDeadline()} then holds the day it resolves to.
     *
     * @return the stated date, coarser than a day, empty if the plan states a day or nothing, not null
     * @since 0.2.0
     */
    public abstract Optional<PlanDate> getDeadlineAsStated();

    /**
     * Gets the deadline as the plan states it, whether a day or less precise.
     *
     * @return the stated date, empty if the plan states none, not null
     * @since 0.2.0
     */
    public Optional<PlanDate> deadlineAsStated() {
        return StatedDates.asStated(getDeadline(), getDeadlineAsStated());
    }

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

        /**
         * Sets the deadline as the plan states it: a day as {@code deadline}, a coarser date as
         * {@code deadlineAsStated} with the day it resolves to as {@code deadline} (the end of the plan is resolved
         * by the plan's reader).
         *
         * @param date  the stated date, not null
         * @return this builder, not null
         * @since 0.2.0
         */
        public Builder deadline(PlanDate date) {
            java.util.Objects.requireNonNull(date, "deadline");
            if (date.isDay()) {
                return deadline(date.last().orElseThrow());
            }
            date.last().ifPresent(this::deadline);
            return deadlineAsStated(date);
        }
    }

    @Value.Check
    void check() {
        StatedDates.check("deadline", getDeadline(), getDeadlineAsStated(), false);
        if (!isDirectionStated()) {
            Optional<Direction> implied = impliedDirection(getTarget(), getInLineWith());
            if (implied.isEmpty()) {
                throw new InvalidValueException("direction of criterion '" + getId() + "' must be stated unless the "
                        + "target is at_least or at_most or the criterion is inLineWith a benchmark");
            }
            if (implied.get() != getDirection()) {
                throw new InvalidValueException("direction of criterion '" + getId() + "' is not stated, so it must be "
                        + implied.get().getCode() + ", the one its threshold implies, not " + getDirection().getCode());
            }
        }
        Ids.check("id", getId());
    }
}
