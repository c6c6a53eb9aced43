package org.equalityduty.core.population;

import jakarta.validation.constraints.NotBlank;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.equalityduty.core.InvalidValueException;
import org.equalityduty.core.duty.ProtectedCharacteristic;
import org.equalityduty.core.internal.Strings;
import org.equalityduty.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * A way of dividing people into categories, such as sex, census ethnicity, disadvantage or SEN provision.
 *
 * <p>Each dimension says which protected characteristic it relates to, if any: disadvantage is not a protected
 * characteristic, but schools set objectives about it and the library treats it as a first-class group.
 * Standard dimensions are in {@link Dimensions}; callers may define their own.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
public abstract class Dimension {
    static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]{0,39}");

    Dimension() {
    }

    /**
     * Gets the identifier, unique among dimensions.
     *
     * @return the identifier, such as {@code sen_provision}, not null
     * @since 0.1.0
     */
    public abstract String getId();

    /**
     * Gets the plain-English name.
     *
     * @return the label, not null
     * @since 0.1.0
     */
    public abstract @NotBlank String getLabel();

    /**
     * Gets the protected characteristic this dimension relates to.
     *
     * @return the characteristic, empty if none (disadvantage, English as an additional language), not null
     * @since 0.1.0
     */
    public abstract Optional<ProtectedCharacteristic> getCharacteristic();

    /**
     * Gets the categories, in their conventional order.
     *
     * @return the categories, at least one, unique codes, not null
     * @since 0.1.0
     */
    public abstract List<Category> getCategories();

    /**
     * Obtains the category with the given code.
     *
     * @param code  the code, not null
     * @return the category, not null
     * @throws InvalidValueException if this dimension has no such category
     * @since 0.1.0
     */
    public Category category(String code) {
        for (Category c : getCategories()) {
            if (c.getCode().equals(code)) {
                return c;
            }
        }
        throw new InvalidValueException("dimension '" + getId() + "' has no category '" + Strings.abbreviate(code) + "'");
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
     * Builds {@link Dimension} instances; each attribute may be set once.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ImmutableDimension.Builder {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        if (!ID.matcher(getId()).matches()) {
            throw new InvalidValueException("id '" + Strings.abbreviate(getId())
                    + "' must be lower-case letters, digits and underscores, starting with a letter");
        }
        if (getCategories().isEmpty()) {
            throw new InvalidValueException("categories of dimension '" + getId() + "' must not be empty");
        }
        Set<String> codes = new HashSet<>();
        for (Category c : getCategories()) {
            if (!c.getDimensionId().equals(getId())) {
                throw new InvalidValueException("category '" + c + "' does not belong to dimension '" + getId() + "'");
            }
            if (!codes.add(c.getCode())) {
                throw new InvalidValueException("categories of dimension '" + getId() + "' repeat code '" + c.getCode() + "'");
            }
        }
    }

    @Override
    public String toString() {
        return "Dimension[" + getId() + "]";
    }
}
