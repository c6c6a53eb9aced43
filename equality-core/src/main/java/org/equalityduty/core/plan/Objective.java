package org.equalityduty.core.plan;

import static org.equalityduty.core.internal.Texts.NOT_BLANK;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.equalityduty.core.duty.DutyAim;
import org.equalityduty.core.duty.Population;
import org.equalityduty.core.duty.ProtectedCharacteristic;
import org.equalityduty.core.internal.Ids;
import org.equalityduty.core.internal.ValueStyle;
import org.equalityduty.core.population.Group;
import org.immutables.value.Value;

/**
 * An equality objective: what the organisation aims to achieve, why, for whom, under which aims of the duty,
 * and the actions and criteria that carry it out.
 *
 * <p>Criteria usually sit on actions; a plan that states an objective without actions (such as "increase BAME
 * staff from 2%") may attach criteria to the objective itself.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
public abstract class Objective {

    Objective() {
    }

    /**
     * Gets the identifier, unique within the plan and stable across versions of it.
     *
     * @return such as {@code o1}, not null
     * @since 0.1.0
     */
    public abstract String getId();

    /**
     * Gets the title.
     *
     * @return the title, not null
     * @since 0.1.0
     */
    public abstract @NotBlank @Size(max = 1000) String getTitle();

    /**
     * Gets why the objective was chosen.
     *
     * @return the rationale, empty if not stated, not null
     * @since 0.1.0
     */
    public abstract Optional<@Size(min = 1, max = 10000) @Pattern(regexp = NOT_BLANK, message = "must not be blank") String> getRationale();

    /**
     * Gets the aims of the general duty (s.149(1)) the objective serves.
     *
     * @return the aims, empty if the plan does not tie it to one, not null
     * @since 0.1.0
     */
    public abstract Set<DutyAim> getAims();

    /**
     * Gets the protected characteristics the objective addresses.
     *
     * @return the characteristics, not null
     * @since 0.1.0
     */
    public abstract Set<ProtectedCharacteristic> getCharacteristics();

    /**
     * Gets the groups the objective addresses, including groups that are not protected characteristics such as
     * disadvantaged pupils.
     *
     * @return the groups, not null
     * @since 0.1.0
     */
    public abstract @Size(max = 100) List<@Valid Group> getGroups();

    /**
     * Gets the populations the objective is about.
     *
     * @return the populations, not null
     * @since 0.1.0
     */
    public abstract Set<Population> getPopulations();

    /**
     * Gets the version of the objective written for children.
     *
     * @return the text, empty if none, not null
     * @since 0.1.0
     */
    public abstract Optional<@Size(min = 1, max = 5000) @Pattern(regexp = NOT_BLANK, message = "must not be blank") String> getChildFriendlyVersion();

    /**
     * Gets the actions.
     *
     * @return the actions, in plan order, not null
     * @since 0.1.0
     */
    public abstract @Size(max = 500) List<@Valid Action> getActions();

    /**
     * Gets criteria stated for the objective as a whole.
     *
     * @return the criteria, not null
     * @since 0.1.0
     */
    public abstract @Size(max = 100) List<@Valid SuccessCriterion> getSuccessCriteria();

    /**
     * Gets the date the objective as a whole is to be achieved by.
     *
     * @return the date, empty if not stated, not null
     * @since 0.1.0
     */
    public abstract Optional<LocalDate> getTargetDate();

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
     * Builds {@link Objective} instances; each attribute may be set once.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ImmutableObjective.Builder {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        Ids.check("id", getId());
    }
}
