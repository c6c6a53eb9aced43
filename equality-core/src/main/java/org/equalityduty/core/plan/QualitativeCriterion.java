package org.equalityduty.core.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.equalityduty.core.InvalidValueException;
import org.equalityduty.core.internal.Ids;
import org.equalityduty.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * A success criterion judged on evidence, such as "Positive feedback from staff", optionally tied to a measured
 * positive-response rate with a target.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
public abstract non-sealed class QualitativeCriterion implements SuccessCriterion {

    QualitativeCriterion() {
    }

    @Override
    public abstract String getId();

    /**
     * Gets the evidence sought, as the plan states it.
     *
     * @return the text, not null
     * @since 0.1.0
     */
    @Override
    public abstract @NotBlank @Size(max = 2000) String getText();

    /**
     * Gets how the evidence is gathered, such as "annual staff survey".
     *
     * @return the method, empty if the plan does not say, not null
     * @since 0.1.0
     */
    public abstract Optional<@Size(min = 1, max = 500) String> getMethod();

    /**
     * Gets the measured rate the evidence is tied to, such as a survey positive rate.
     *
     * @return the measure, empty if none, not null
     * @since 0.1.0
     */
    public abstract Optional<@Valid Measure> getMeasure();

    /**
     * Gets the target for the tied measure.
     *
     * @return the target, empty if none, not null
     * @since 0.1.0
     */
    public abstract Optional<Target> getTarget();

    /**
     * Obtains a qualitative criterion with only its text.
     *
     * @param id  the identifier, unique within the plan, not null
     * @param text  the evidence sought, not null
     * @return the criterion, not null
     * @since 0.1.0
     */
    public static QualitativeCriterion of(String id, String text) {
        return builder().id(id).text(text).build();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.qualitative(this);
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
     * Builds {@link QualitativeCriterion} instances; each attribute may be set once.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ImmutableQualitativeCriterion.Builder {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        Ids.check("id", getId());
        if (getTarget().isPresent() && getMeasure().isEmpty()) {
            throw new InvalidValueException("target of qualitative criterion '" + getId() + "' needs a measure");
        }
    }
}
