package org.equalityduty.core.observation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.equalityduty.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * What an organisation has recorded of its plan's progress as of a date: observations of measures, the dates
 * milestones were completed, and evidence gathered for qualitative criteria.
 *
 * <p>This is the raw record that an annual progress report is computed from.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
public abstract class ProgressRecord {

    ProgressRecord() {
    }

    /**
     * Gets the date the record is complete to.
     *
     * @return the date, not null
     * @since 0.1.0
     */
    public abstract LocalDate getAsOf();

    /**
     * Gets the observations, by criterion.
     *
     * @return the series, not null
     * @since 0.1.0
     */
    public abstract @Size(max = 1000) List<@Valid ObservationSeries> getSeries();

    /**
     * Gets the dates milestones were completed, by criterion identifier.
     *
     * @return the completion dates, not null
     * @since 0.1.0
     */
    public abstract Map<String, LocalDate> getMilestonesCompleted();

    /**
     * Gets a summary of the evidence gathered for qualitative criteria, by criterion identifier.
     *
     * @return the evidence summaries, not null
     * @since 0.1.0
     */
    public abstract Map<String, @Size(min = 1, max = 2000) String> getEvidence();

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
     * Builds {@link ProgressRecord} instances; each attribute may be set once.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ImmutableProgressRecord.Builder {
        Builder() {
        }
    }
}
