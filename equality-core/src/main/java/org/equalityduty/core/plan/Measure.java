package org.equalityduty.core.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import java.util.Set;
import org.equalityduty.core.InvalidValueException;
import org.equalityduty.core.duty.Population;
import org.equalityduty.core.internal.ValueStyle;
import org.equalityduty.core.population.Group;
import org.immutables.value.Value;

/**
 * A measure precise enough for a function to compute it: what is computed, over which population, for which
 * focus group compared with what reference, in which subjects and key stages, and in which unit.
 *
 * <p>Plans are often vague; every part that a plan may leave unsaid is optional here, so that assessment can
 * say what is missing instead of the model inventing it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
public abstract class Measure {

    Measure() {
    }

    /**
     * Gets what the measure computes.
     *
     * @return the kind, not null
     * @since 0.1.0
     */
    public abstract MeasureKind getKind();

    /**
     * Gets the population the measure is computed over.
     *
     * @return the population, not null
     * @since 0.1.0
     */
    public abstract Population getPopulation();

    /**
     * Gets the group the measure focuses on, such as disadvantaged pupils or male applicants.
     *
     * @return the focus group, empty if the measure is about the whole population, not null
     * @since 0.1.0
     */
    public abstract Optional<@Valid Group> getFocusGroup();

    /**
     * Gets what the focus group is compared with, for gaps and representation.
     *
     * @return the reference, empty if none is stated, not null
     * @since 0.1.0
     */
    public abstract Optional<@Valid Reference> getReference();

    /**
     * Gets a restriction of the population, such as support staff roles.
     *
     * @return the group the population is restricted to, empty if none, not null
     * @since 0.1.0
     */
    public abstract Optional<@Valid Group> getWithin();

    /**
     * Gets the subjects or headline measures, for attainment.
     *
     * @return the subjects, empty if not stated or not applicable, not null
     * @since 0.1.0
     */
    public abstract Set<Subject> getSubjects();

    /**
     * Gets the key stages, for attainment.
     *
     * @return the key stages, empty if not stated or not applicable, not null
     * @since 0.1.0
     */
    public abstract Set<KeyStage> getKeyStages();

    /**
     * Gets the unit values are expressed in.
     *
     * @return the unit, empty if the plan does not say, not null
     * @since 0.1.0
     */
    public abstract Optional<MeasureUnit> getUnit();

    /**
     * Gets a plain-English description.
     *
     * @return the description, empty if none, not null
     * @since 0.1.0
     */
    public abstract Optional<@Size(min = 1, max = 1000) String> getDescription();

    /**
     * Gets the unit stated, or else the natural unit of the kind.
     *
     * @return the effective unit, empty if neither is known, not null
     * @since 0.1.0
     */
    public Optional<MeasureUnit> effectiveUnit() {
        return getUnit().or(() -> getKind().getNaturalUnit());
    }

    /**
     * Gets what a target "by N%" as stated means on this measure: a relative change on a measure counted in a unit
     * that is not a percentage (counts, scores, indices). On a percentage, or a measure of unknown unit, it may mean
     * percentage points or a relative change: the reading is ambiguous, and empty.
     *
     * @return {@link TargetKind#RELATIVE_PERCENT}, or empty if the reading is ambiguous, not null
     * @since 0.2.0
     */
    public Optional<TargetKind> percentAsStatedReading() {
        Optional<MeasureUnit> unit = effectiveUnit();
        return unit.isPresent() && !unit.get().isPercentage() ? Optional.of(TargetKind.RELATIVE_PERCENT)
                : Optional.empty();
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
     * Builds {@link Measure} instances; each attribute may be set once.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ImmutableMeasure.Builder {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        if (getReference().isPresent() && getFocusGroup().isEmpty()) {
            throw new InvalidValueException("reference " + getReference().get()
                    + " needs a focusGroup to compare with");
        }
    }
}
