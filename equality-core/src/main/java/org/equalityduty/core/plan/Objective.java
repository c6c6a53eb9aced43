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
     * Gets the target date as the plan states it, when it states it less precisely than a day ("July 2025",
     * "2025/26", "summer 2026", the end of the plan); {@link #getTargetDate()} then holds the day it resolves to.
     *
     * @return the stated date, coarser than a day, empty if the plan states a day or nothing, not null
     * @since 0.2.0
     */
    public abstract Optional<PlanDate> getTargetDateAsStated();

    /**
     * Gets the target date as the plan states it, whether a day or less precise.
     *
     * @return the stated date, empty if the plan states none, not null
     * @since 0.2.0
     */
    public Optional<PlanDate> targetDateAsStated() {
        return StatedDates.asStated(getTargetDate(), getTargetDateAsStated());
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
     * Builds {@link Objective} instances; each attribute may be set once.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ImmutableObjective.Builder {
        Builder() {
        }

        /**
         * Sets the target date as the plan states it: a day as {@code targetDate}, a coarser date as
         * {@code targetDateAsStated} with the day it resolves to as {@code targetDate} (the end of the plan is resolved
         * by the plan's reader).
         *
         * @param date  the stated date, not null
         * @return this builder, not null
         * @since 0.2.0
         */
        public Builder targetDate(PlanDate date) {
            java.util.Objects.requireNonNull(date, "targetDate");
            if (date.isDay()) {
                return targetDate(date.last().orElseThrow());
            }
            date.last().ifPresent(this::targetDate);
            return targetDateAsStated(date);
        }
    }

    @Value.Check
    void check() {
        StatedDates.check("targetDate", getTargetDate(), getTargetDateAsStated(), false);
        Ids.check("id", getId());
    }
}
