package org.equalityduty.core.assessment.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where in a plan a rule found something: the plan itself, an objective, an action, a success criterion, or a named
 * field of one of them. A site renders itself both as a bean path ({@code objectives[0].actions[1].successCriteria[0]})
 * and as an RFC 6901 JSON Pointer into the plan document ({@code /objectives/0/actions/1/successCriteria/0}): the wire
 * names of the plan document equal the property names of the plan types, so both come from the same segments, here.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class Site {
    private static final Site PLAN = new Site(-1, -1, -1, null, null);

    private final int objective;
    private final int action;
    private final int criterion;
    private final @Nullable String criterionId;
    private final @Nullable String field;
    /** The index of an adoption ({@code adoptions[n]}), or -1. */
    private final int adoption;
    /** The index of an objective in that adoption ({@code adoptions[n].objectives[m]}), or -1. */
    private final int adopted;

    private Site(int objective, int action, int criterion, @Nullable String criterionId, @Nullable String field) {
        this(objective, action, criterion, criterionId, field, -1, -1);
    }

    private Site(int objective, int action, int criterion, @Nullable String criterionId, @Nullable String field,
            int adoption, int adopted) {
        this.objective = objective;
        this.action = action;
        this.criterion = criterion;
        this.criterionId = criterionId;
        this.field = field;
        this.adoption = adoption;
        this.adopted = adopted;
    }

    /**
     * Gets the plan itself.
     *
     * @return the site, not null
     * @since 0.2.0
     */
    public static Site plan() {
        return PLAN;
    }

    /**
     * Gets an objective.
     *
     * @param o  the objective's index, zero-based
     * @return the site, not null
     * @since 0.2.0
     */
    public static Site objective(int o) {
        return new Site(o, -1, -1, null, null);
    }

    /**
     * Gets an action of an objective.
     *
     * @param o  the objective's index, zero-based
     * @param a  the action's index, zero-based
     * @return the site, not null
     * @since 0.2.0
     */
    public static Site action(int o, int a) {
        return new Site(o, a, -1, null, null);
    }

    /**
     * Gets a success criterion.
     *
     * @param o  the objective's index, zero-based
     * @param a  the action's index, zero-based, or -1 for a criterion of the objective itself
     * @param c  the criterion's index in its list, zero-based
     * @param id  the criterion's identifier, not null
     * @return the site, not null
     * @since 0.2.0
     */
    public static Site criterion(int o, int a, int c, String id) {
        return new Site(o, a, c, Objects.requireNonNull(id, "id"), null);
    }

    /**
     * Gets an adoption of another plan's objectives ({@code adoptions[a]}).
     *
     * @param a  the adoption's index, zero-based
     * @return the site, not null
     * @since 0.2.0
     */
    public static Site adoption(int a) {
        return new Site(-1, -1, -1, null, null, a, -1);
    }

    /**
     * Gets an objective that the plan adopts from another plan ({@code adoptions[a].objectives[o]}).
     *
     * @param a  the adoption's index, zero-based
     * @param o  the adopted objective's index in the adoption, zero-based
     * @return the site, not null
     * @since 0.2.0
     */
    public static Site adoptedObjective(int a, int o) {
        return new Site(-1, -1, -1, null, null, a, o);
    }

    /**
     * Gets the index of the adoption the site lies in.
     *
     * @return the zero-based index, empty if the site is not in an adoption, not null
     * @since 0.2.0
     */
    public Optional<Integer> getAdoptionIndex() {
        return adoption < 0 ? Optional.empty() : Optional.of(adoption);
    }

    /**
     * Gets the index, in its adoption, of the adopted objective the site lies in.
     *
     * @return the zero-based index, empty if the site is not an adopted objective or in one, not null
     * @since 0.2.0
     */
    public Optional<Integer> getAdoptedObjectiveIndex() {
        return adopted < 0 ? Optional.empty() : Optional.of(adopted);
    }

    /**
     * Gets a field of this site, such as the {@code targetDate} of an objective.
     *
     * @param name  the field's name in the plan document, not null
     * @return the site, not null
     * @since 0.2.0
     */
    public Site field(String name) {
        return new Site(objective, action, criterion, criterionId, Objects.requireNonNull(name, "name"), adoption,
                adopted);
    }

    /**
     * Gets the index of the objective the site lies in.
     *
     * @return the zero-based index, empty for the plan itself, not null
     * @since 0.2.0
     */
    public Optional<Integer> getObjectiveIndex() {
        return objective < 0 ? Optional.empty() : Optional.of(objective);
    }

    /**
     * Gets the identifier of the success criterion at this site.
     *
     * @return the identifier, empty if the site is not a criterion, not null
     * @since 0.2.0
     */
    public Optional<String> getCriterionId() {
        return Optional.ofNullable(criterionId);
    }

    /**
     * Gets the bean path, such as {@code objectives[1].actions[0].successCriteria[0]}.
     *
     * @return the path, empty for the plan itself, not null
     * @since 0.2.0
     */
    public String getPath() {
        StringBuilder sb = new StringBuilder();
        List<String> segments = segments();
        for (int i = 0; i < segments.size(); i++) {
            String s = segments.get(i);
            if (!s.isEmpty() && Character.isDigit(s.charAt(0))) {
                sb.append('[').append(s).append(']');
            } else {
                sb.append(sb.length() == 0 ? "" : ".").append(s);
            }
        }
        return sb.toString();
    }

    /**
     * Gets the RFC 6901 JSON Pointer into the plan document.
     *
     * @return the pointer, such as {@code /objectives/1/actions/0/successCriteria/0}; empty for the plan, not null
     * @since 0.2.0
     */
    public String getPointer() {
        return pointer(segments());
    }

    /**
     * Renders segments (property names and indices) as an RFC 6901 JSON Pointer, escaping {@code ~} and {@code /}.
     *
     * @param segments  the segments, not null
     * @return the pointer, empty for no segments, not null
     * @since 0.2.0
     */
    public static String pointer(List<String> segments) {
        StringBuilder sb = new StringBuilder();
        for (String s : segments) {
            sb.append('/').append(s.replace("~", "~0").replace("/", "~1"));
        }
        return sb.toString();
    }

    /**
     * Describes the site for a person, relative to its objective.
     *
     * @return such as {@code criterion o1.c1}, {@code action 2} or {@code the objective}, not null
     * @since 0.2.0
     */
    public String describe() {
        String base;
        if (criterionId != null) {
            base = "criterion " + criterionId;
        } else if (action >= 0) {
            base = "action " + (action + 1);
        } else if (objective >= 0) {
            base = "the objective";
        } else if (adopted >= 0) {
            base = "adopted objective " + (adopted + 1);
        } else if (adoption >= 0) {
            base = "adoption " + (adoption + 1);
        } else {
            base = "the plan";
        }
        return field == null ? base : field;
    }

    private List<String> segments() {
        List<String> s = new ArrayList<>();
        if (adoption >= 0) {
            s.add("adoptions");
            s.add(Integer.toString(adoption));
            if (adopted >= 0) {
                s.add("objectives");
                s.add(Integer.toString(adopted));
            }
        }
        if (objective >= 0) {
            s.add("objectives");
            s.add(Integer.toString(objective));
            if (action >= 0) {
                s.add("actions");
                s.add(Integer.toString(action));
            }
            if (criterion >= 0) {
                s.add("successCriteria");
                s.add(Integer.toString(criterion));
            }
        }
        if (field != null) {
            s.add(field);
        }
        return Collections.unmodifiableList(s);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Site site && site.getPath().equals(getPath());
    }

    @Override
    public int hashCode() {
        return getPath().hashCode();
    }

    @Override
    public String toString() {
        return getPath().isEmpty() ? "(plan)" : getPath();
    }
}
