package org.equalityduty.core.plan;

import static org.equalityduty.core.internal.Texts.NOT_BLANK;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.equalityduty.core.internal.Ids;
import org.equalityduty.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * One objective of another plan that a plan adopts by reference: its id in that plan and, where the adopting plan
 * reproduces it, the title as reproduced.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.2.0
 */
@Value.Immutable
@ValueStyle
public abstract class AdoptedObjective {

    AdoptedObjective() {
    }

    /**
     * Gets the objective's id in the adopted plan.
     *
     * @return such as {@code t1}, not null
     * @since 0.2.0
     */
    @Value.Parameter
    public abstract String getId();

    /**
     * Gets the objective's title as the adopting plan reproduces it.
     *
     * @return the title, empty if the adopting plan only refers to it, not null
     * @since 0.2.0
     */
    public abstract Optional<@Size(min = 1, max = 1000) @Pattern(regexp = NOT_BLANK, message = "must not be blank") String> getTitle();

    /**
     * Obtains a reference to an objective by its id alone.
     *
     * @param id  the objective's id in the adopted plan, not null
     * @return the reference, not null
     * @since 0.2.0
     */
    public static AdoptedObjective of(String id) {
        return ImmutableAdoptedObjective.of(id);
    }

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
     * Builds {@link AdoptedObjective} instances; each attribute may be set once.
     *
     * @since 0.2.0
     */
    public static final class Builder extends ImmutableAdoptedObjective.Builder {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        Ids.check("id", getId());
    }
}
