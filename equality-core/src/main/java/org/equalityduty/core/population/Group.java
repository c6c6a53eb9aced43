package org.equalityduty.core.population;

import jakarta.validation.constraints.Size;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.equalityduty.core.InvalidValueException;
import org.equalityduty.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * A group of people defined by categories: categories of the same dimension are alternatives (any of), and
 * different dimensions must all hold (intersection).
 *
 * <p>So {@code {disadvantage:disadvantaged, sex:male}} is disadvantaged boys, and
 * {@code {ethnic_group:asian, ethnic_group:black}} is people whose major group is Asian or Black. A group may
 * carry a label, such as "support staff", for reports.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
public abstract class Group {

    Group() {
    }

    /**
     * Gets the categories that define the group.
     *
     * @return the categories, no duplicates, at least one unless the group is kept undefined with only a label,
     *         not null
     * @since 0.1.0
     */
    public abstract List<Category> getCategories();

    /**
     * Gets a plain-English name for the group.
     *
     * @return the label, such as "support staff", empty if none, not null
     * @since 0.1.0
     */
    public abstract Optional<@Size(min = 1, max = 200) String> getLabel();

    /**
     * Gets a part of the group that the plan stresses, such as boys in "disadvantaged pupils, especially boys".
     *
     * @return the emphasised group, which has no emphasis of its own, empty if none, not null
     * @since 0.2.0
     */
    public abstract Optional<Group> getEmphasis();

    /**
     * Checks whether the group is defined by categories. A group the plan names without defining it ("vulnerable
     * pupils") is kept as published, with a label and no categories, and matches no one.
     *
     * @return true if the group has categories
     * @since 0.2.0
     */
    public boolean isDefined() {
        return !getCategories().isEmpty();
    }

    /**
     * Gets the categories by dimension identifier, in order of first appearance. Computed once per group, since
     * {@link #matches(Function)} consults it for every record.
     *
     * @return the alternatives per dimension, unmodifiable, not null
     * @since 0.1.0
     */
    @Value.Lazy
    public Map<String, Set<Category>> byDimension() {
        Map<String, Set<Category>> map = new LinkedHashMap<>();
        for (Category c : getCategories()) {
            map.computeIfAbsent(c.getDimensionId(), k -> new LinkedHashSet<>()).add(c);
        }
        map.replaceAll((k, v) -> Collections.unmodifiableSet(v));
        return Collections.unmodifiableMap(map);
    }

    /**
     * Checks whether a person with the given categories belongs to this group.
     *
     * @param categoryOf  the person's category for a dimension identifier, null if the person has none, not null
     * @return true if, for every dimension of the group, the person's category is one of the group's alternatives;
     *         false for a group that is not defined
     * @since 0.1.0
     */
    public boolean matches(Function<String, Category> categoryOf) {
        if (!isDefined()) {
            return false;
        }
        for (Map.Entry<String, Set<Category>> e : byDimension().entrySet()) {
            Category c = categoryOf.apply(e.getKey());
            if (c == null || !e.getValue().contains(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Obtains a group of the given categories, without a label.
     *
     * @param first  the first category, not null
     * @param rest  further categories, not null
     * @return the group, not null
     * @throws InvalidValueException if a category is repeated
     * @since 0.1.0
     */
    public static Group of(Category first, Category... rest) {
        return builder().addCategories(first).addCategories(rest).build();
    }

    /**
     * Obtains a labelled group of the given categories.
     *
     * @param label  the label, not null
     * @param categories  the categories, at least one, not null
     * @return the group, not null
     * @throws InvalidValueException if there is no category or one is repeated
     * @since 0.1.0
     */
    public static Group labelled(String label, List<Category> categories) {
        return builder().label(label).addAllCategories(categories).build();
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
     * Builds {@link Group} instances.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ImmutableGroup.Builder {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        if (getCategories().isEmpty() && getLabel().isEmpty()) {
            throw new InvalidValueException("categories of a group must not be empty");
        }
        if (getEmphasis().isPresent() && getEmphasis().get().getEmphasis().isPresent()) {
            throw new InvalidValueException("emphasis of a group must not have an emphasis of its own");
        }
        if (Set.copyOf(getCategories()).size() != getCategories().size()) {
            throw new InvalidValueException("categories of a group must not repeat: " + getCategories());
        }
    }

    /**
     * Gets the reference form: alternatives within a dimension joined by {@code " | "}, dimensions joined by
     * {@code " & "}, with the label first if present.
     *
     * @return such as {@code disadvantage:disadvantaged & sex:male}, not null
     * @since 0.1.0
     */
    @Override
    public String toString() {
        String cats = byDimension().values().stream()
                .map(alternatives -> alternatives.stream().map(Category::toString).collect(Collectors.joining(" | ")))
                .collect(Collectors.joining(" & "));
        String base = !isDefined() ? getLabel().orElseThrow() + " (undefined)"
                : getLabel().map(l -> l + " (" + cats + ")").orElse(cats);
        return getEmphasis().map(e -> base + ", especially " + e).orElse(base);
    }
}
