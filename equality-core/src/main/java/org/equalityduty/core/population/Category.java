package org.equalityduty.core.population;

import java.util.regex.Pattern;
import org.equalityduty.core.InvalidValueException;
import org.equalityduty.core.internal.Strings;
import org.equalityduty.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * One category of a {@link Dimension}, such as {@code sex:male}, {@code ethnicity:WBRI} or
 * {@code disadvantage:disadvantaged}.
 *
 * <p>Two categories are equal when their dimension identifiers and codes are equal; the label and disclosure
 * take part too, so categories from the same dimension definition compare as expected. The string form is
 * {@code dimension:code}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
public abstract class Category {
    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_]{0,39}");

    Category() {
    }

    /**
     * Gets the identifier of the dimension this category belongs to.
     *
     * @return the dimension identifier, such as {@code ethnicity}, not null
     * @since 0.1.0
     */
    public abstract String getDimensionId();

    /**
     * Gets the code, unique within the dimension.
     *
     * @return the code, such as {@code WBRI} or {@code male}, not null
     * @since 0.1.0
     */
    public abstract String getCode();

    /**
     * Gets the plain-English label.
     *
     * @return the label, such as {@code White - British}, not null
     * @since 0.1.0
     */
    public abstract String getLabel();

    /**
     * Gets whether this category is a known value, or records a refusal or missing information.
     *
     * @return the disclosure, {@link Disclosure#KNOWN} by default, not null
     * @since 0.1.0
     */
    @Value.Default
    public Disclosure getDisclosure() {
        return Disclosure.KNOWN;
    }

    /**
     * Checks whether this category is a known value.
     *
     * @return true if the disclosure is {@link Disclosure#KNOWN}
     * @since 0.1.0
     */
    public boolean isKnown() {
        return getDisclosure() == Disclosure.KNOWN;
    }

    /**
     * Obtains a known category.
     *
     * @param dimensionId  the dimension identifier, lower-case letters, digits and underscores, not null
     * @param code  the code, letters, digits and underscores, at most 40 characters, not null
     * @param label  the label, not null
     * @return the category, not null
     * @throws InvalidValueException if the identifier or code is malformed
     * @since 0.1.0
     */
    public static Category of(String dimensionId, String code, String label) {
        return builder().dimensionId(dimensionId).code(code).label(label).build();
    }

    /**
     * Obtains a category that records an absent value.
     *
     * @param dimensionId  the dimension identifier, not null
     * @param code  the code, not null
     * @param label  the label, not null
     * @param disclosure  refused or not obtained (or known), not null
     * @return the category, not null
     * @throws InvalidValueException if the identifier or code is malformed
     * @since 0.1.0
     */
    public static Category of(String dimensionId, String code, String label, Disclosure disclosure) {
        return builder().dimensionId(dimensionId).code(code).label(label).disclosure(disclosure).build();
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
     * Builds {@link Category} instances; each attribute may be set once.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ImmutableCategory.Builder {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        if (!Dimension.ID.matcher(getDimensionId()).matches()) {
            throw new InvalidValueException("dimensionId '" + Strings.abbreviate(getDimensionId())
                    + "' must be lower-case letters, digits and underscores, starting with a letter");
        }
        if (!CODE.matcher(getCode()).matches()) {
            throw new InvalidValueException("code '" + Strings.abbreviate(getCode())
                    + "' must be 1 to 40 letters, digits or underscores");
        }
    }

    /**
     * Gets the reference form of this category.
     *
     * @return {@code dimension:code}, such as {@code sex:male}, not null
     * @since 0.1.0
     */
    @Override
    public String toString() {
        return getDimensionId() + ":" + getCode();
    }
}
