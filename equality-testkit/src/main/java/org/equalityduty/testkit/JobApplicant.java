package org.equalityduty.testkit;

import java.util.Objects;
import org.equalityduty.core.population.Category;
import org.equalityduty.core.population.CensusEthnicity;
import org.equalityduty.core.population.Dimensions;

/**
 * One applicant for a job, with the furthest stage reached.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param id  the id within the pool, such as {@code A001}, not null
 * @param sex  the sex category from {@link Dimensions#SEX}, not null
 * @param ethnicity  the census main ethnicity code, including refused and not obtained, not null
 * @param disability  the disability category from {@link Dimensions#DISABILITY}, not null
 * @param role  the role applied for, from {@link Dimensions#STAFF_ROLE}, not null
 * @param stage  the furthest stage reached, not null
 * @since 0.1.0
 */
public record JobApplicant(String id, Category sex, CensusEthnicity ethnicity, Category disability, Category role,
        ApplicationStage stage) {

    /**
     * Creates an instance.
     *
     * @param id  the id, not null
     * @param sex  the sex, not null
     * @param ethnicity  the ethnicity, not null
     * @param disability  the disability, not null
     * @param role  the role, not null
     * @param stage  the stage, not null
     * @throws NullPointerException if an argument is null
     */
    public JobApplicant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(ethnicity, "ethnicity");
        Objects.requireNonNull(disability, "disability");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(stage, "stage");
    }

    /**
     * Gets the applicant's category in a standard dimension.
     *
     * @param dimensionId  such as {@code sex}, not null
     * @return the category, null if the dimension does not describe applicants here
     * @since 0.1.0
     */
    public Category category(String dimensionId) {
        switch (dimensionId) {
            case "sex":
                return sex;
            case "ethnicity":
                return Dimensions.ETHNICITY.category(ethnicity.name());
            case "ethnic_group":
                return Dimensions.ethnicGroupOf(ethnicity);
            case "disability":
                return disability;
            case "staff_role":
                return role;
            default:
                return null;
        }
    }
}
