package org.equalityduty.core.progress;

import java.math.BigDecimal;
import java.util.Optional;
import org.equalityduty.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * A criterion's target resolved to a value in the measure's unit, with the resolution spelt out.
 *
 * <p>Resolution uses exact decimal arithmetic ({@link java.math.MathContext#DECIMAL64}); computed values have
 * trailing zeros removed.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
public abstract class ResolvedTarget {

    ResolvedTarget() {
    }

    /**
     * Gets the target value in the measure's unit.
     *
     * @return the value, not null
     * @since 0.1.0
     */
    public abstract BigDecimal getValue();

    /**
     * Gets the baseline the target was resolved from.
     *
     * @return the baseline value, empty for a level target with no baseline, not null
     * @since 0.1.0
     */
    public abstract Optional<BigDecimal> getBaseline();

    /**
     * Gets whether the baseline is the earliest available observation because the plan states none.
     *
     * @return true if the baseline was taken from the observations
     * @since 0.1.0
     */
    public abstract boolean isBaselineFromObservations();

    /**
     * Gets the reading applied to a target stated "by N%".
     *
     * @return the reading, empty for other kinds of target, not null
     * @since 0.1.0
     */
    public abstract Optional<Reading> getReading();

    /**
     * Gets the resolution in plain English, such as "10% as stated, read as a relative change ...: 10% of the
     * baseline gap 12.0 is 1.2, so the target is 10.8".
     *
     * @return the explanation, not null
     * @since 0.1.0
     */
    public abstract String getExplanation();

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
     * Builds {@link ResolvedTarget} instances; each attribute may be set once.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ImmutableResolvedTarget.Builder {
        Builder() {
        }
    }
}
