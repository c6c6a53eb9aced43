package org.equalityduty.core.plan;

import jakarta.validation.Valid;
import org.equalityduty.core.internal.ValueStyle;
import org.equalityduty.core.population.Group;
import org.immutables.value.Value;

/**
 * A comparison with a named group, such as girls when the focus group is boys.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
public abstract non-sealed class GroupReference implements Reference {

    GroupReference() {
    }

    /**
     * Gets the reference group.
     *
     * @return the group, not null
     * @since 0.1.0
     */
    @Value.Parameter
    public abstract @Valid Group getGroup();

    /**
     * Obtains an instance.
     *
     * @param group  the reference group, not null
     * @return the reference, not null
     * @since 0.1.0
     */
    public static GroupReference of(Group group) {
        return ImmutableGroupReference.of(group);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.group(this);
    }
}
