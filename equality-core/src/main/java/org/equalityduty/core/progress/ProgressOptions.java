package org.equalityduty.core.progress;

import org.equalityduty.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * Options for evaluating progress: how an ambiguous target stated "by N%" is read.
 *
 * <p>Obtain the defaults with {@link #defaults()} and change them with the {@code withX} copies.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
public abstract class ProgressOptions {

    ProgressOptions() {
    }

    /**
     * Gets how a target stated "by N%" is read when the measure is a percentage or its unit is unknown.
     * Targets on counts, scores and indices are always read as relative changes.
     *
     * @return the reading, {@link Reading#RELATIVE} by default, not null
     * @since 0.1.0
     */
    @Value.Default
    public Reading getPercentAsStated() {
        return Reading.RELATIVE;
    }

    /**
     * Returns a copy with the given reading of targets stated "by N%".
     *
     * @param reading  the reading, not null
     * @return the options, not null
     * @since 0.1.0
     */
    public ProgressOptions withPercentAsStated(Reading reading) {
        return builder().percentAsStated(reading).build();
    }

    /**
     * Obtains the default options: targets stated "by N%" on percentages or unknown units are read as relative
     * changes.
     *
     * @return the options, not null
     * @since 0.1.0
     */
    public static ProgressOptions defaults() {
        return builder().build();
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
     * Builds {@link ProgressOptions} instances; each attribute may be set once.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ImmutableProgressOptions.Builder {
        Builder() {
        }
    }
}
