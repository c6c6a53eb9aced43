package org.equalityduty.core.assessment;

import java.util.EnumSet;
import java.util.Set;
import org.equalityduty.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * Which SMART letters one objective meets: a letter is met when no finding of a rule with that letter lies at the
 * objective or inside it (its actions and success criteria).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
public abstract class ObjectiveSummary {

    ObjectiveSummary() {
    }

    /**
     * Gets the path of the objective.
     *
     * @return such as {@code objectives[1]}, not null
     * @since 0.1.0
     */
    public abstract String getPath();

    /**
     * Gets the objective's identifier.
     *
     * @return the identifier, not null
     * @since 0.1.0
     */
    public abstract String getObjectiveId();

    /**
     * Gets the objective's title.
     *
     * @return the title, not null
     * @since 0.2.0
     */
    public abstract String getTitle();

    /**
     * Gets the RFC 6901 JSON Pointer of the objective in the plan document.
     *
     * @return such as {@code /objectives/1}, not null
     * @since 0.2.0
     */
    public abstract String getPointer();

    /**
     * Checks whether the objective meets one SMART letter.
     *
     * @param letter  the letter, not null
     * @return true if no finding of a rule with that letter lies at the objective or inside it
     * @since 0.2.0
     */
    public boolean meets(SmartLetter letter) {
        return getMet().contains(java.util.Objects.requireNonNull(letter, "letter"));
    }

    /**
     * Gets the SMART letters the objective meets.
     *
     * @return the letters, in S, M, A, R, T order, not null
     * @since 0.1.0
     */
    public abstract Set<SmartLetter> getMet();

    /**
     * Gets the SMART letters the objective does not meet.
     *
     * @return the letters, in S, M, A, R, T order, not null
     * @since 0.1.0
     */
    public Set<SmartLetter> getUnmet() {
        Set<SmartLetter> unmet = EnumSet.allOf(SmartLetter.class);
        unmet.removeAll(getMet());
        return java.util.Collections.unmodifiableSet(unmet);
    }

    /**
     * Checks whether the objective meets all five letters.
     *
     * @return true if the objective is SMART
     * @since 0.1.0
     */
    public boolean isSmart() {
        return getMet().size() == SmartLetter.values().length;
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
     * Builds {@link ObjectiveSummary} instances; each attribute may be set once.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ImmutableObjectiveSummary.Builder {
        Builder() {
        }
    }

    /**
     * Gets a compact form: path, identifier, then the five letters with each unmet letter shown as {@code -}.
     *
     * @return such as {@code objectives[0] obj-1 S-AR-}, not null
     * @since 0.1.0
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(getPath()).append(' ').append(getObjectiveId()).append(' ');
        for (SmartLetter l : SmartLetter.values()) {
            sb.append(getMet().contains(l) ? l.name() : "-");
        }
        return sb.toString();
    }
}
