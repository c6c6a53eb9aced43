package org.equalityduty.core.plan;

import static org.equalityduty.core.internal.Texts.NOT_BLANK;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.equalityduty.core.InvalidValueException;
import org.equalityduty.core.constraints.UniqueIds;
import org.equalityduty.core.duty.DutyAim;
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
public abstract class EqualityPlan {

    EqualityPlan() {
    }

    /**
     * Gets the organisation that publishes the plan.
     *
     * @return the organisation, not null
     * @since 0.1.0
     */
    public abstract @Valid Organisation getOrganisation();

    /**
     * Gets the jurisdiction whose specific duties apply.
     *
     * @return the jurisdiction, not null
     * @since 0.1.0
     */
    public abstract Jurisdiction getJurisdiction();

    /**
     * Gets the period the plan covers, when it states both its start and its end.
     *
     * @return the period, empty if the plan states no period, only a start ({@link #getOpenEndedStart()}) or only
     *         words ({@link #getPeriodAsWritten()}), not null
     * @since 0.1.0
     */
    public abstract Optional<PlanPeriod> getPeriod();

    /**
     * Gets the start of a plan that states a start and no end ("Applicable from April 2024").
     *
     * @return the start as stated, empty if the plan states a whole period or none, not null
     * @since 0.2.0
     */
    public abstract Optional<PlanDate> getOpenEndedStart();

    /**
     * Gets the plan's period in its own words, such as "2022-2026" when it does not say whether those are
     * calendar or academic years.
     *
     * @return the words, empty if none are recorded, not null
     * @since 0.2.0
     */
    public abstract Optional<@Size(min = 1, max = 300) @Pattern(regexp = NOT_BLANK, message = "must not be blank") String> getPeriodAsWritten();

    /**
     * Gets the first day of the plan: the period's start, or the first day of an open-ended start.
     *
     * @return the day, empty if the plan states no start, not null
     * @since 0.2.0
     */
    public Optional<LocalDate> startDate() {
        return getPeriod().map(PlanPeriod::getStart).or(() -> getOpenEndedStart().flatMap(PlanDate::first));
    }

    /**
     * Gets the last day of the plan's period.
     *
     * @return the day, empty if the plan states no end, not null
     * @since 0.2.0
     */
    public Optional<LocalDate> endDate() {
        return getPeriod().map(PlanPeriod::getEnd);
    }

    /**
     * Resolves the date by which work in a time frame is due: a due date as given, a duration from the plan's
     * start.
     *
     * @param timeFrame  the time frame, not null
     * @return the day, empty for ongoing and recurring work and for a duration in a plan that states no start,
     *         not null
     * @since 0.2.0
     */
    public Optional<LocalDate> dueDateOf(TimeFrame timeFrame) {
        Objects.requireNonNull(timeFrame, "timeFrame");
        if (timeFrame instanceof DueBy dueBy) {
            return Optional.of(dueBy.getDate());
        }
        return startDate().flatMap(timeFrame::dueDate);
    }

    /**
     * Gets the plan's own version label, as published, for plans that others adopt.
     *
     * @return such as "April 2024", empty if none, not null
     * @since 0.2.0
     */
    public abstract Optional<@Size(min = 1, max = 100) @Pattern(regexp = NOT_BLANK, message = "must not be blank") String> getVersion();

    /**
     * Gets when the plan was or will be reviewed.
     *
     * @return the review schedule, empty if the plan states none, not null
     * @since 0.2.0
     */
    public abstract Optional<@Valid ReviewSchedule> getReview();

    /**
     * Gets the aims of the general duty (s.149(1)) that the plan states once for all its objectives, as many
     * published plans do ("The objectives will help to meet the three arms of the general duty").
     *
     * @return the aims, empty if the plan states none for all its objectives, not null
     * @since 0.2.0
     */
    public abstract Set<DutyAim> getAims();

    /**
     * Gets the aims of the general duty that an objective serves: its own ({@link Objective#getAims()}) and those
     * the plan states for all its objectives ({@link #getAims()}).
     *
     * @param objective  the objective, not null
     * @return the aims, in the order of {@link DutyAim}, empty if neither the objective nor the plan states one,
     *         not null
     * @since 0.2.0
     */
    public Set<DutyAim> aimsOf(Objective objective) {
        Objects.requireNonNull(objective, "objective");
        EnumSet<DutyAim> aims = EnumSet.noneOf(DutyAim.class);
        aims.addAll(objective.getAims());
        aims.addAll(getAims());
        return Collections.unmodifiableSet(aims);
    }

    /**
     * Gets the objectives of other plans (a trust's) that this plan adopts by reference; {@link #getObjectives()}
     * are the ones it adds.
     *
     * @return the adoptions, not null
     * @since 0.2.0
     */
    public abstract @Size(max = 20) List<@Valid Adoption> getAdoptions();

    /**
     * Gets the title as published.
     *
     * @return the title, empty if none, not null
     * @since 0.1.0
     */
    public abstract Optional<@Size(min = 1, max = 1000) @Pattern(regexp = NOT_BLANK, message = "must not be blank") String> getTitle();

