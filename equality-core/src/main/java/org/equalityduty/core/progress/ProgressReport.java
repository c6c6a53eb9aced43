package org.equalityduty.core.progress;

import java.time.LocalDate;
import java.util.List;
import org.equalityduty.core.internal.ValueStyle;
import org.equalityduty.core.plan.PlanPeriod;
import org.immutables.value.Value;

/**
 * The annual progress report of a plan as of a date: one entry per success criterion, in plan order, and the
 * record entries that match no criterion.
 *
 * <p>This is data only; rendering belongs to the caller.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
public abstract class ProgressReport {

    ProgressReport() {
    }

    /**
     * Gets the name of the organisation that publishes the plan.
     *
     * @return the name, not null
     * @since 0.1.0
     */
    public abstract String getOrganisationName();

    /**
     * Gets the period the plan covers.
     *
     * @return the period, not null
     * @since 0.1.0
     */
    public abstract PlanPeriod getPeriod();

    /**
     * Gets the date the report is evaluated as of.
     *
     * @return the date, not null
     * @since 0.1.0
     */
    public abstract LocalDate getAsOf();

    /**
     * Gets the progress of each criterion, objective-level criteria first, then those of each action, in plan
     * order.
     *
     * @return the entries, not null
     * @since 0.1.0
     */
    public abstract List<CriterionProgress> getCriteria();

    /**
     * Gets the record entries whose criterion identifier is not in the plan, ignored in the evaluation, such as
     * {@code series 'o9.c1'}, {@code milestonesCompleted 'o9.c2'} or {@code evidence 'o9.c3'}, and any second
     * series for one criterion ({@code series 'o1.a1.c1' (a second series for the criterion)}); series first in
     * record order, then milestones and evidence in identifier order.
     *
     * @return the entries, not null
     * @since 0.1.0
     */
    public abstract List<String> getUnmatchedRecordEntries();

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
     * Builds {@link ProgressReport} instances; each attribute may be set once.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ImmutableProgressReport.Builder {
        Builder() {
        }
    }
}
