package org.equalityduty.core.plan;

import static org.equalityduty.core.internal.Texts.NOT_BLANK;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Period;
import java.util.Optional;
import org.equalityduty.core.InvalidValueException;
import org.equalityduty.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * When a plan was or will be reviewed, as it states it: "Last reviewed 12th October 2023", "will be reviewed in
 * January 2028", "reviewed annually", "at least every 4 years".
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.2.0
 */
@Value.Immutable
@ValueStyle
public abstract class ReviewSchedule {

    ReviewSchedule() {
    }

    /**
     * Gets when the plan was last reviewed.
     *
     * @return the date as stated, empty if not stated, not null
     * @since 0.2.0
     */
    public abstract Optional<PlanDate> getLastReviewed();

    /**
     * Gets when the plan will next be reviewed.
     *
     * @return the date as stated, empty if not stated, not null
     * @since 0.2.0
     */
    public abstract Optional<PlanDate> getNext();

    /**
     * Gets how often the plan is reviewed.
     *
     * @return the positive interval, such as one year for "annually", empty if not stated, not null
     * @since 0.2.0
     */
    public abstract Optional<Period> getEvery();

    /**
     * Gets the plan's own words about its review.
     *
     * @return the text, empty if none, not null
     * @since 0.2.0
     */
    public abstract Optional<@Size(min = 1, max = 300) @Pattern(regexp = NOT_BLANK, message = "must not be blank") String> getAsWritten();

    /**
     * Creates a builder.
     *
     * @return a new builder, not null
     * @since 0.2.0
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link ReviewSchedule} instances; each attribute may be set once.
     *
     * @since 0.2.0
     */
    public static final class Builder extends ImmutableReviewSchedule.Builder {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        if (getLastReviewed().isEmpty() && getNext().isEmpty() && getEvery().isEmpty() && getAsWritten().isEmpty()) {
            throw new InvalidValueException("a review needs at least one of lastReviewed, next, every and asWritten");
        }
        if (getEvery().isPresent() && (getEvery().get().isNegative() || getEvery().get().isZero())) {
            throw new InvalidValueException("every must be a positive duration, not " + getEvery().get());
        }
        if (getLastReviewed().filter(d -> d.getPrecision() == PlanDate.Precision.END_OF_PLAN).isPresent()) {
            throw new InvalidValueException("lastReviewed must be a date, not end_of_plan");
        }
    }
}
