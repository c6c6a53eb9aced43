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
 * One pupil of a generated cohort, with the characteristics the metrics break results down by.
 *
 * <p>Categories come from the standard dimensions: {@code sex} from {@link Dimensions#SEX}, {@code senProvision}
 * from {@link Dimensions#SEN_PROVISION} (E, K or N), {@code eal} from {@link Dimensions#EAL}.
 * {@link #category(String)} answers for every standard pupil dimension, so {@code group.matches(pupil.categories()::get)}
 * tells whether a pupil is in a {@link org.equalityduty.core.population.Group}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param id  the pupil's id within the cohort, such as {@code P0001}, not null
 * @param sex  the sex category, not null
 * @param ethnicity  the census main ethnicity code, including refused and not obtained, not null
 * @param senProvision  the SEN provision category, not null
 * @param disadvantaged  whether the pupil is disadvantaged (FSM6, looked after or adopted from care)
 * @param eal  the first-language category, not null
 * @param ks2  the key stage 2 result, empty if not in a KS2 cohort or no result, not null
 * @param ks4  the key stage 4 result, empty if not in a KS4 cohort or no result, not null
 * @since 0.1.0
 */
public record Pupil(String id, Category sex, CensusEthnicity ethnicity, Category senProvision, boolean disadvantaged,
        Category eal, Optional<Ks2Result> ks2, Optional<Ks4Result> ks4) {

    /**
     * Creates an instance.
     *
     * @param id  the id, not null
     * @param sex  the sex, not null
     * @param ethnicity  the ethnicity, not null
     * @param senProvision  the SEN provision, not null
     * @param disadvantaged  whether disadvantaged
     * @param eal  the first language, not null
     * @param ks2  the KS2 result, not null
     * @param ks4  the KS4 result, not null
     * @throws NullPointerException if an argument is null
     * @since 0.1.0
     */
    public Pupil {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(ethnicity, "ethnicity");
        Objects.requireNonNull(senProvision, "senProvision");
        Objects.requireNonNull(eal, "eal");
        Objects.requireNonNull(ks2, "ks2");
        Objects.requireNonNull(ks4, "ks4");
    }

    /**
     * Gets the category in a standard dimension.
     *
     * @param dimensionId  such as {@code sex}, not null
     * @return the category, empty if the dimension does not describe pupils here, not null
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
            case "disadvantage":
                return Optional.of(Dimensions.DISADVANTAGE.category(
                        disadvantaged ? "disadvantaged" : "not_disadvantaged"));
            case "sen_provision":
                return Optional.of(senProvision);
            case "eal":
                return Optional.of(eal);
            default:
                return Optional.empty();
        }
    }

    /**
     * Gets the categories of every standard dimension that describes pupils here, by dimension id, so that
     * {@code group.matches(categories()::get)} tells whether this one is in a
     * {@link org.equalityduty.core.population.Group}.
     *
     * @return the categories by dimension id, in a fixed order, unmodifiable, not null
     * @since 0.2.0
     */
    public Map<String, Category> categories() {
        Map<String, Category> map = new LinkedHashMap<>();
        for (String id : List.of("sex", "ethnicity", "ethnic_group", "disadvantage", "sen_provision", "eal")) {
            category(id).ifPresent(c -> map.put(id, c));
        }
        return Collections.unmodifiableMap(map);
    }
}
