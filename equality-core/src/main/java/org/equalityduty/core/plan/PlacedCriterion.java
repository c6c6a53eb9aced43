package org.equalityduty.core.plan;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A success criterion where it stands in a plan: its objective, its action (for an action's criterion), its path
 * and the deadline it falls back on. Obtained from {@link EqualityPlan#criteria()} and
 * {@link EqualityPlan#findCriterion(String)}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class PlacedCriterion {
    private final SuccessCriterion criterion;
    private final Objective objective;
    private final @Nullable Action action;
    private final String path;
    private final LocalDate planStart;

    PlacedCriterion(SuccessCriterion criterion, Objective objective, @Nullable Action action, String path, LocalDate planStart) {
        this.criterion = criterion;
        this.objective = objective;
        this.action = action;
        this.path = path;
        this.planStart = planStart;
    }

    /**
     * Gets the criterion.
     *
     * @return the criterion, not null
     * @since 0.2.0
     */
    public SuccessCriterion getCriterion() {
        return criterion;
    }

    /**
     * Gets the objective the criterion belongs to, directly or through one of its actions.
     *
     * @return the objective, not null
     * @since 0.2.0
     */
    public Objective getObjective() {
        return objective;
    }

    /**
     * Gets the action the criterion belongs to.
     *
     * @return the action, empty for a criterion of the objective itself, not null
     * @since 0.2.0
     */
    public Optional<Action> getAction() {
        return Optional.ofNullable(action);
    }

    /**
     * Gets the path of the criterion in the plan, as Bean Validation and the JSON reader report it.
     *
     * @return the path, such as {@code objectives[0].actions[1].successCriteria[0]} or
     *         {@code objectives[0].successCriteria[0]}, not null
     * @since 0.2.0
     */
    public String getPath() {
        return path;
    }

    /**
     * Gets the deadline a criterion without its own falls back on: the due date of its action's time frame, or its
     * objective's target date for a criterion of the objective itself.
     *
     * @return the fallback deadline, empty if there is none, not null
     * @since 0.2.0
     */
    public Optional<LocalDate> getFallbackDeadline() {
        return action != null ? action.getTimeFrame().flatMap(frame -> frame.dueDate(planStart))
                : objective.getTargetDate();
    }

    /**
     * Checks if this is the same criterion at the same place of an equal plan.
     *
     * @param other  the other object, null returns false
     * @return true if equal
     * @since 0.2.0
     */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof PlacedCriterion p)) {
            return false;
        }
        return path.equals(p.path) && criterion.equals(p.criterion) && objective.equals(p.objective)
                && Objects.equals(action, p.action) && planStart.equals(p.planStart);
    }

    /**
     * Gets a hash code of the path and the criterion.
     *
     * @return the hash code
     * @since 0.2.0
     */
    @Override
    public int hashCode() {
        return Objects.hash(path, criterion);
    }

    /**
     * Gets the path and the criterion's id.
     *
     * @return such as {@code objectives[0].successCriteria[0] (o1.c1)}, not null
     * @since 0.2.0
     */
    @Override
    public String toString() {
        return path + " (" + criterion.getId() + ")";
    }
}
