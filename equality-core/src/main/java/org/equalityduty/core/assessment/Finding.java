package org.equalityduty.core.assessment;

import java.util.List;
import java.util.Optional;
import org.equalityduty.core.constraints.Severity;
import org.equalityduty.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * One finding of an assessment: which rule, how serious, where, what is wrong and how to fix it.
 *
 * <p>Where is given twice: as a bean path ({@link #getPath()}) and as an RFC 6901 JSON Pointer into the plan document
 * ({@link #getPointer()}, the same addressing as the problems of reading a document). A finding about an objective or
 * anything inside it carries the objective's identifier and title. A rule reports once per objective: a finding that
 * covers several parts of one objective lies at the objective, names them in its message and lists the identifiers
 * of the criteria it covers ({@link #getCriteria()}).
 *
 * <p>Findings order by path (indices compared as numbers, so {@code objectives[2]} comes before
 * {@code objectives[10]}), then severity, code and message, so reports are deterministic.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
public abstract class Finding implements Comparable<Finding> {

    Finding() {
    }

    /**
     * Gets the stable rule code, such as {@code smart.no-baseline}; structural problems found by the
     * default group have codes {@code structure.<constraint>}, such as {@code structure.not-blank}.
     *
     * @return the code, not null
     * @since 0.1.0
     */
    public abstract String getCode();

    /**
     * Gets how serious the finding is.
     *
     * @return the severity, not null
     * @since 0.1.0
     */
    public abstract Severity getSeverity();

    /**
     * Gets the path to the element, such as {@code objectives[1].actions[0].successCriteria[0]}.
     *
     * @return the path, empty for the plan itself, not null
     * @since 0.1.0
     */
    public abstract String getPath();

    /**
     * Gets the RFC 6901 JSON Pointer of the element in the plan document.
     *
     * @return such as {@code /objectives/1/actions/0/successCriteria/0}; empty for the plan itself, not null
     * @since 0.2.0
     */
    public abstract String getPointer();

    /**
     * Gets the identifier of the objective the finding concerns.
     *
     * @return the identifier, empty for a finding about the plan as a whole, not null
     * @since 0.2.0
     */
    public abstract Optional<String> getObjectiveId();

    /**
     * Gets the title of the objective the finding concerns.
     *
     * @return the title, empty for a finding about the plan as a whole, not null
     * @since 0.2.0
     */
    public abstract Optional<String> getObjectiveTitle();

    /**
     * Gets the identifiers of the success criteria the finding covers.
     *
     * @return the identifiers in plan order, empty if it covers none, not null
     * @since 0.2.0
     */
    public abstract List<String> getCriteria();

    /**
     * Gets the field of the plan document that the fix names, on the element at {@link #getPointer()} or one of its
     * parts.
     *
     * @return the field, such as {@code baseline}; empty for structural problems, not null
     * @since 0.2.0
     */
    public abstract Optional<String> getFixField();

    /**
     * Gets where the rule comes from: legislation, guidance or the domain reference.
     *
     * @return the source, empty for structural problems, not null
     * @since 0.2.0
     */
    public abstract Optional<String> getSource();

    /**
     * Gets the plain-English message.
     *
     * @return the message, not null
     * @since 0.1.0
     */
    public abstract String getMessage();

    /**
     * Gets the suggested fix.
     *
     * @return the fix, not null
     * @since 0.1.0
     */
    public abstract String getFix();

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
     * Builds {@link Finding} instances; each attribute may be set once.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ImmutableFinding.Builder {
        Builder() {
        }
    }

    @Override
    public int compareTo(Finding other) {
        int c = PathOrder.compare(getPath(), other.getPath());
        if (c == 0) {
            c = getSeverity().compareTo(other.getSeverity());
        }
        if (c == 0) {
            c = getCode().compareTo(other.getCode());
        }
        if (c == 0) {
            c = getMessage().compareTo(other.getMessage());
        }
        return c != 0 ? c : getFix().compareTo(other.getFix());
    }

    /**
     * Gets a one-line form: severity, code, path and message.
     *
     * @return such as {@code warning smart.no-baseline objectives[0].successCriteria[0]: ...}, not null
     * @since 0.1.0
     */
    @Override
    public String toString() {
        return getSeverity().getCode() + " " + getCode() + " " + (getPath().isEmpty() ? "(plan)" : getPath())
                + ": " + getMessage();
    }
}
