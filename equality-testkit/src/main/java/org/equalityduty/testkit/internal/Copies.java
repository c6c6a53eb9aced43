package org.equalityduty.testkit.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.equalityduty.core.plan.Action;
import org.equalityduty.core.plan.Baseline;
import org.equalityduty.core.plan.Direction;
import org.equalityduty.core.duty.DutyAim;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.population.Group;
import org.equalityduty.core.plan.Measure;
import org.equalityduty.core.plan.Objective;
import org.equalityduty.core.duty.ProtectedCharacteristic;
import org.equalityduty.core.plan.QuantitativeTarget;
import org.equalityduty.core.plan.Reference;
import org.equalityduty.core.plan.SuccessCriterion;
import org.equalityduty.core.plan.Target;
import org.equalityduty.core.plan.TimeFrame;

/**
 * Copies of domain values with chosen parts replaced (the value types' builders are strict and have no
 * {@code from}).
 *
 * <p>Not part of the public API.
 *
 * @since 0.1.0
 */
public final class Copies {
    private Copies() {
    }

    /**
     * Copies a plan with other objectives.
     *
     * @param p  the plan, not null
     * @param objectives  the objectives, not null
     * @return the copy, not null
     * @since 0.1.0
     */
    public static EqualityPlan plan(EqualityPlan p, List<Objective> objectives) {
        EqualityPlan.Builder b = EqualityPlan.builder().organisation(p.getOrganisation())
                .jurisdiction(p.getJurisdiction()).period(p.getPeriod())
                .addAllObjectives(objectives)
                .addAllInformationPublishedOn(p.getInformationPublishedOn())
                .addAllProgressReportDates(p.getProgressReportDates())
                .addAllPublicationRules(p.getPublicationRules());
        b.openEndedStart(p.getOpenEndedStart()).periodAsWritten(p.getPeriodAsWritten()).version(p.getVersion())
                .review(p.getReview()).addAllAims(p.getAims()).addAllAdoptions(p.getAdoptions());
        p.getTitle().ifPresent(b::title);
        p.getPublishedOn().ifPresent(b::publishedOn);
        p.getIntroduction().ifPresent(b::introduction);
        p.getImpactStatement().ifPresent(b::impactStatement);
        return b.build();
    }

    /**
     * Copies a plan with one objective replaced.
     *
     * @param p  the plan, not null
     * @param index  the objective's index
     * @param objective  the new objective, not null
     * @return the copy, not null
     * @since 0.1.0
     */
    public static EqualityPlan withObjective(EqualityPlan p, int index, Objective objective) {
        List<Objective> list = new ArrayList<>(p.getObjectives());
        list.set(index, objective);
        return plan(p, list);
    }

    /**
     * Copies an objective with other aims, characteristics, groups, actions and criteria.
     *
     * @param o  the objective, not null
     * @param aims  the aims, not null
     * @param characteristics  the characteristics, not null
     * @param groups  the groups, not null
     * @param actions  the actions, not null
     * @return the copy, not null
     * @since 0.1.0
     */
    public static Objective objective(Objective o, Set<DutyAim> aims, Set<ProtectedCharacteristic> characteristics,
            List<Group> groups, List<Action> actions) {
        return objective(o, aims, characteristics, groups, o.getPopulations(), actions);
    }

    /**
     * Copies an objective with its aims, characteristics, groups, populations and actions replaced.
     *
     * @param o  the objective, not null
     * @param aims  the aims, not null
     * @param characteristics  the characteristics, not null
     * @param groups  the groups, not null
     * @param populations  the populations, not null
     * @param actions  the actions, not null
     * @return the copy, not null
     * @since 0.2.0
     */
    public static Objective objective(Objective o, Set<DutyAim> aims, Set<ProtectedCharacteristic> characteristics,
            List<Group> groups, java.util.Collection<org.equalityduty.core.duty.Population> populations,
            List<Action> actions) {
        Objective.Builder b = Objective.builder().id(o.getId()).title(o.getTitle()).addAllAims(aims)
                .addAllCharacteristics(characteristics).addAllGroups(groups).addAllPopulations(populations)
                .addAllActions(actions).addAllSuccessCriteria(o.getSuccessCriteria());
        o.getRationale().ifPresent(b::rationale);
        o.getChildFriendlyVersion().ifPresent(b::childFriendlyVersion);
        o.getTargetDate().ifPresent(b::targetDate);
        b.targetDateAsStated(o.getTargetDateAsStated());
        return b.build();
    }

