package org.equalityduty.core.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.equalityduty.core.internal.Ids;
import org.equalityduty.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * A success criterion that is a deliverable: something done by a date, such as "Diversity and Inclusion Council
 * established".
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
public abstract non-sealed class Milestone implements SuccessCriterion {

    Milestone() {
    }

    @Override
    public abstract String getId();

    /**
     * Gets the deliverable as the plan states it.
     *
     * @return the text, not null
     * @since 0.1.0
     */
    @Override
    public abstract @NotBlank @Size(max = 2000) String getText();

    /**
     * Gets the due date, if the criterion states one; otherwise the action's time frame applies.
     *
     * @return the due date, empty if not stated on the criterion, not null
     * @since 0.1.0
     */
    public abstract Optional<LocalDate> getDue();

    /**
     * Gets the due date as the plan states it, when it states it less precisely than a day ("July 2025",
     * "2025/26", "summer 2026", the end of the plan); {@link #getDue()} then holds the day it resolves to.
     *
     * @return the stated date, coarser than a day, empty if the plan states a day or nothing, not null
     * @since 0.2.0
     */
    public abstract Optional<PlanDate> getDueAsStated();

    /**
     * Gets the due date as the plan states it, whether a day or less precise.
     *
     * @return the stated date, empty if the plan states none, not null
     * @since 0.2.0
     */
    public Optional<PlanDate> dueAsStated() {
        return StatedDates.asStated(getDue(), getDueAsStated());
    }

    /**
     * Obtains a milestone with no due date of its own.
     *
     * @param id  the identifier, unique within the plan, not null
     * @param text  the deliverable, not null
     * @return the milestone, not null
     * @since 0.1.0
     */
    public static Milestone of(String id, String text) {
        return builder().id(id).text(text).build();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.milestone(this);
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
     * Builds {@link Milestone} instances; each attribute may be set once.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ImmutableMilestone.Builder {
        Builder() {
        }

        /**
         * Sets the due date as the plan states it: a day as {@code due}, a coarser date as
         * {@code dueAsStated} with the day it resolves to as {@code due} (the end of the plan is resolved
         * by the plan's reader).
         *
         * @param date  the stated date, not null
         * @return this builder, not null
         * @since 0.2.0
         */
        public Builder due(PlanDate date) {
            java.util.Objects.requireNonNull(date, "due");
            if (date.isDay()) {
                return due(date.last().orElseThrow());
            }
            date.last().ifPresent(this::due);
            return dueAsStated(date);
        }
    }

    @Value.Check
    void check() {
        StatedDates.check("due", getDue(), getDueAsStated(), false);
        Ids.check("id", getId());
    }
}
