package org.equalityduty.testkit;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.equalityduty.core.assessment.Rule;
import org.equalityduty.core.plan.Action;
import org.equalityduty.core.population.CensusEthnicity;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.population.Group;
import org.equalityduty.core.plan.Measure;
import org.equalityduty.core.plan.MeasureKind;
import org.equalityduty.core.plan.Milestone;
import org.equalityduty.core.plan.Objective;
import org.equalityduty.core.observation.Observation;
import org.equalityduty.core.observation.ObservationSeries;
import org.equalityduty.core.duty.Organisation;
import org.equalityduty.core.plan.PlanPeriod;
import org.equalityduty.core.duty.Population;
import org.equalityduty.core.observation.ProgressRecord;
import org.equalityduty.core.plan.QualitativeCriterion;
import org.equalityduty.core.plan.QuantitativeTarget;
import org.equalityduty.core.plan.SuccessCriterion;
import org.equalityduty.core.plan.TimeFrame;
import org.equalityduty.testkit.internal.DomainDraws;

/**
 * The testkit's generators of valid domain values, near misses and data sets, each a {@link Sample}: a function of
 * a {@link java.util.random.RandomGenerator} for any tool or a plain seeded test, and a QuickTheories generator
 * through {@link Sample#toGen()}, which shrinks choice by choice.
 *
 * <pre>{@code
 * EqualityPlan plan = EqualityGenerators.plans().sample(42L);           // same seed, same plan
 * List<Pupil> cohort = EqualityGenerators.pupilCohorts(PupilCohortConfig.defaults().withSize(60))
 *     .apply(new SplittableRandom(7L));
 * qt().forAll(EqualityGenerators.smartCompletePlans().toGen())
 *     .check(plan -> mySmartCheck(plan).isEmpty());
 * }</pre>
 *
 * <p>This class is a static utility; its samples are stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class EqualityGenerators {
    private EqualityGenerators() {
    }

    /**
     * Obtains a generator of plans that pass structural validation, from SMART-complete to vague: 0 to 6 objectives,
     * optional parts present or absent, every kind of criterion and time frame.
     *
     * @return the generator, not null
     * @since 0.1.0
     */
    public static Sample<EqualityPlan> plans() {
        return Faces.sample(s -> DomainDraws.plan(s, false));
    }

    /**
     * Obtains a generator of plans that use what wire format version 2 adds, as vague as published plans are: dates
     * stated as months, years, academic years, terms or the end of the plan; periods in academic years, open-ended,
     * in words only or unstated; organisation phases and school types; benchmarks without figures, with scopes,
     * groups and years; at-least and at-most targets and in-line-with thresholds with or without a stated
     * direction; emphases and undefined groups; the new measure kinds, populations and dimensions; reviews and
     * adoptions by reference. Every plan passes structural validation.
     *
     * @return the generator, not null
     * @since 0.2.0
     */
    public static Sample<EqualityPlan> version2Plans() {
        return Faces.sample(org.equalityduty.testkit.internal.Version2Draws::plan);
    }

    /**
     * Obtains a generator of SMART-complete plans: 1 to 4 objectives, each with aims, groups, populations, actions
     * with dated or recurring time frames, and only quantitative targets with a focus group, a baseline, a consistent
     * direction, values in range and a deadline inside the plan period; a SMART check has nothing to say about them.
     *
     * @return the generator, not null
     * @since 0.1.0
     */
    public static Sample<EqualityPlan> smartCompletePlans() {
        return Faces.sample(s -> DomainDraws.plan(s, true));
    }

    /**
     * Obtains a generator of objectives (id {@code o1}) that pass structural validation.
     *
     * @return the generator, not null
     * @since 0.1.0
     */
    public static Sample<Objective> objectives() {
        return Faces.sample(s -> DomainDraws.objective(s, DomainDraws.period(s), 0, false));
    }

    /**
     * Obtains a generator of SMART-complete objectives (id {@code o1}), each within a drawn plan period.
     *
     * @return the generator, not null
     * @since 0.1.0
     */
    public static Sample<Objective> smartCompleteObjectives() {
        return Faces.sample(s -> DomainDraws.objective(s, DomainDraws.period(s), 0, true));
    }

    /**
     * Obtains a generator of actions for pupils, with any time frame or none and any criteria.
     *
     * @return the generator, not null
     * @since 0.1.0
     */
    public static Sample<Action> actions() {
        return Faces.sample(s -> DomainDraws.action(s, DomainDraws.period(s), "o1.a1", Population.PUPILS,
                List.of(), false));
    }

    /**
     * Obtains a generator of time frames of every kind: within a duration, due by a date, ongoing with or without a
     * review point, recurring.
     *
     * @return the generator, not null
     * @since 0.1.0
     */
    public static Sample<TimeFrame> timeFrames() {
        return Faces.sample(DomainDraws::timeFrame);
    }

    /**
     * Obtains a generator of success criteria of every kind: quantitative targets (SMART or vague), milestones and
     * qualitative criteria.
     *
     * @return the generator, not null
     * @since 0.1.0
     */
    public static Sample<SuccessCriterion> successCriteria() {
        return Faces.sample(s -> DomainDraws.criterion(s, DomainDraws.period(s), "c1",
                s.pick(DomainDraws.POPULATIONS), List.of()));
    }

    /**
     * Obtains a generator of quantitative targets with every part optional or arbitrary (structurally valid, often
     * not SMART).
     *
     * @return the generator, not null
     * @since 0.1.0
     */
    public static Sample<QuantitativeTarget> quantitativeTargets() {
        return Faces.sample(s -> DomainDraws.looseTarget(s, DomainDraws.period(s), "c1",
                s.pick(DomainDraws.POPULATIONS), List.of()));
    }

    /**
     * Obtains a generator of SMART-complete quantitative targets, each within a drawn plan period.
     *
     * @return the generator, not null
     * @since 0.1.0
     */
    public static Sample<QuantitativeTarget> smartCompleteTargets() {
        return Faces.sample(s -> DomainDraws.smartTarget(s, DomainDraws.period(s), "c1",
                s.pick(DomainDraws.POPULATIONS), List.of()));
    }

    /**
     * Obtains a generator of milestones, with or without a due date.
     *
     * @return the generator, not null
     * @since 0.1.0
     */
    public static Sample<Milestone> milestones() {
        return Faces.sample(s -> DomainDraws.milestone(s, DomainDraws.period(s), "m1", false));
    }

    /**
     * Obtains a generator of qualitative criteria, with or without a method, a measure and a target.
     *
     * @return the generator, not null
     * @since 0.1.0
     */
    public static Sample<QualitativeCriterion> qualitativeCriteria() {
        return Faces.sample(s -> DomainDraws.qualitative(s, "q1", s.pick(DomainDraws.POPULATIONS)));
    }

    /**
     * Obtains a generator of measures of every kind, with or without a focus group (a reference only with one).
     *
     * @return the generator, not null
     * @since 0.1.0
     */
    public static Sample<Measure> measures() {
        return Faces.sample(s -> {
            Population p = s.pick(DomainDraws.POPULATIONS);
            return DomainDraws.measure(s, s.pick(List.of(MeasureKind.values())), p,
                    s.chance(7000) ? DomainDraws.group(s, p) : null, false);
        });
    }

    /**
     * Obtains a generator of groups of one or two distinct categories of the standard dimensions.
     *
     * @return the generator, not null
     * @since 0.1.0
     */
    public static Sample<Group> groups() {
        return Faces.sample(s -> DomainDraws.group(s, s.pick(DomainDraws.POPULATIONS)));
    }

    /**
     * Obtains a generator of plan periods of one to four years starting on 1 September or 1 January of 2022 to 2030.
     *
     * @return the generator, not null
     * @since 0.1.0
     */
    public static Sample<PlanPeriod> planPeriods() {
        return Faces.sample(DomainDraws::period);
    }

    /**
     * Obtains a generator of schools with valid URNs and trusts of up to four schools.
     *
     * @return the generator, not null
     * @since 0.1.0
     */
    public static Sample<Organisation> organisations() {
        return Faces.sample(DomainDraws::organisation);
    }

    /**
     * Obtains a generator of school URNs: six digits, 100000 to 159999.
     *
     * @return the generator, not null
     * @since 0.1.0
     */
    public static Sample<String> urns() {
        return Faces.sample(DomainDraws::urn);
    }

    /**
     * Obtains a generator of census main ethnicity codes with approximate national pupil shares (illustrative),
     * including REFU and NOBT.
     *
     * @return the generator, not null
     * @since 0.1.0
     */
    public static Sample<CensusEthnicity> censusEthnicities() {
        return Faces.sample(DomainDraws::ethnicity);
    }

    /**
     * Obtains a generator of census ethnicity codes as written, main or extended, sometimes in lower case; {@link
     * CensusEthnicity#parse} accepts each.
     *
     * @return the generator, not null
     * @since 0.1.0
     */
    public static Sample<String> censusCodes() {
        return Faces.sample(DomainDraws::censusCode);
    }

    /**
     * Obtains a generator of observations: available (85%) with a value in 0.0 to 100.0 and optional sample size and
     * interval, or not published, suppressed or not collected.
     *
     * @return the generator, not null
     * @since 0.1.0
     */
    public static Sample<Observation> observations() {
        return Faces.sample(s -> DomainDraws.observation(s,
                LocalDate.of(2020, 1, 1).plusDays(s.between(0, 5843))));
    }

    /**
     * Obtains a generator of observation series of criterion {@code c1}, up to six observations in strictly
     * increasing date order.
     *
     * @return the generator, not null
     * @since 0.1.0
     */
    public static Sample<ObservationSeries> observationSeries() {
        return Faces.sample(s -> DomainDraws.series(s, "c1", LocalDate.of(2020, 1, 1)));
    }

    /**
     * Obtains a generator of progress records for drawn plans.
     *
     * @return the generator, not null
     * @since 0.1.0
     */
    public static Sample<ProgressRecord> progressRecords() {
        return Faces.sample(s -> DomainDraws.progress(s, DomainDraws.plan(s, false)));
    }

    /**
     * Obtains a generator of near misses of every rule in {@link NearMiss#rules()}: SMART-complete plans with one
     * element changed to break exactly that rule.
     *
     * @return the generator, not null
     * @since 0.1.0
     */
    public static Sample<NearMiss> nearMisses() {
        return Faces.sample(NearMissDraws::anyNearMiss);
    }

    /**
     * Obtains a generator of pupil cohorts with the default configuration, see {@link PupilCohortConfig}.
     *
     * @return the generator, not null
     * @since 0.1.0
     */
    public static Sample<List<Pupil>> pupilCohorts() {
        return Faces.sample(s -> DataSetDraws.pupils(s, PupilCohortConfig.defaults()));
    }

    /**
     * Obtains a generator of staff lists with the default configuration, see {@link StaffListConfig}.
     *
     * @return the generator, not null
     * @since 0.1.0
     */
    public static Sample<List<StaffMember>> staffLists() {
        return Faces.sample(s -> DataSetDraws.staff(s, StaffListConfig.defaults()));
    }

    /**
     * Obtains a generator of job applicant pools with the default configuration, see {@link ApplicantPoolConfig}.
     *
     * @return the generator, not null
     * @since 0.1.0
     */
    public static Sample<List<JobApplicant>> applicantPools() {
        return Faces.sample(s -> DataSetDraws.applicants(s, ApplicantPoolConfig.defaults()));
    }

    /**
     * Obtains a generator of near misses of one rule: SMART-complete plans with one element changed to break exactly
     * that rule.
     *
     * @param rule  one of {@link NearMiss#rules()}, not null
     * @return the generator, not null
     * @throws IllegalArgumentException if the rule has no near misses (it is not a SMART rule)
     * @since 0.1.0
     */
    public static Sample<NearMiss> nearMiss(Rule rule) {
        NearMissDraws.requireKnown(rule);
        return Faces.sample(s -> NearMissDraws.nearMiss(s, rule));
    }

    /**
     * Obtains a generator of pupil cohorts.
     *
     * @param config  the configuration, not null
     * @return the generator, not null
     * @throws NullPointerException if config is null
     * @since 0.1.0
     */
    public static Sample<List<Pupil>> pupilCohorts(PupilCohortConfig config) {
        Objects.requireNonNull(config, "config");
        return Faces.sample(s -> DataSetDraws.pupils(s, config));
    }

    /**
     * Obtains a generator of staff lists.
     *
     * @param config  the configuration, not null
     * @return the generator, not null
     * @throws NullPointerException if config is null
     * @since 0.1.0
     */
    public static Sample<List<StaffMember>> staffLists(StaffListConfig config) {
        Objects.requireNonNull(config, "config");
        return Faces.sample(s -> DataSetDraws.staff(s, config));
    }

    /**
     * Obtains a generator of job applicant pools.
     *
     * @param config  the configuration, not null
     * @return the generator, not null
     * @throws NullPointerException if config is null
     * @since 0.1.0
     */
    public static Sample<List<JobApplicant>> applicantPools(ApplicantPoolConfig config) {
        Objects.requireNonNull(config, "config");
        return Faces.sample(s -> DataSetDraws.applicants(s, config));
    }
}
