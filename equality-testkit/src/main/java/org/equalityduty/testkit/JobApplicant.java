package org.equalityduty.testkit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
     * @since 0.1.0
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
     * Gets the category in a standard dimension.
     *
     * @param dimensionId  such as {@code sex}, not null
     * @return the category, empty if the dimension does not describe applicants here, not null
     * @since 0.1.0
     */
    public Optional<Category> category(String dimensionId) {
        switch (dimensionId) {
            case "sex":
                return Optional.of(sex);
            case "ethnicity":
                return Optional.of(Dimensions.ETHNICITY.category(ethnicity.name()));
            case "ethnic_group":
                return Optional.of(Dimensions.ethnicGroupOf(ethnicity));
            case "disability":
                return Optional.of(disability);
            case "staff_role":
                return Optional.of(role);
            default:
                return Optional.empty();
        }
    }

    /**
     * Gets the categories of every standard dimension that describes applicants here, by dimension id, so that
     * {@code group.matches(categories()::get)} tells whether this one is in a
     * {@link org.equalityduty.core.population.Group}.
     *
     * @return the categories by dimension id, in a fixed order, unmodifiable, not null
     * @since 0.2.0
     */
    public Map<String, Category> categories() {
        Map<String, Category> map = new LinkedHashMap<>();
        for (String id : List.of("sex", "ethnicity", "ethnic_group", "disability", "staff_role")) {
            category(id).ifPresent(c -> map.put(id, c));
        }
        return Collections.unmodifiableMap(map);
    }
}
