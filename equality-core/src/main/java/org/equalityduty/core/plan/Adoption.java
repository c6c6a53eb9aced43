package org.equalityduty.core.plan;

import static org.equalityduty.core.internal.Texts.NOT_BLANK;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.equalityduty.core.InvalidValueException;
import org.equalityduty.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * Objectives of another organisation's plan that a plan adopts by reference, such as a school adopting its trust's
 * objectives and adding its own: the organisation, the version of its plan cited, and the objectives adopted.
 *
 * <p>{@link Adoptions#check(EqualityPlan, EqualityPlan)} checks the references against the adopted plan itself.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.2.0
 */
@Value.Immutable
@ValueStyle
public abstract class Adoption {

    Adoption() {
    }

    /**
     * Gets the name of the organisation whose plan is adopted.
     *
     * @return the name, such as "Co-op Academies Trust", not null
     * @since 0.2.0
     */
    public abstract @NotBlank @Size(max = 200) String getOrganisation();

    /**
     * Gets the version of the adopted plan that the adopting plan cites.
     *
     * @return the version label, compared with the adopted plan's {@link EqualityPlan#getVersion()}; empty if not
     *         cited, not null
     * @since 0.2.0
     */
    public abstract Optional<@Size(min = 1, max = 100) @Pattern(regexp = NOT_BLANK, message = "must not be blank") String> getVersion();

    /**
     * Gets the objectives adopted.
     *
     * @return at least one, with distinct ids, in the adopting plan's order, not null
     * @since 0.2.0
     */
    public abstract @Size(max = 200) List<@Valid AdoptedObjective> getObjectives();

    /**
     * Creates a builder.
     *
     * @return a new builder, not null
     * @since 0.2.0
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link Adoption} instances; each attribute may be set once.
     *
     * @since 0.2.0
     */
    public static final class Builder extends ImmutableAdoption.Builder {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        if (getObjectives().isEmpty()) {
            throw new InvalidValueException("objectives of an adoption must not be empty");
        }
        Set<String> ids = new HashSet<>();
        for (AdoptedObjective o : getObjectives()) {
            if (!ids.add(o.getId())) {
                throw new InvalidValueException("objectives of an adoption repeat id '" + o.getId() + "'");
            }
        }
    }
}
