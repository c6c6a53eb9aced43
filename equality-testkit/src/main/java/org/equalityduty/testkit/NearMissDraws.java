package org.equalityduty.testkit;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.equalityduty.core.assessment.Rule;
import org.equalityduty.core.plan.Action;
import org.equalityduty.core.plan.Baseline;
import org.equalityduty.core.plan.Direction;
import org.equalityduty.core.plan.DueBy;
import org.equalityduty.core.duty.DutyAim;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.GroupReference;
import org.equalityduty.core.plan.Measure;
import org.equalityduty.core.plan.MeasureKind;
import org.equalityduty.core.plan.Objective;
import org.equalityduty.core.plan.Ongoing;
import org.equalityduty.core.plan.PlanPeriod;
import org.equalityduty.core.duty.Population;
import org.equalityduty.core.duty.ProtectedCharacteristic;
import org.equalityduty.core.plan.QualitativeCriterion;
import org.equalityduty.core.plan.QuantitativeTarget;
import org.equalityduty.core.plan.SuccessCriterion;
import org.equalityduty.core.plan.Target;
import org.equalityduty.core.plan.TargetKind;
import org.equalityduty.testkit.internal.Copies;
import org.equalityduty.testkit.internal.DomainDraws;
import org.equalityduty.testkit.internal.Source;

/**
 * Draws near misses: a SMART-complete plan with one element changed so that it breaks exactly one rule.
 *
 * <p>For rules about a criterion, the chosen criterion is first replaced by a fresh SMART-complete criterion of a
 * suitable shape (a share measure for an ambiguous target, a count for a negative count, and so on); that plan is
 * the near miss's source, so source and near miss differ in the one criterion only.
 *
 * <p>Not part of the public API.
 *
 * @since 0.1.0
 */
final class NearMissDraws {
    private NearMissDraws() {
    }

