package org.equalityduty.core.plan;

import static org.equalityduty.core.internal.Texts.NOT_BLANK;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.equalityduty.core.constraints.AddressesProtectedCharacteristic;
import org.equalityduty.core.constraints.DeadlinesWithinPeriod;
import org.equalityduty.core.constraints.Duty;
import org.equalityduty.core.constraints.HasObjectives;
import org.equalityduty.core.constraints.Severity;
import org.equalityduty.core.constraints.Smart;
import org.equalityduty.core.constraints.TimeBound;
import org.equalityduty.core.constraints.UniqueIds;
import org.equalityduty.core.duty.Jurisdiction;
import org.equalityduty.core.duty.Organisation;
import org.equalityduty.core.duty.PublicationRule;
import org.equalityduty.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * A school's or trust's published equality information and objectives for a period.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
@UniqueIds
@HasObjectives(groups = Duty.class, payload = Severity.Error.class)
@AddressesProtectedCharacteristic(groups = Duty.class, payload = Severity.Advice.class)
@TimeBound(groups = Smart.class, payload = Severity.Warning.class)
@DeadlinesWithinPeriod(groups = Smart.class, payload = Severity.Error.class)
public abstract class EqualityPlan {

    EqualityPlan() {
    }

    /**
     * Gets the organisation that publishes the plan.
     *
     * @return the organisation, not null
     */
    public abstract @Valid Organisation getOrganisation();

    /**
     * Gets the jurisdiction whose specific duties apply.
     *
     * @return the jurisdiction, not null
     */
    public abstract Jurisdiction getJurisdiction();

    /**
     * Gets the period the plan covers.
     *
     * @return the period, not null
     */
    public abstract PlanPeriod getPeriod();

    /**
     * Gets the title as published.
     *
     * @return the title, empty if none, not null
     */
    public abstract Optional<@Size(min = 1, max = 1000) @Pattern(regexp = NOT_BLANK, message = "must not be blank") String> getTitle();

    /**
     * Gets the date the plan was published.
     *
     * @return the date, empty if not stated, not null
     */
    public abstract Optional<LocalDate> getPublishedOn();

    /**
     * Gets the plan's opening statement of its main aim.
     *
     * @return the text, empty if none, not null
     */
    public abstract Optional<@Size(min = 1, max = 10000) @Pattern(regexp = NOT_BLANK, message = "must not be blank") String> getIntroduction();

    /**
     * Gets the objectives.
     *
     * @return the objectives, in plan order, not null
     */
    public abstract @Size(max = 200) List<@Valid Objective> getObjectives();

    /**
     * Gets the statement of the impact the plan expects.
     *
     * @return the text, empty if none, not null
     */
    public abstract Optional<@Size(min = 1, max = 10000) @Pattern(regexp = NOT_BLANK, message = "must not be blank") String> getImpactStatement();

    /**
     * Gets the dates on which equality information was published.
     *
     * @return the dates, not null
     */
    public abstract @Size(max = 100) List<LocalDate> getInformationPublishedOn();

    /**
     * Gets the dates on which progress on the objectives was or will be reported.
     *
     * @return the dates, not null
     */
    public abstract @Size(max = 100) List<LocalDate> getProgressReportDates();

    /**
     * Gets the plan's own rules about who publishes what.
     *
     * @return the rules, not null
     */
    public abstract @Size(max = 50) List<@Valid PublicationRule> getPublicationRules();

    /**
     * Visits every success criterion of the plan, objective-level ones first, then those of each action.
     *
     * @param consumer  receives the criterion and its path, such as
     *     {@code objectives[1].actions[0].successCriteria[0]}, not null
     */
    public void forEachCriterion(BiConsumer<String, SuccessCriterion> consumer) {
        List<Objective> objectives = getObjectives();
        for (int o = 0; o < objectives.size(); o++) {
            Objective objective = objectives.get(o);
            List<SuccessCriterion> own = objective.getSuccessCriteria();
            for (int c = 0; c < own.size(); c++) {
                consumer.accept("objectives[" + o + "].successCriteria[" + c + "]", own.get(c));
            }
            List<Action> actions = objective.getActions();
            for (int a = 0; a < actions.size(); a++) {
                List<SuccessCriterion> criteria = actions.get(a).getSuccessCriteria();
                for (int c = 0; c < criteria.size(); c++) {
                    consumer.accept("objectives[" + o + "].actions[" + a + "].successCriteria[" + c + "]",
                            criteria.get(c));
                }
            }
        }
    }

    /**
     * Creates a builder.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link EqualityPlan} instances; each attribute may be set once.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ImmutableEqualityPlan.Builder {
        Builder() {
        }
    }
}
