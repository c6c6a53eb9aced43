package org.equalityduty.core.duty;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.equalityduty.core.InvalidValueException;
import org.equalityduty.core.internal.Strings;
import org.equalityduty.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * A trust or school that publishes equality information and objectives.
 *
 * <p>A school's unique reference number (URN) is six digits. A trust lists its schools, if known.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
public abstract class Organisation {
    private static final Pattern URN = Pattern.compile("[0-9]{6}");

    Organisation() {
    }

    /**
     * Gets whether this is a trust or a school.
     *
     * @return the type, not null
     * @since 0.1.0
     */
    public abstract OrganisationType getType();

    /**
     * Gets the name.
     *
     * @return the name, not null
     * @since 0.1.0
     */
    public abstract @NotBlank @Size(max = 200) String getName();

    /**
     * Gets the school's unique reference number.
     *
     * @return six digits, empty if not known or not a school, not null
     * @since 0.1.0
     */
    public abstract Optional<String> getUrn();

    /**
     * Gets the number of employees, which decides some publication duties.
     *
     * @return the headcount, empty if not stated
     * @since 0.1.0
     */
    public abstract OptionalInt getEmployeeCount();

    /**
     * Gets whether a school is maintained or an academy.
     *
     * @return the school type, empty if not stated or for a trust, not null
     * @since 0.2.0
     */
    public abstract Optional<SchoolType> getSchoolType();

    /**
     * Gets the phases the school covers, or the trust's schools cover, as the plan states them.
     *
     * @return the phases, empty if not stated, not null
     * @since 0.2.0
     */
    public abstract Set<Phase> getPhases();

    /**
     * Gets the schools of a trust.
     *
     * @return the schools, empty for a school or when not listed, not null
     * @since 0.1.0
     */
    public abstract List<@Valid Organisation> getSchools();

    /**
     * Obtains a trust with no further details.
     *
     * @param name  the name, not null
     * @return the organisation, not null
     * @since 0.1.0
     */
    public static Organisation trust(String name) {
        return builder().type(OrganisationType.TRUST).name(name).build();
    }

    /**
     * Obtains a school with its URN.
     *
     * @param name  the name, not null
     * @param urn  the six-digit unique reference number, not null
     * @return the organisation, not null
     * @throws InvalidValueException if the URN is not six digits
     * @since 0.1.0
     */
    public static Organisation school(String name, String urn) {
        return builder().type(OrganisationType.SCHOOL).name(name).urn(urn).build();
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
     * Builds {@link Organisation} instances.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ImmutableOrganisation.Builder {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        getUrn().ifPresent(urn -> {
            if (!URN.matcher(urn).matches()) {
                throw new InvalidValueException("urn '" + Strings.abbreviate(urn) + "' must be six digits");
            }
        });
        if (getEmployeeCount().isPresent() && getEmployeeCount().getAsInt() < 0) {
            throw new InvalidValueException("employeeCount must not be negative, not " + getEmployeeCount().getAsInt());
        }
        if (getType() == OrganisationType.TRUST && getSchoolType().isPresent()) {
            throw new InvalidValueException("schoolType must be empty for a trust; it says whether a school is "
                    + "maintained or an academy");
        }
        if (getType() == OrganisationType.SCHOOL && !getSchools().isEmpty()) {
            throw new InvalidValueException("schools must be empty for a school; only a trust lists schools");
        }
    }
}
