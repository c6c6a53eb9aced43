package org.equalityduty.testkit;

import java.math.BigDecimal;
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
 * One member of a generated staff list.
 *
 * <p>{@code sex}, {@code disability} and {@code role} come from {@link Dimensions#SEX}, {@link Dimensions#DISABILITY}
 * and {@link Dimensions#STAFF_ROLE}; {@link #category(String)} answers for each, so
 * {@code group.matches(member.categories()::get)} works.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param id  the id within the list, such as {@code S001}, not null
 * @param sex  the sex category, not null
 * @param ethnicity  the census main ethnicity code, including refused and not obtained, not null
 * @param disability  the disability category, including refused and not obtained, not null
 * @param role  the staff role category, not null
 * @param fte  the full-time equivalent, in (0, 1], two decimal places, not null
 * @param hourlyPay  the hourly rate of ordinary pay in pounds, two decimal places, illustrative, not null
 * @since 0.1.0
 */
public record StaffMember(String id, Category sex, CensusEthnicity ethnicity, Category disability, Category role,
        BigDecimal fte, BigDecimal hourlyPay) {

    /**
     * Creates an instance.
     *
     * @param id  the id, not null
     * @param sex  the sex, not null
     * @param ethnicity  the ethnicity, not null
     * @param disability  the disability, not null
     * @param role  the role, not null
     * @param fte  the FTE, in (0, 1], not null
     * @param hourlyPay  the hourly pay, positive, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if fte is outside (0, 1] or pay is not positive
     * @since 0.1.0
     */
    public StaffMember {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(ethnicity, "ethnicity");
        Objects.requireNonNull(disability, "disability");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(fte, "fte");
        Objects.requireNonNull(hourlyPay, "hourlyPay");
        if (fte.signum() <= 0 || fte.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("fte must be in (0, 1], not " + fte.toPlainString());
        }
        if (hourlyPay.signum() <= 0) {
            throw new IllegalArgumentException("hourlyPay must be positive, not " + hourlyPay.toPlainString());
        }
    }

    /**
     * Gets the category in a standard dimension.
     *
     * @param dimensionId  such as {@code sex}, not null
     * @return the category, empty if the dimension does not describe staff here, not null
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
     * Gets the categories of every standard dimension that describes staff here, by dimension id, so that
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