    /**
     * Draws a near miss for a rule.
     *
     * @param s  the source, not null
     * @param rule  one of {@link NearMiss#rules()}, not null
     * @return the near miss, not null
     * @throws IllegalArgumentException if the rule code is unknown
     * @since 0.1.0
     */
    static NearMiss nearMiss(Source s, Rule rule) {
        requireKnown(rule);
        EqualityPlan plan = DomainDraws.plan(s, true);
        int o = s.intBetween(0, plan.getObjectives().size() - 1);
        Objective objective = plan.getObjectives().get(o);
        String objectivePath = "objectives[" + o + "]";
        int a = s.intBetween(0, objective.getActions().size() - 1);
        Action action = objective.getActions().get(a);
        String actionPath = objectivePath + ".actions[" + a + "]";
        PlanPeriod period = plan.getPeriod().orElseThrow(() -> new IllegalArgumentException("the plan states no period"));

        switch (rule) {
            case NOT_RELEVANT:
                return new NearMiss(rule, Copies.withObjective(plan, o, Copies.objective(objective,
                        EnumSet.noneOf(DutyAim.class), objective.getCharacteristics(), objective.getGroups(),
                        objective.getActions())), objectivePath, plan);
            case NOT_TIME_BOUND:
                return actionNearMiss(rule, plan, o, a, Copies.action(action,
                        Optional.of(Ongoing.builder().build()), action.getSuccessCriteria()), actionPath);
            case DEADLINE_OUTSIDE_PERIOD:
                if (s.chance(5000)) {
                    DueBy late = DueBy.of(period.getEnd().plusDays(s.between(1, 365)));
                    return actionNearMiss(rule, plan, o, a, Copies.action(action, Optional.of(late),
                            action.getSuccessCriteria()), actionPath);
                }
                break;
            case NOT_SPECIFIC:
                if (s.chance(5000)) {
                    return new NearMiss(rule, Copies.withObjective(plan, o, Copies.objective(objective,
                            objective.getAims(), EnumSet.noneOf(ProtectedCharacteristic.class), List.of(), List.of(),
                            objective.getActions())), objectivePath, plan);
                }
                break;
            default:
                break;
        }

        int c = s.intBetween(0, action.getSuccessCriteria().size() - 1);
        QuantitativeTarget old = (QuantitativeTarget) action.getSuccessCriteria().get(c);
        Population population = old.getMeasure().getPopulation();
        String id = old.getId();
        QuantitativeTarget good;
        SuccessCriterion bad;
        switch (rule) {
            case NOT_MEASURABLE:
                good = DomainDraws.smartTarget(s, period, id, population, objective.getGroups());
                bad = s.chance(5000) ? QualitativeCriterion.of(id, good.getText())
                        : withTarget(good, good.getDirection(), Optional.empty());
                break;
            case NO_BASELINE:
                good = DomainDraws.smartTarget(s, period, id, population, objective.getGroups());
                bad = Copies.target(good, good.getMeasure(), Optional.empty(), good.getDirection(), good.getTarget(),
                        good.getDeadline());
                break;
            case AMBIGUOUS_TARGET:
                good = DomainDraws.smartTarget(s, period, id, population, objective.getGroups(), share(population));
                bad = withTarget(good, good.getDirection(), Optional.of(Target.of(TargetKind.PERCENT_AS_STATED,
                        BigDecimal.valueOf(s.between(1, 30)))));
                break;
            case DIRECTION_CONTRADICTS:
                good = DomainDraws.smartTarget(s, period, id, population, objective.getGroups(),
                        s.pick(DomainDraws.kindsFor(population)), TargetKind.LEVEL, null);
                bad = withTarget(good, good.getDirection() == Direction.INCREASE ? Direction.DECREASE
                        : Direction.INCREASE, good.getTarget());
                break;
            case SHARE_OUT_OF_RANGE:
                good = DomainDraws.smartTarget(s, period, id, population, objective.getGroups(), share(population),
                        TargetKind.LEVEL, null);
                long excess = s.between(1, 500);
                BigDecimal level = good.getDirection() == Direction.INCREASE
                        ? DomainDraws.tenths(1000 + excess) : DomainDraws.tenths(-excess);
                bad = withTarget(good, good.getDirection(), Optional.of(Target.of(TargetKind.LEVEL, level)));
                break;
            case REDUCTION_EXCEEDS_BASELINE:
                good = DomainDraws.smartTarget(s, period, id, population, objective.getGroups(),
                        gapOrShare(population), TargetKind.CHANGE, Direction.DECREASE);
                // On a share, a change past zero is reported as a share out of range, so shares get a relative
                // decrease above 100%; other measures get either.
                Target excessive;
                if (good.getMeasure().getKind().isShare() || s.chance(5000)) {
                    excessive = Target.of(TargetKind.RELATIVE_PERCENT, DomainDraws.tenths(s.between(1001, 2000)));
                } else {
                    excessive = Target.of(TargetKind.CHANGE, good.getBaseline().orElseThrow().getValue()
                            .add(DomainDraws.tenths(s.between(1, 100))));
                }
                bad = withTarget(good, good.getDirection(), Optional.of(excessive));
                break;
            case NEGATIVE_COUNT:
                good = DomainDraws.smartTarget(s, period, id, population, objective.getGroups(), MeasureKind.COUNT,
                        TargetKind.LEVEL, null);
                BigDecimal negative = BigDecimal.valueOf(-s.between(1, 20));
                bad = good.getDirection() == Direction.INCREASE
                        ? Copies.target(good, good.getMeasure(), Optional.of(Baseline.of(negative)),
                                good.getDirection(), good.getTarget(), good.getDeadline())
                        : withTarget(good, good.getDirection(), Optional.of(Target.of(TargetKind.LEVEL, negative)));
                break;
            case DEADLINE_OUTSIDE_PERIOD:
                good = DomainDraws.smartTarget(s, period, id, population, objective.getGroups());
                bad = Copies.target(good, good.getMeasure(), good.getBaseline(), good.getDirection(), good.getTarget(),
                        Optional.of(period.getEnd().plusDays(s.between(1, 365))));
                break;
            case NOT_SPECIFIC:
                good = DomainDraws.smartTarget(s, period, id, population, objective.getGroups(),
                        needsFocus(population));
                Measure vague = Copies.measure(good.getMeasure(), Optional.empty(), Optional.empty());
                bad = Copies.target(good, vague, good.getBaseline(), good.getDirection(), good.getTarget(),
                        good.getDeadline());
                break;
            case VALUE_OUT_OF_SCALE:
                // A KS2 mean scaled score with a level target above 120, the top of the scale.
                good = DomainDraws.smartTarget(s, period, id, population, objective.getGroups(), MeasureKind.MEAN_SCORE,
                        TargetKind.LEVEL, null);
                bad = withTarget(good, good.getDirection(), Optional.of(Target.of(TargetKind.LEVEL,
                        DomainDraws.tenths(s.between(1201, 1500)))));
                break;
            case BASELINE_AFTER_DEADLINE:
                good = DomainDraws.smartTarget(s, period, id, population, objective.getGroups());
                Baseline was = good.getBaseline().orElseThrow();
                Baseline.Builder late = Baseline.builder().value(was.getValue())
                        .date(good.getDeadline().orElseThrow().plusDays(s.between(1, 365)));
                was.getSource().ifPresent(late::source);
                bad = Copies.target(good, good.getMeasure(), Optional.of(late.build()), good.getDirection(),
                        good.getTarget(), good.getDeadline());
                break;
            case FOCUS_IS_REFERENCE:
                good = DomainDraws.smartTarget(s, period, id, population, objective.getGroups(),
                        needsFocus(population));
                Measure same = Copies.measure(good.getMeasure(), good.getMeasure().getFocusGroup(),
                        Optional.of(GroupReference.of(good.getMeasure().getFocusGroup().orElseThrow())));
                bad = Copies.target(good, same, good.getBaseline(), good.getDirection(), good.getTarget(),
                        good.getDeadline());
                break;
            case POPULATION_MISMATCH:
                good = DomainDraws.smartTarget(s, period, id, population, objective.getGroups());
                List<Population> elsewhere = java.util.Arrays.stream(Population.values())
                        .filter(p -> objective.getPopulations().stream().noneMatch(q -> side(q) == side(p)))
                        .collect(java.util.stream.Collectors.toList());
                Measure other = Copies.withPopulation(good.getMeasure(), s.pick(elsewhere));
                bad = Copies.target(good, other, good.getBaseline(), good.getDirection(), good.getTarget(),
                        good.getDeadline());
                break;
            default:
                throw new IllegalStateException(rule.getCode());
        }
        EqualityPlan source = Copies.withObjective(plan, o, Copies.withAction(objective, a,
                Copies.withCriterion(action, c, good)));
        EqualityPlan broken = Copies.withObjective(plan, o, Copies.withAction(objective, a,
                Copies.withCriterion(action, c, bad)));
        return new NearMiss(rule, broken, actionPath + ".successCriteria[" + c + "]", source);
    }

