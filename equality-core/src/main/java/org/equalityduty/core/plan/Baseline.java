package org.equalityduty.core.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.equalityduty.core.internal.Decimals;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.equalityduty.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * The value a measure starts from, in the measure's unit.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
public abstract class Baseline {

    Baseline() {
    }

    /**
     * Gets the value.
     *
     * @return the exact value, not null
     * @since 0.1.0
     */
    public abstract BigDecimal getValue();

    /**
     * Gets the date the value refers to.
     *
     * @return the date, empty if the plan says only "currently", not null
     * @since 0.1.0
     */
    public abstract Optional<LocalDate> getDate();

    /**
     * Gets where the value comes from.
     *
     * @return the source, empty if not stated, not null
     * @since 0.1.0
     */
    public abstract Optional<@Size(min = 1, max = 500) String> getSource();

    /**
     * Gets the percentages, each with its count, that the plan states the value from: "52% of EAL children (13 of 23
     * children)" beside a gap, or the value itself with its count.
     *
     * @return the shares, in the plan's order, empty if the plan states no counts, not null
     * @since 0.2.0
     */
    public abstract @Size(max = 20) List<@Valid StatedShare> getShares();

    /**
     * Gets the date the value refers to as the plan states it, when it states it less precisely than a day ("2023",
     * "2022/23"); {@link #getDate()} then holds its last day.
     *
     * @return the stated date, coarser than a day, empty if the plan states a day or nothing, not null
     * @since 0.2.0
     */
    public abstract Optional<PlanDate> getDateAsStated();

    /**
     * Gets the date the value refers to as the plan states it, whether a day or less precise.
     *
     * @return the stated date, empty if the plan states none, not null
     * @since 0.2.0
     */
    public Optional<PlanDate> dateAsStated() {
        return StatedDates.asStated(getDate(), getDateAsStated());
    }

    /**
     * Obtains a baseline with no date or source, as plans often state it ("a current level of 2%").
     *
     * @param value  the value, not null
     * @return the baseline, not null
     * @since 0.1.0
     */
    public static Baseline of(BigDecimal value) {
        return builder().value(value).build();
    }

    /**
     * Obtains a dated baseline.
     *
     * @param value  the value, not null
     * @param date  the date the value refers to, not null
     * @return the baseline, not null
     * @since 0.1.0
     */
    public static Baseline of(BigDecimal value, LocalDate date) {
        return builder().value(value).date(date).build();
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
     * Builds {@link Baseline} instances; each attribute may be set once.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ImmutableBaseline.Builder {
        Builder() {
        }

        /**
         * Sets the date the value refers to as the plan states it: a day as {@code date}, a coarser date as
         * {@code dateAsStated} with its last day as {@code date}.
         *
         * @param date  the stated date, not the end of the plan, not null
         * @return this builder, not null
         * @since 0.2.0
         */
        public Builder date(PlanDate date) {
            java.util.Objects.requireNonNull(date, "date");
            if (date.isDay()) {
                return date(date.last().orElseThrow());
            }
            date.last().ifPresent(this::date);
            return dateAsStated(date);
        }
    }

    @Value.Check
    void check() {
        Decimals.requirePlanValue("value", getValue());
        StatedDates.check("date", getDate(), getDateAsStated(), false);
        if (getDateAsStated().filter(d -> d.getPrecision() == PlanDate.Precision.END_OF_PLAN).isPresent()) {
            throw new org.equalityduty.core.InvalidValueException("date of a baseline must be a date, not end_of_plan");
        }
    }
}
