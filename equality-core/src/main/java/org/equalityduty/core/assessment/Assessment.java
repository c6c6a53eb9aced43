package org.equalityduty.core.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.equalityduty.core.constraints.Severity;
import org.equalityduty.core.internal.ValueStyle;
import org.equalityduty.core.plan.EqualityPlan;
import org.immutables.value.Value;

/**
 * The result of assessing a plan as of a date: the findings, sorted, and a SMART summary per objective.
 *
 * <p>Obtain one from {@link PlanAssessor#assess(EqualityPlan, LocalDate)}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
public abstract class Assessment {

    Assessment() {
    }

    /**
     * Gets the date the plan was assessed as of.
     *
     * @return the date, not null
     * @since 0.1.0
     */
    public abstract LocalDate getAsOf();

    /**
     * Gets the findings.
     *
     * @return the findings, sorted and without repeats, not null
     * @since 0.1.0
     */
    public abstract List<Finding> getFindings();

    /**
     * Gets the SMART summary of each objective.
     *
     * @return the summaries, in plan order, not null
     * @since 0.1.0
     */
    public abstract List<ObjectiveSummary> getObjectives();

    /**
     * Gets the findings of one severity.
     *
     * @param severity  the severity, not null
     * @return the findings of that severity, sorted, not null
     * @since 0.1.0
     */
    public List<Finding> findingsOf(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        return getFindings().stream().filter(f -> f.getSeverity() == severity)
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * Counts the findings of one severity.
     *
     * @param severity  the severity, not null
     * @return the number of findings of that severity
     * @since 0.2.0
     */
    public int count(Severity severity) {
        return findingsOf(severity).size();
    }

    /**
     * Checks whether any finding is an error.
     *
     * @return true if at least one finding has severity {@link Severity#ERROR}
     * @since 0.1.0
     */
    public boolean hasErrors() {
        return getFindings().stream().anyMatch(f -> f.getSeverity() == Severity.ERROR);
    }

    /**
     * Gets the distinct rule codes found.
     *
     * @return the codes, sorted, not null
     * @since 0.1.0
     */
    public Set<String> getCodes() {
        Set<String> codes = getFindings().stream().map(Finding::getCode)
                .collect(Collectors.toCollection(TreeSet::new));
        return java.util.Collections.unmodifiableSet(codes);
    }
}
