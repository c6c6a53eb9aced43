package org.equalityduty.core.observation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.equalityduty.core.InvalidValueException;
import org.equalityduty.core.internal.Ids;
import org.equalityduty.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * The observations of one success criterion's measure, in date order.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
public abstract class ObservationSeries {

    ObservationSeries() {
    }

    /**
     * Gets the identifier of the success criterion the observations belong to.
     *
     * @return the identifier, not null
     * @since 0.1.0
     */
    public abstract String getCriterionId();

    /**
     * Gets the observations.
     *
     * @return the observations, in strictly increasing date order, not null
     * @since 0.1.0
     */
    public abstract @Size(max = 1000) List<@Valid Observation> getObservations();

    /**
     * Obtains a series.
     *
     * @param criterionId  the criterion identifier, not null
     * @param observations  the observations in strictly increasing date order, not null
     * @return the series, not null
     * @throws InvalidValueException if the dates are not strictly increasing
     * @since 0.1.0
     */
    public static ObservationSeries of(String criterionId, List<Observation> observations) {
        return builder().criterionId(criterionId).addAllObservations(observations).build();
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
     * Builds {@link ObservationSeries} instances; each attribute may be set once.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ImmutableObservationSeries.Builder {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        Ids.check("criterionId", getCriterionId());
        List<Observation> list = getObservations();
        for (int i = 1; i < list.size(); i++) {
            if (!list.get(i).getDate().isAfter(list.get(i - 1).getDate())) {
                throw new InvalidValueException("observations of '" + getCriterionId()
                        + "' must be in strictly increasing date order; " + list.get(i).getDate()
                        + " follows " + list.get(i - 1).getDate());
            }
        }
    }
}
