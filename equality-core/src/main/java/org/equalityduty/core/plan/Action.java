package org.equalityduty.core.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.equalityduty.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * One row of an objective's action plan: what will be done, by whom, with what, when, and how success is known.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
public abstract class Action {

    Action() {
    }

    /**
     * Gets what will be done.
     *
     * @return the description, not null
     * @since 0.1.0
     */
    public abstract @NotBlank @Size(max = 2000) String getDescription();

    /**
     * Gets the people or roles responsible.
     *
     * @return the roles, such as "HR Officers", not null
     * @since 0.1.0
     */
    public abstract @Size(max = 50) List<@NotBlank @Size(max = 200) String> getResponsible();

    /**
     * Gets the resources needed.
     *
     * @return the resources, as the plan states them, not null
     * @since 0.1.0
     */
    public abstract @Size(max = 50) List<@NotBlank @Size(max = 1000) String> getResources();

    /**
     * Gets when the action is to be done.
     *
     * @return the time frame, empty if the plan states none, not null
     * @since 0.1.0
     */
    public abstract Optional<TimeFrame> getTimeFrame();

    /**
     * Gets how success is known.
     *
     * @return the criteria, not null
     * @since 0.1.0
     */
    public abstract @Size(max = 100) List<@Valid SuccessCriterion> getSuccessCriteria();

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
     * Builds {@link Action} instances; each attribute may be set once.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ImmutableAction.Builder {
        Builder() {
        }
    }
}