    /**
     * Copies an objective with one action replaced.
     *
     * @param o  the objective, not null
     * @param index  the action's index
     * @param action  the new action, not null
     * @return the copy, not null
     * @since 0.1.0
     */
    public static Objective withAction(Objective o, int index, Action action) {
        List<Action> list = new ArrayList<>(o.getActions());
        list.set(index, action);
        return objective(o, o.getAims(), o.getCharacteristics(), o.getGroups(), list);
    }

    /**
     * Copies an action with another time frame and criteria.
     *
     * @param a  the action, not null
     * @param timeFrame  the time frame, not null
     * @param criteria  the criteria, not null
     * @return the copy, not null
     * @since 0.1.0
     */
    public static Action action(Action a, Optional<TimeFrame> timeFrame, List<SuccessCriterion> criteria) {
        Action.Builder b = Action.builder().description(a.getDescription()).addAllResponsible(a.getResponsible())
                .addAllResources(a.getResources()).addAllSuccessCriteria(criteria);
        timeFrame.ifPresent(b::timeFrame);
        return b.build();
    }

    /**
     * Copies an action with one criterion replaced.
     *
     * @param a  the action, not null
     * @param index  the criterion's index
     * @param criterion  the new criterion, not null
     * @return the copy, not null
     * @since 0.1.0
     */
    public static Action withCriterion(Action a, int index, SuccessCriterion criterion) {
        List<SuccessCriterion> list = new ArrayList<>(a.getSuccessCriteria());
        list.set(index, criterion);
        return action(a, a.getTimeFrame(), list);
    }

    /**
     * Copies a quantitative target with other parts.
     *
     * @param q  the target, not null
     * @param measure  the measure, not null
     * @param baseline  the baseline, not null
     * @param direction  the direction, not null
     * @param target  the target, not null
     * @param deadline  the deadline, not null
     * @return the copy, not null
     * @since 0.1.0
     */
    public static QuantitativeTarget target(QuantitativeTarget q, Measure measure, Optional<Baseline> baseline,
            Direction direction, Optional<Target> target, Optional<LocalDate> deadline) {
        QuantitativeTarget.Builder b = QuantitativeTarget.builder().id(q.getId()).text(q.getText()).measure(measure)
                .direction(direction).addAllBenchmarks(q.getBenchmarks());
        baseline.ifPresent(b::baseline);
        target.ifPresent(b::target);
        deadline.ifPresent(b::deadline);
        return b.build();
    }

    /**
     * Copies a measure with another focus group and reference.
     *
     * @param m  the measure, not null
     * @param focus  the focus group, not null
     * @param reference  the reference, not null
     * @return the copy, not null
     * @since 0.1.0
     */
    public static Measure measure(Measure m, Optional<Group> focus, Optional<Reference> reference) {
        Measure.Builder b = Measure.builder().kind(m.getKind()).population(m.getPopulation())
                .addAllSubjects(m.getSubjects()).addAllKeyStages(m.getKeyStages());
        focus.ifPresent(b::focusGroup);
        reference.ifPresent(b::reference);
        m.getWithin().ifPresent(b::within);
        m.getUnit().ifPresent(b::unit);
        m.getDescription().ifPresent(b::description);
        return b.build();
    }

    /**
     * Copies a measure with another population.
     *
     * @param m  the measure, not null
     * @param population  the population, not null
     * @return the copy, not null
     * @since 0.2.0
     */
    public static Measure withPopulation(Measure m, org.equalityduty.core.duty.Population population) {
        Measure.Builder b = Measure.builder().kind(m.getKind()).population(population)
                .addAllSubjects(m.getSubjects()).addAllKeyStages(m.getKeyStages());
        m.getFocusGroup().ifPresent(b::focusGroup);
        m.getReference().ifPresent(b::reference);
        m.getWithin().ifPresent(b::within);
        m.getUnit().ifPresent(b::unit);
        m.getDescription().ifPresent(b::description);
        return b.build();
    }
}
