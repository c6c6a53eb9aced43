package org.equalityduty.core.observation;

import jakarta.validation.constraints.Size;
import org.equalityduty.core.internal.Decimals;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.equalityduty.core.InvalidValueException;
import org.equalityduty.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * A dated value of a measure, or the reason there is none (not published, suppressed, not collected).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
public abstract class Observation {
    /**
     * The most digits before the decimal point of a value or interval limit (50, as a progress report allows).
     *
     * @since 0.2.0
     */
    public static final int MAX_INTEGER_DIGITS = Decimals.FIGURE_INTEGER_DIGITS;

    /**
     * The most decimal places of a value or interval limit (100, as a progress report allows).
     *
     * @since 0.2.0
     */
    public static final int MAX_DECIMAL_PLACES = Decimals.FIGURE_DECIMAL_PLACES;


    Observation() {
    }

    /**
     * Gets the date the value refers to.
     *
     * @return the date, not null
     * @since 0.1.0
     */
    public abstract LocalDate getDate();

    /**
     * Gets whether there is a value and, if not, why.
     *
     * @return the status, {@link ObservationStatus#AVAILABLE} by default, not null
     * @since 0.1.0
     */
    @Value.Default
    public ObservationStatus getStatus() {
        return ObservationStatus.AVAILABLE;
    }

    /**
     * Gets the value, in the measure's unit.
     *
     * @return the exact value, present exactly when the status is available, not null
     * @since 0.1.0
     */
    public abstract Optional<BigDecimal> getValue();

    /**
     * Gets the number of people the value is computed over.
     *
     * @return the count, empty if not known
     * @since 0.1.0
     */
    public abstract OptionalInt getSampleSize();

    /**
     * Gets the lower end of the value's confidence interval.
     *
     * @return the bound, present together with the upper bound, not null
     * @since 0.1.0
     */
    public abstract Optional<BigDecimal> getLower();

    /**
     * Gets the upper end of the value's confidence interval.
     *
     * @return the bound, present together with the lower bound, not null
     * @since 0.1.0
     */
    public abstract Optional<BigDecimal> getUpper();

    /**
     * Gets a note on the value, such as its source.
     *
     * @return the note, empty if none, not null
     * @since 0.1.0
     */
    public abstract Optional<@Size(min = 1, max = 1000) String> getNote();

    /**
     * Obtains an available observation.
     *
     * @param date  the date, not null
     * @param value  the value, not null
     * @return the observation, not null
     * @since 0.1.0
     */
    public static Observation of(LocalDate date, BigDecimal value) {
        return builder().date(date).value(value).build();
    }

    /**
     * Obtains an observation with no value.
     *
     * @param date  the date, not null
     * @param status  why there is no value; not {@link ObservationStatus#AVAILABLE}, not null
     * @return the observation, not null
     * @throws InvalidValueException if the status is available
     * @since 0.1.0
     */
    public static Observation missing(LocalDate date, ObservationStatus status) {
        return builder().date(date).status(status).build();
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
     * Builds {@link Observation} instances; each attribute may be set once.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ImmutableObservation.Builder {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        getValue().ifPresent(v -> Decimals.requireFigure("value", v));
        getLower().ifPresent(v -> Decimals.requireFigure("lower", v));
        getUpper().ifPresent(v -> Decimals.requireFigure("upper", v));
        boolean available = getStatus() == ObservationStatus.AVAILABLE;
        if (available != getValue().isPresent()) {
            throw new InvalidValueException(available
                    ? "value is required when status is available"
                    : "value must be absent when status is " + getStatus().getCode());
        }
        if (getLower().isPresent() != getUpper().isPresent()) {
            throw new InvalidValueException("lower and upper must be given together");
        }
        if (getLower().isPresent()) {
            BigDecimal lower = getLower().get();
            BigDecimal upper = getUpper().get();
            if (lower.compareTo(upper) > 0) {
                throw new InvalidValueException("lower " + lower.toPlainString() + " must not exceed upper "
                        + upper.toPlainString());
            }
            if (getValue().isEmpty()) {
                throw new InvalidValueException("an interval needs a value");
            }
        }
        if (getSampleSize().isPresent() && getSampleSize().getAsInt() < 0) {
            throw new InvalidValueException("sampleSize must not be negative, not " + getSampleSize().getAsInt());
        }
    }
}
