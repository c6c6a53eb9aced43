package org.equalityduty.core.plan;

import jakarta.validation.constraints.Size;
import org.equalityduty.core.internal.Decimals;
import java.math.BigDecimal;
import java.time.LocalDate;
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
    }

    @Value.Check
    void check() {
        Decimals.requirePlanValue("value", getValue());
    }
}
