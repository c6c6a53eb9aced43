package org.equalityduty.core.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.equalityduty.core.InvalidValueException;
import org.equalityduty.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * The progress of one success criterion as of a date: its status, why, and the figures behind it.
 *
 * <p>The status is one its kind allows ({@link CriterionKind#getStatuses()}), and only a qualitative criterion has
 * a measure status, one of a quantitative criterion's: building anything else throws
 * {@link InvalidValueException}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
public abstract class CriterionProgress {

    CriterionProgress() {
    }

    /**
     * Gets the identifier of the objective the criterion belongs to.
     *
     * @return such as {@code o2}, not null
     * @since 0.1.0
     */
    public abstract String getObjectiveId();

    /**
     * Gets the criterion's identifier.
     *
     * @return such as {@code o2.a2.c1}, not null
     * @since 0.1.0
     */
    public abstract String getCriterionId();

    /**
     * Gets the criterion's path in the plan, as {@link org.equalityduty.core.plan.EqualityPlan#forEachCriterion} gives it.
     *
     * @return such as {@code objectives[1].actions[1].successCriteria[0]}, not null
     * @since 0.1.0
     */
    public abstract String getPath();

    /**
     * Gets the kind of criterion.
     *
     * @return the kind, not null
     * @since 0.1.0
     */
    public abstract CriterionKind getKind();

    /**
     * Gets the status.
     *
     * @return the status, not null
     * @since 0.1.0
     */
    public abstract CriterionStatus getStatus();

    /**
     * Gets a one-line plain-English explanation of the status.
     *
     * @return the explanation, not null
     * @since 0.1.0
     */
    public abstract String getExplanation();

    /**
     * Gets the status of the measure tied to a qualitative criterion.
     *
     * @return the status, empty unless the criterion is qualitative with a measure, not null
     * @since 0.1.0
     */
    public abstract Optional<CriterionStatus> getMeasureStatus();

    /**
     * Gets the deadline the criterion is judged against: its own deadline (or a milestone's due date), else for a
     * criterion of an action the due date of the action's time frame (a duration counts from the plan period's
     * start), else for a criterion of the objective itself the objective's target date.
     *
     * @return the deadline, empty if none applies, not null
     * @since 0.1.0
     */
    public abstract Optional<LocalDate> getDeadline();

    /**
     * Gets the resolved target.
     *
     * @return the target, empty if there is no numeric target or no baseline to resolve it from, not null
     * @since 0.1.0
     */
    public abstract Optional<ResolvedTarget> getTarget();

    /**
     * Gets the fraction of the way from baseline to target: (latest - baseline) / (target - baseline), computed
     * with {@link java.math.MathContext#DECIMAL64}. 1 or more means the target is reached; negative means the
     * measure moved away from it.
     *
     * @return the fraction, empty if there is no target, no value or the target equals the baseline, not null
     * @since 0.1.0
     */
    public abstract Optional<BigDecimal> getFraction();

    /**
     * Gets the value of the least-squares trend line at the deadline, rounded half-up to 4 decimal places.
     * The line is fitted to the dated baseline, if any, and the available observations, with x the date in days;
     * the value is computed exactly and rounded once.
     *
     * @return the projection, empty with fewer than two dated points or no deadline, not null
     * @since 0.1.0
     */
    public abstract Optional<BigDecimal> getProjection();

    /**
     * Gets the latest available value as of the evaluation date.
     *
     * @return the value, empty if none, not null
     * @since 0.1.0
     */
    public abstract Optional<BigDecimal> getLatestValue();

    /**
     * Gets the date of the latest available value.
     *
     * @return the date, empty if none, not null
     * @since 0.1.0
     */
    public abstract Optional<LocalDate> getLatestDate();

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
     * Builds {@link CriterionProgress} instances; each attribute may be set once.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ImmutableCriterionProgress.Builder {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        if (!getKind().allows(getStatus())) {
            throw new InvalidValueException("status '" + getStatus().getCode() + "' is not a status of a "
                    + getKind().getCode() + " criterion");
        }
        if (getMeasureStatus().isPresent()) {
            if (getKind() != CriterionKind.QUALITATIVE) {
                throw new InvalidValueException("measureStatus is only for the measure tied to a qualitative "
                        + "criterion, not a " + getKind().getCode() + " one");
            }
            if (!CriterionKind.QUANTITATIVE.allows(getMeasureStatus().get())) {
                throw new InvalidValueException("measureStatus '" + getMeasureStatus().get().getCode()
                        + "' is not a status of a measure");
            }
        }
    }
}