    /**
     * Draws a near miss for a rule drawn from all rules.
     *
     * @param s  the source, not null
     * @return the near miss, not null
     * @since 0.1.0
     */
    static NearMiss anyNearMiss(Source s) {
        return nearMiss(s, s.pick(NearMiss.rules()));
    }

    /**
     * Checks that a rule has near misses.
     *
     * @param rule  the rule, not null
     * @return the rule
     * @throws IllegalArgumentException if it is not one of {@link NearMiss#rules()}
     * @since 0.1.0
     */
    static Rule requireKnown(Rule rule) {
        if (!NearMiss.rules().contains(java.util.Objects.requireNonNull(rule, "rule"))) {
            throw new IllegalArgumentException("rule " + rule.getCode() + " has no near misses: only the SMART rules "
                    + NearMiss.rules().stream().map(Rule::getCode).collect(java.util.stream.Collectors.toList()));
        }
        return rule;
    }

    private static NearMiss actionNearMiss(Rule rule, EqualityPlan plan, int o, int a, Action broken, String path) {
        Objective objective = plan.getObjectives().get(o);
        return new NearMiss(rule, Copies.withObjective(plan, o, Copies.withAction(objective, a, broken)), path, plan);
    }

    private static QuantitativeTarget withTarget(QuantitativeTarget q, Direction direction, Optional<Target> target) {
        return Copies.target(q, q.getMeasure(), q.getBaseline(), direction, target, q.getDeadline());
    }

    /** A share measure in percent for the population: the first kind drawn for it. */
    private static MeasureKind share(Population population) {
        return DomainDraws.kindsFor(population).get(0);
    }

    /** Pupils, the workforce (staff and job applicants), and parents and community, as smart.population-mismatch reads them. */
    private static int side(Population p) {
        return p == Population.PUPILS ? 0 : p == Population.STAFF || p == Population.JOB_APPLICANTS ? 1 : 2;
    }

    /** A gap measure for the population if it has one, otherwise a share. */
    private static MeasureKind gapOrShare(Population population) {
        return DomainDraws.kindsFor(population).stream().filter(MeasureKind::isGap).findFirst()
                .orElse(share(population));
    }

    /** A kind that needs a focus group: a gap, a representation share or a selection rate. */
    private static MeasureKind needsFocus(Population population) {
        return DomainDraws.kindsFor(population).stream().filter(k -> k.isGap()
                || k == MeasureKind.REPRESENTATION_SHARE || k == MeasureKind.SELECTION_RATE).findFirst()
                .orElse(MeasureKind.REPRESENTATION_SHARE);
    }
}