    /**
     * Gets the date the plan was published.
     *
     * @return the date, empty if not stated, not null
     * @since 0.1.0
     */
    public abstract Optional<LocalDate> getPublishedOn();

    /**
     * Gets the plan's opening statement of its main aim.
     *
     * @return the text, empty if none, not null
     * @since 0.1.0
     */
    public abstract Optional<@Size(min = 1, max = 10000) @Pattern(regexp = NOT_BLANK, message = "must not be blank") String> getIntroduction();

    /**
     * Gets the objectives.
     *
     * @return the objectives, in plan order, not null
     * @since 0.1.0
     */
    public abstract @Size(max = 200) List<@Valid Objective> getObjectives();

    /**
     * Gets the statement of the impact the plan expects.
     *
     * @return the text, empty if none, not null
     * @since 0.1.0
     */
    public abstract Optional<@Size(min = 1, max = 10000) @Pattern(regexp = NOT_BLANK, message = "must not be blank") String> getImpactStatement();

    /**
     * Gets the dates on which equality information was published.
     *
     * @return the dates, not null
     * @since 0.1.0
     */
    public abstract @Size(max = 100) List<LocalDate> getInformationPublishedOn();

    /**
     * Gets the dates on which progress on the objectives was or will be reported.
     *
     * @return the dates, not null
     * @since 0.1.0
     */
    public abstract @Size(max = 100) List<LocalDate> getProgressReportDates();

    /**
     * Gets the plan's own rules about who publishes what.
     *
     * @return the rules, not null
     * @since 0.1.0
     */
    public abstract @Size(max = 50) List<@Valid PublicationRule> getPublicationRules();

    /**
     * Gets every success criterion of the plan where it stands, in plan order: for each objective, its own criteria
     * first, then those of each action.
     *
     * @return the placed criteria, not null
     * @since 0.2.0
     */
    public List<PlacedCriterion> criteria() {
        List<PlacedCriterion> placed = new ArrayList<>();
        EqualityPlan plan = this;
        List<Objective> objectives = getObjectives();
        for (int o = 0; o < objectives.size(); o++) {
            Objective objective = objectives.get(o);
            List<SuccessCriterion> own = objective.getSuccessCriteria();
            for (int c = 0; c < own.size(); c++) {
                placed.add(new PlacedCriterion(own.get(c), objective, null,
                        "objectives[" + o + "].successCriteria[" + c + "]", plan));
            }
            List<Action> actions = objective.getActions();
            for (int a = 0; a < actions.size(); a++) {
                List<SuccessCriterion> criteria = actions.get(a).getSuccessCriteria();
                for (int c = 0; c < criteria.size(); c++) {
                    placed.add(new PlacedCriterion(criteria.get(c), objective, actions.get(a),
                            "objectives[" + o + "].actions[" + a + "].successCriteria[" + c + "]", plan));
                }
            }
        }
        return Collections.unmodifiableList(placed);
    }

    /**
     * Finds a success criterion by its id.
     *
     * @param id  the criterion's id, such as {@code o1.c1}, not null
     * @return the first criterion with that id in plan order, empty if none, not null
     * @since 0.2.0
     */
    public Optional<PlacedCriterion> findCriterion(String id) {
        Objects.requireNonNull(id, "id");
        return criteria().stream().filter(p -> p.getCriterion().getId().equals(id)).findFirst();
    }

    /**
     * Visits every success criterion of the plan, objective-level ones first, then those of each action.
     *
     * @param consumer  receives the criterion and its path, such as
     *     {@code objectives[1].actions[0].successCriteria[0]}, not null
     *
     * @since 0.1.0
     */
    public void forEachCriterion(BiConsumer<String, SuccessCriterion> consumer) {
        Objects.requireNonNull(consumer, "consumer");
        for (PlacedCriterion p : criteria()) {
            consumer.accept(p.getPath(), p.getCriterion());
        }
    }

    /**
     * Gets this plan as if it named another jurisdiction, for assessing it against that jurisdiction's duties.
     *
     * @param jurisdiction  the jurisdiction, not null
     * @return the plan with that jurisdiction, not null
     * @since 0.2.0
     */
    public EqualityPlan forJurisdiction(Jurisdiction jurisdiction) {
        // Every plan is built by the generated implementation, which has the with-method.
        return ((ImmutableEqualityPlan) this).withJurisdiction(jurisdiction);
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
     * Builds {@link EqualityPlan} instances; each attribute may be set once.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ImmutableEqualityPlan.Builder {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        if (getPeriod().isPresent() && getOpenEndedStart().isPresent()) {
            throw new InvalidValueException("openEndedStart must be empty when the plan states a whole period");
        }
        if (getOpenEndedStart().filter(d -> d.getPrecision() == PlanDate.Precision.END_OF_PLAN).isPresent()) {
            throw new InvalidValueException("openEndedStart must be a date, not end_of_plan");
        }
        new EndOfPlanCheck(endDate()).plan(this);
    }
}
