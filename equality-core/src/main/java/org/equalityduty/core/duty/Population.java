package org.equalityduty.core.duty;

import org.equalityduty.core.InvalidValueException;
import org.equalityduty.core.internal.Codes;

/**
 * The people an objective or measure is about. Which protected characteristics are relevant depends on it
 * (see {@link ProtectedCharacteristic#isProtectedFor(Population)}).
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Population {
    /**
     * Pupils of the school or trust (Equality Act 2010 Part 6 Chapter 1).
     *
     * @since 0.1.0
     */
    PUPILS(false),
    /**
     * Staff employed by the school or trust (Part 5).
     *
     * @since 0.1.0
     */
    STAFF(true),
    /**
     * Applicants for jobs (Part 5: applicants are protected as prospective employees).
     *
     * @since 0.1.0
     */
    JOB_APPLICANTS(true),
    /**
     * Parents, carers, visitors and the wider community served (Part 3 services).
     *
     * @since 0.1.0
     */
    PARENTS_AND_COMMUNITY(false),
    /**
     * Governors, trustees and members of local governing bodies: office-holders, not employees.
     *
     * @since 0.2.0
     */
    GOVERNORS(false),
    /**
     * Volunteers who help in the school or trust, unpaid.
     *
     * @since 0.2.0
     */
    VOLUNTEERS(false);

    private static final Codes<Population> CODES = Codes.of(Population.class, Population::getCode);

    private final boolean employment;

    Population(boolean employment) {
        this.employment = employment;
    }

    /**
     * Checks whether this population is covered as employment (staff and job applicants).
     *
     * @return true for staff and job applicants
     * @since 0.1.0
     */
    public boolean isEmployment() {
        return employment;
    }

    /**
     * Gets the stable wire code.
     *
     * @return the code, such as {@code job_applicants}, not null
     * @since 0.1.0
     */
    public String getCode() {
        return Codes.lowerCase(this);
    }

    /**
     * Obtains a population from its wire code.
     *
     * @param code  the code, not null
     * @return the population, not null
     * @throws InvalidValueException if the code is unknown
     * @since 0.1.0
     */
    public static Population fromCode(String code) {
        return CODES.parse(code);
    }
}
