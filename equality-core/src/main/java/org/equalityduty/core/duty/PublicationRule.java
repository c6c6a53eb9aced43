package org.equalityduty.core.duty;

import static org.equalityduty.core.internal.Texts.NOT_BLANK;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import java.util.Set;
import org.equalityduty.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * A plan's own rule about who publishes what, such as "each school publishes its own objectives, why it chose
 * them, what it plans, and its progress, updated annually".
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
public abstract class PublicationRule {

    PublicationRule() {
    }

    /**
     * Gets who publishes.
     *
     * @return the publisher, not null
     * @since 0.1.0
     */
    public abstract Publisher getPublisher();

    /**
     * Gets what is published.
     *
     * @return the items, not null
     * @since 0.1.0
     */
    public abstract Set<PublishedItem> getItems();

    /**
     * Gets how often progress is updated.
     *
     * @return the recurrence, empty if not stated, not null
     * @since 0.1.0
     */
    public abstract Optional<Recurrence> getProgressUpdated();

    /**
     * Gets where it is published.
     *
     * @return such as a website address, empty if not stated, not null
     * @since 0.1.0
     */
    public abstract Optional<@Size(min = 1, max = 500) @Pattern(regexp = NOT_BLANK, message = "must not be blank") String> getLocation();

    /**
     * Gets the rule as the plan states it.
     *
     * @return the text, not null
     * @since 0.1.0
     */
    public abstract @NotBlank @Size(max = 5000) String getText();

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
     * Builds {@link PublicationRule} instances; each attribute may be set once.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ImmutablePublicationRule.Builder {
        Builder() {
        }
    }
}
