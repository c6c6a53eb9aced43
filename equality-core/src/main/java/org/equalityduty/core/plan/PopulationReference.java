package org.equalityduty.core.plan;

import org.equalityduty.core.InvalidValueException;
import org.equalityduty.core.internal.Codes;

/**
 * A comparison with the population itself: everyone not in the focus group, or everyone.
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum PopulationReference implements Reference {
    /**
     * Everyone in the population who is not in the focus group (one-vs-rest).
     *
     * @since 0.1.0
     */
    REST_OF_POPULATION,
    /**
     * Everyone in the population, the focus group included.
     *
     * @since 0.1.0
     */
    WHOLE_POPULATION;

    private static final Codes<PopulationReference> CODES =
            Codes.of(PopulationReference.class, PopulationReference::getCode);

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.population(this);
    }

    /**
     * Gets the stable wire code.
     *
     * @return the code, such as {@code rest_of_population}, not null
     * @since 0.1.0
     */
    public String getCode() {
        return Codes.lowerCase(this);
    }

    /**
     * Obtains a reference from its wire code.
     *
     * @param code  the code, not null
     * @return the reference, not null
     * @throws InvalidValueException if the code is unknown
     * @since 0.1.0
     */
    public static PopulationReference fromCode(String code) {
        return CODES.parse(code);
    }
}
