package org.equalityduty.testkit.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.equalityduty.core.plan.Action;
import org.equalityduty.core.plan.Baseline;
import org.equalityduty.core.plan.Benchmark;
import org.equalityduty.core.population.Category;
import org.equalityduty.core.population.CensusEthnicity;
import org.equalityduty.core.population.Dimensions;
import org.equalityduty.core.population.Disclosure;
import org.equalityduty.core.plan.Direction;
import org.equalityduty.core.plan.DueBy;
import org.equalityduty.core.duty.DutyAim;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.population.Group;
import org.equalityduty.core.plan.GroupReference;
import org.equalityduty.core.duty.Jurisdiction;
import org.equalityduty.core.plan.KeyStage;
import org.equalityduty.core.plan.Measure;
import org.equalityduty.core.plan.MeasureKind;
import org.equalityduty.core.plan.MeasureUnit;
import org.equalityduty.core.plan.Milestone;
import org.equalityduty.core.plan.Objective;
import org.equalityduty.core.observation.Observation;
import org.equalityduty.core.observation.ObservationSeries;
import org.equalityduty.core.observation.ObservationStatus;
import org.equalityduty.core.plan.Ongoing;
import org.equalityduty.core.duty.Organisation;
import org.equalityduty.core.duty.OrganisationType;
import org.equalityduty.core.plan.PlanPeriod;
import org.equalityduty.core.duty.Population;
import org.equalityduty.core.plan.PopulationReference;
import org.equalityduty.core.observation.ProgressRecord;
import org.equalityduty.core.duty.ProtectedCharacteristic;
import org.equalityduty.core.duty.PublicationRule;
import org.equalityduty.core.duty.PublishedItem;
import org.equalityduty.core.duty.Publisher;
import org.equalityduty.core.plan.QualitativeCriterion;
import org.equalityduty.core.plan.QuantitativeTarget;
import org.equalityduty.core.duty.Recurrence;
import org.equalityduty.core.plan.Recurring;
import org.equalityduty.core.plan.Reference;
import org.equalityduty.core.plan.Subject;
import org.equalityduty.core.plan.SuccessCriterion;
import org.equalityduty.core.plan.Target;
import org.equalityduty.core.plan.TargetKind;
import org.equalityduty.core.plan.TimeFrame;
import org.equalityduty.core.plan.WithinDuration;
import org.jspecify.annotations.Nullable;

/**
 * Draws every public domain type of equality-core from a {@link Source}, valid by construction.
 *
 * <p>Two strengths: <em>loose</em> values pass structural validation and the duty's own rules (no age or marriage
 * for pupils, marriage tied to aim (a) only) but may be vague in the ways real plans are; <em>SMART-complete</em>
 * values also satisfy every SMART rule of the assessment (see the testkit README section for the definition).
 *
 * <p>Not part of the public API: use {@code EqualityGenerators}.
 *
 * @since 0.1.0
 */
public final class DomainDraws {

    /** Populations in shrink order: pupils first. */
    public static final List<Population> POPULATIONS = List.of(Population.values());

    /** Aims in shrink order: (b) first, the commonest in school plans. */
    static final List<DutyAim> AIMS = List.of(DutyAim.ADVANCE_EQUALITY_OF_OPPORTUNITY,
            DutyAim.ELIMINATE_DISCRIMINATION, DutyAim.FOSTER_GOOD_RELATIONS);

    /** Characteristics in shrink order: the commonest subjects of school objectives first. */
    static final List<ProtectedCharacteristic> CHARACTERISTICS = List.of(ProtectedCharacteristic.RACE,
            ProtectedCharacteristic.SEX, ProtectedCharacteristic.DISABILITY, ProtectedCharacteristic.RELIGION_OR_BELIEF,
            ProtectedCharacteristic.SEXUAL_ORIENTATION, ProtectedCharacteristic.GENDER_REASSIGNMENT,
            ProtectedCharacteristic.PREGNANCY_AND_MATERNITY, ProtectedCharacteristic.AGE,
            ProtectedCharacteristic.MARRIAGE_AND_CIVIL_PARTNERSHIP);

    private static final List<Category> PUPIL_CATEGORIES = categories("disadvantage:disadvantaged", "sex:male",
            "sex:female", "sen_provision:K", "sen_provision:E", "ethnic_group:black", "ethnic_group:mixed",
            "ethnic_group:asian", "ethnicity:WROM", "ethnicity:WIRT", "ethnicity:BCRB", "eal:eal");
    private static final List<Category> STAFF_CATEGORIES = categories("sex:female", "sex:male",
            "ethnic_group:black", "ethnic_group:asian", "ethnic_group:mixed", "disability:disabled",
            "staff_role:leadership", "staff_role:teacher", "staff_role:teaching_assistant");
    private static final List<Category> APPLICANT_CATEGORIES = categories("sex:male", "sex:female",
            "ethnic_group:black", "ethnic_group:asian", "ethnic_group:mixed", "disability:disabled");
    private static final List<Category> COMMUNITY_CATEGORIES = categories("ethnic_group:black",
            "ethnic_group:asian", "ethnic_group:mixed", "eal:eal", "disadvantage:disadvantaged");

    private static final List<String> SCHOOL_NAMES = List.of("Oak Primary School", "Riverside Academy",
            "St Mary's Church of England Primary School", "Northgate High School", "Millbrook Infant School",
            "Hillside Junior School", "Kingsway Community College", "Ashfield Park Academy");
    private static final List<String> TRUST_NAMES = List.of("Oak Learning Trust", "Northern Lights Academy Trust",
            "Three Rivers Multi-Academy Trust", "Beacon Schools Partnership");
    private static final List<String> RESPONSIBLE = List.of("Headteacher", "SENCo", "Governors",
            "Pupil premium lead", "Trust HR lead", "Designated safeguarding lead", "Head of English");
    private static final List<String> RESOURCES = List.of("Staff training time", "Pupil premium funding",
            "Reading intervention programme", "External facilitator", "Library budget");
    private static final List<String> METHODS = List.of("pupil voice survey", "staff survey",
            "parent questionnaire", "governor learning walk");

    private DomainDraws() {
    }

    private static List<Category> categories(String... references) {
        List<Category> list = new ArrayList<>();
        for (String r : references) {
            list.add(Dimensions.category(r));
        }
        return List.copyOf(list);
    }

    /**
     * Gets the categories groups are drawn from for a population.
     *
     * @param population  the population, not null
     * @return the categories, not null
     * @since 0.1.0
     */
    public static List<Category> categoriesFor(Population population) {
        switch (population) {
            case STAFF:
                return STAFF_CATEGORIES;
            case JOB_APPLICANTS:
                return APPLICANT_CATEGORIES;
            case PARENTS_AND_COMMUNITY:
                return COMMUNITY_CATEGORIES;
            default:
                return PUPIL_CATEGORIES;
        }
    }

    /**
     * Gets the measure kinds drawn for a population, simplest first.
     *
     * @param population  the population, not null
     * @return the kinds, not null
     * @since 0.1.0
     */
    public static List<MeasureKind> kindsFor(Population population) {
        switch (population) {
            case STAFF:
                return List.of(MeasureKind.REPRESENTATION_SHARE, MeasureKind.PAY_GAP, MeasureKind.COUNT,
                        MeasureKind.SURVEY_POSITIVE_RATE, MeasureKind.DISCLOSURE_RATE);
            case JOB_APPLICANTS:
                return List.of(MeasureKind.SELECTION_RATE, MeasureKind.REPRESENTATION_SHARE, MeasureKind.COUNT);
            case PARENTS_AND_COMMUNITY:
                return List.of(MeasureKind.SURVEY_POSITIVE_RATE, MeasureKind.RATE, MeasureKind.COUNT);
            default:
                return List.of(MeasureKind.ATTAINMENT_RATE, MeasureKind.ATTAINMENT_GAP, MeasureKind.MEAN_SCORE,
                        MeasureKind.GAP_INDEX, MeasureKind.RATE, MeasureKind.COUNT, MeasureKind.SURVEY_POSITIVE_RATE);
        }
    }

    // ---------------------------------------------------------------- periods, dates, organisations

    /**
     * Draws a plan period of one to four years starting on 1 September (or 1 January) of 2022 to 2030.
     *
     * @param s  the source, not null
     * @return the period, not null
     * @since 0.1.0
     */
    public static PlanPeriod period(Source s) {
        int year = s.intBetween(2022, 2030);
        int years = s.intBetween(1, 4);
        LocalDate start = s.chance(3000) ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 9, 1);
        return PlanPeriod.of(start, start.plusYears(years).minusDays(1));
    }

    /**
     * Draws a date inside a period; shrinks toward its last day.
     *
     * @param s  the source, not null
     * @param period  the period, not null
     * @return the date, not null
     * @since 0.1.0
     */
    public static LocalDate dateIn(Source s, PlanPeriod period) {
        long days = ChronoUnit.DAYS.between(period.getStart(), period.getEnd());
        return period.getEnd().minusDays(s.between(0, days));
    }

    /**
     * Draws a school URN: six digits, in the range 100000 to 159999 that English schools use.
     *
     * @param s  the source, not null
     * @return the URN, not null
     * @since 0.1.0
     */
    public static String urn(Source s) {
        return Long.toString(s.between(100000, 159999));
    }

    /**
     * Draws a school.
     *
     * @param s  the source, not null
     * @return the school, not null
     * @since 0.1.0
     */
    public static Organisation school(Source s) {
        Organisation.Builder b = Organisation.builder();
        b.type(OrganisationType.SCHOOL).name(s.pick(SCHOOL_NAMES)).urn(urn(s));
        if (s.chance(5000)) {
            b.employeeCount(s.intBetween(8, 300));
        }
        return b.build();
    }

    /**
     * Draws a school (60%) or a trust of up to four schools (40%).
     *
     * @param s  the source, not null
     * @return the organisation, not null
     * @since 0.1.0
     */
    public static Organisation organisation(Source s) {
        if (!s.chance(4000)) {
            return school(s);
        }
        Organisation.Builder b = Organisation.builder();
        b.type(OrganisationType.TRUST).name(s.pick(TRUST_NAMES));
        if (s.chance(5000)) {
            b.employeeCount(s.intBetween(20, 3000));
        }
        b.addAllSchools(s.list(0, 4, i -> school(s)));
        return b.build();
    }

    // ---------------------------------------------------------------- groups and measures

    /**
     * Draws a group of one or two distinct categories applicable to a population; now and then one of them is from a
     * caller-defined dimension (such as a local faith or house system), as embedders may define their own.
     *
     * @param s  the source, not null
     * @param population  the population, not null
     * @return the group, not null
     * @since 0.1.0
     */
    public static Group group(Source s, Population population) {
        List<Category> chosen = new java.util.ArrayList<>(s.distinct(categoriesFor(population), 1, 2));
        if (s.chance(800)) {
            Category custom = Category.of("local_" + s.intBetween(0, 2), "k" + s.intBetween(0, 9),
                    "Local category " + s.intBetween(0, 9), s.pick(List.of(Disclosure.values())));
            if (!chosen.contains(custom)) {
                chosen.add(custom);
            }
        }
        Group.Builder b = Group.builder().addAllCategories(chosen);
        if (s.chance(2000)) {
            b.label(chosen.stream().map(Category::getLabel).collect(Collectors.joining(" / ")));
        }
        return b.build();
    }

    /**
     * Draws a measure of a given kind.
     *
     * @param s  the source, not null
     * @param kind  the kind, not null
     * @param population  the population, not null
     * @param focus  the focus group, null for none
     * @param smart  whether the measure must be SMART-complete
     * @return the measure, not null
     * @since 0.1.0
     */
    public static Measure measure(Source s, MeasureKind kind, Population population, @Nullable Group focus,
            boolean smart) {
        Measure.Builder b = Measure.builder().kind(kind).population(population);
        if (focus != null) {
            b.focusGroup(focus);
            if (kind.isGap() ? smart || s.chance(7000) : s.chance(1500)) {
                b.reference(reference(s, focus));
            }
        }
        boolean ks4 = false;
        switch (kind) {
            case ATTAINMENT_GAP:
            case ATTAINMENT_RATE:
            case GAP_INDEX:
                ks4 = s.chance(4000);
                b.addKeyStages(ks4 ? KeyStage.KS4 : KeyStage.KS2);
                b.addSubjects(ks4 ? Subject.ENGLISH_AND_MATHS : Subject.READING_WRITING_MATHS);
                break;
            case MEAN_SCORE:
                b.addKeyStages(KeyStage.KS2).addSubjects(s.pick(List.of(Subject.READING, Subject.MATHS)));
                break;
            default:
                break;
        }
        if (kind == MeasureKind.ATTAINMENT_GAP && (smart || s.chance(7000))) {
            b.unit(ks4 ? MeasureUnit.SCORE : MeasureUnit.PERCENTAGE_POINTS);
        }
        if (population == Population.STAFF && kind == MeasureKind.PAY_GAP && s.chance(2000)) {
            b.within(Group.of(Dimensions.STAFF_ROLE.category("teacher")));
        }
        if (s.chance(2500)) {
            b.description(describe(kind));
        }
        return b.build();
    }

    private static String describe(MeasureKind kind) {
        switch (kind) {
            case RATE:
                return "persistent absence rate";
            case COUNT:
                return "number of recorded incidents";
            case SURVEY_POSITIVE_RATE:
                return "share answering 'agree' or 'strongly agree'";
            default:
                return kind.getCode().replace('_', ' ');
        }
    }

    private static Reference reference(Source s, Group focus) {
        switch (s.intBetween(0, 3)) {
            case 0:
                return PopulationReference.REST_OF_POPULATION;
            case 1:
                return PopulationReference.WHOLE_POPULATION;
            case 2:
                Category first = focus.getCategories().get(0);
                List<Category> others = Dimensions.find(first.getDimensionId()).orElseThrow().getCategories().stream()
                        .filter(c -> !focus.getCategories().contains(c) && c.isKnown())
                        .collect(Collectors.toList());
                return others.isEmpty() ? PopulationReference.REST_OF_POPULATION
                        : GroupReference.of(Group.of(s.pick(others)));
            default:
                return Benchmark.builder().label("National comparison figure")
                        .value(tenths(s.between(0, 1000))).source("illustrative").build();
        }
    }

    // ---------------------------------------------------------------- time frames

    /**
     * Draws any time frame, with durations up to four years and dates in 2020 to 2035.
     *
     * @param s  the source, not null
     * @return the time frame, not null
     * @since 0.1.0
     */
    public static TimeFrame timeFrame(Source s) {
        switch (s.intBetween(0, 3)) {
            case 0:
                return WithinDuration.of(Period.ofMonths(s.intBetween(1, 48)));
            case 1:
                return DueBy.of(LocalDate.of(2020, 1, 1).plusDays(s.between(0, 5843)));
            case 2:
                return s.chance(5000) ? Ongoing.builder().reviewEvery(s.pick(List.of(Recurrence.values()))).build()
                        : Ongoing.builder().build();
            default:
                return Recurring.of(s.pick(List.of(Recurrence.values())));
        }
    }

    /**
     * Draws a dated time frame that resolves inside the period (within a duration, due by a date) or a recurring one.
     *
     * @param s  the source, not null
     * @param period  the plan period, not null
     * @return the time frame, not null
     * @since 0.1.0
     */
    public static TimeFrame datedTimeFrame(Source s, PlanPeriod period) {
        int months = maxMonths(period);
        switch (s.intBetween(0, 2)) {
            case 0:
                if (months >= 1) {
                    return WithinDuration.of(Period.ofMonths(s.intBetween(1, months)));
                }
                return DueBy.of(dateIn(s, period));
            case 1:
                return DueBy.of(dateIn(s, period));
            default:
                return Recurring.of(s.pick(List.of(Recurrence.values())));
        }
    }

    private static int maxMonths(PlanPeriod period) {
        int months = (int) ChronoUnit.MONTHS.between(period.getStart(), period.getEnd());
        while (months > 0 && period.getStart().plusMonths(months).isAfter(period.getEnd())) {
            months--;
        }
        return months;
    }

    // ---------------------------------------------------------------- success criteria

    /** The numbers of a SMART quantitative target. */
    private record Numbers(BigDecimal baseline, Direction direction, Target target) {
    }

    /**
     * Draws a SMART-complete quantitative target.
     *
     * @param s  the source, not null
     * @param period  the plan period, not null
     * @param id  the criterion id, not null
     * @param population  the population measured, not null
     * @param groups  the objective's groups, one of which is the focus group; a new group if empty
     * @return the target, not null
     * @since 0.1.0
     */
    public static QuantitativeTarget smartTarget(Source s, PlanPeriod period, String id, Population population,
            List<Group> groups) {
        MeasureKind kind = s.pick(kindsFor(population));
        return smartTarget(s, period, id, population, groups, kind);
    }

    /**
     * Draws a SMART-complete quantitative target of a given measure kind.
     *
     * @param s  the source, not null
     * @param period  the plan period, not null
     * @param id  the criterion id, not null
     * @param population  the population measured, not null
     * @param groups  the objective's groups, one of which is the focus group; a new group if empty
     * @param kind  the measure kind, not null
     * @return the target, not null
     * @since 0.1.0
     */
    public static QuantitativeTarget smartTarget(Source s, PlanPeriod period, String id, Population population,
            List<Group> groups, MeasureKind kind) {
        return smartTarget(s, period, id, population, groups, kind, null, null);
    }

    /**
     * Draws a SMART-complete quantitative target of a given measure kind, optionally of a given target kind and
     * direction.
     *
     * @param s  the source, not null
     * @param period  the plan period, not null
     * @param id  the criterion id, not null
     * @param population  the population measured, not null
     * @param groups  the objective's groups, one of which is the focus group; a new group if empty
     * @param kind  the measure kind, not null
     * @param targetKind  {@code LEVEL} or {@code CHANGE} to force the target kind, null to draw it
     * @param direction  {@code DECREASE} to force a decrease (ignored for mean scores and gaps), null to draw it
     * @return the target, not null
     * @since 0.1.0
     */
    public static QuantitativeTarget smartTarget(Source s, PlanPeriod period, String id, Population population,
            List<Group> groups, MeasureKind kind, @Nullable TargetKind targetKind, @Nullable Direction direction) {
        Group focus = groups.isEmpty() ? group(s, population) : s.pick(groups);
        Measure measure = measure(s, kind, population, focus, true);
        Numbers n = smartNumbers(s, measure, targetKind, direction == Direction.DECREASE);
        LocalDate deadline = dateIn(s, period);
        QuantitativeTarget.Builder b = QuantitativeTarget.builder().id(id).measure(measure)
                .direction(n.direction()).target(n.target()).deadline(deadline)
                .text(targetText(measure, n.direction(), n.baseline(), n.target(), deadline));
        Baseline.Builder baseline = Baseline.builder().value(n.baseline());
        if (s.chance(5000)) {
            baseline.date(period.getStart().minusDays(s.between(0, 365)));
        }
        if (s.chance(3000)) {
            baseline.source("school data, " + (period.getStart().getYear() - 1));
        }
        b.baseline(baseline.build());
        if (s.chance(2000)) {
            b.addBenchmarks(Benchmark.builder().label("National average").value(n.baseline())
                    .source("illustrative").build());
        }
        return b.build();
    }

    private static Numbers smartNumbers(Source s, Measure measure, @Nullable TargetKind only, boolean decrease) {
        MeasureKind kind = measure.getKind();
        boolean percentUnit = measure.effectiveUnit().map(MeasureUnit::isPercentage).orElse(false);
        if (kind == MeasureKind.COUNT) {
            int b = s.intBetween(decrease ? 1 : 0, 60);
            if (b == 0 || (!decrease && s.chance(3000))) {
                int step = s.intBetween(1, 20);
                return choose(s, List.of(TargetKind.LEVEL, TargetKind.CHANGE), only) == TargetKind.CHANGE
                        ? new Numbers(BigDecimal.valueOf(b), Direction.INCREASE, Target.of(TargetKind.CHANGE,
                                BigDecimal.valueOf(step)))
                        : new Numbers(BigDecimal.valueOf(b), Direction.INCREASE, Target.of(TargetKind.LEVEL,
                                BigDecimal.valueOf(b + step)));
            }
            Target t = choose(s, List.of(TargetKind.LEVEL, TargetKind.CHANGE), only) == TargetKind.CHANGE
                    ? Target.of(TargetKind.CHANGE, BigDecimal.valueOf(s.intBetween(1, b)))
                    : Target.of(TargetKind.LEVEL, BigDecimal.valueOf(s.intBetween(0, b - 1)));
            return new Numbers(BigDecimal.valueOf(b), Direction.DECREASE, t);
        }
        if (kind.isGap()) {
            long b = s.between(5, kind == MeasureKind.GAP_INDEX ? 60 : 400);
            List<TargetKind> kinds = percentUnit
                    ? List.of(TargetKind.LEVEL, TargetKind.CHANGE, TargetKind.RELATIVE_PERCENT,
                            TargetKind.PERCENTAGE_POINTS)
                    : List.of(TargetKind.LEVEL, TargetKind.CHANGE, TargetKind.RELATIVE_PERCENT);
            return new Numbers(tenths(b), Direction.DECREASE, decrease(s, choose(s, kinds, only), b));
        }
        if (kind == MeasureKind.MEAN_SCORE) {
            long b = s.between(900, 1150);
            Target t = choose(s, List.of(TargetKind.LEVEL, TargetKind.CHANGE), only) == TargetKind.CHANGE
                    ? Target.of(TargetKind.CHANGE, tenths(s.between(1, 100)))
                    : Target.of(TargetKind.LEVEL, tenths(s.between(b + 1, b + 100)));
            return new Numbers(tenths(b), Direction.INCREASE, t);
        }
        // a share, in percent; only rates (such as absence) and representation are sometimes meant to fall
        long b = s.between(50, 950);
        boolean canFall = kind == MeasureKind.RATE || kind == MeasureKind.REPRESENTATION_SHARE;
        if (decrease || (canFall && s.chance(5000))) {
            List<TargetKind> kinds = List.of(TargetKind.LEVEL, TargetKind.PERCENTAGE_POINTS, TargetKind.CHANGE,
                    TargetKind.RELATIVE_PERCENT);
            return new Numbers(tenths(b), Direction.DECREASE, decrease(s, choose(s, kinds, only), b));
        }
        TargetKind tk = choose(s, List.of(TargetKind.LEVEL, TargetKind.PERCENTAGE_POINTS, TargetKind.CHANGE), only);
        Target t = tk == TargetKind.LEVEL ? Target.of(tk, tenths(s.between(b + 1, 1000)))
                : Target.of(tk, tenths(s.between(1, 1000 - b)));
        return new Numbers(tenths(b), Direction.INCREASE, t);
    }

    private static TargetKind choose(Source s, List<TargetKind> kinds, @Nullable TargetKind only) {
        return only != null ? only : s.pick(kinds);
    }

    /** A decrease from a baseline of {@code b} tenths that does not exceed it. */
    private static Target decrease(Source s, TargetKind kind, long b) {
        switch (kind) {
            case LEVEL:
                return Target.of(kind, tenths(s.between(0, b - 1)));
            case RELATIVE_PERCENT:
                return Target.of(kind, BigDecimal.valueOf(s.between(1, 100)));
            default:
                return Target.of(kind, tenths(s.between(1, b)));
        }
    }

    /**
     * Gets a value in tenths as a decimal of scale 1.
     *
     * @param tenths  the value in tenths
     * @return the value, not null
     * @since 0.1.0
     */
    public static BigDecimal tenths(long tenths) {
        return BigDecimal.valueOf(tenths, 1);
    }

    /**
     * Writes the text of a quantitative target from its parts.
     *
     * @param measure  the measure, not null
     * @param direction  the direction, not null
     * @param baseline  the baseline, null if none
     * @param target  the target, null if none
     * @param deadline  the deadline, null if none
     * @return the text, not null
     * @since 0.1.0
     */
    public static String targetText(Measure measure, Direction direction, @Nullable BigDecimal baseline,
            @Nullable Target target, @Nullable LocalDate deadline) {
        StringBuilder sb = new StringBuilder();
        sb.append(direction == Direction.INCREASE ? "Raise" : direction == Direction.DECREASE ? "Reduce" : "Keep")
                .append(" the ").append(measure.getKind().getCode().replace('_', ' '));
        measure.getFocusGroup().ifPresent(g -> sb.append(" for ").append(groupName(g)));
        if (baseline != null) {
            sb.append(" from ").append(baseline.toPlainString());
        }
        if (target != null) {
            sb.append(" (").append(target).append(')');
        }
        if (deadline != null) {
            sb.append(" by ").append(deadline);
        }
        return sb.toString();
    }

    private static String groupName(Group g) {
        return g.getLabel().orElseGet(() -> g.getCategories().stream().map(Category::getLabel)
                .collect(Collectors.joining(" / ")));
    }

    /**
     * Draws a loose quantitative target: every part optional or arbitrary, structurally valid.
     *
     * @param s  the source, not null
     * @param period  the plan period, not null
     * @param id  the id, not null
     * @param population  the population, not null
     * @param groups  groups to take a focus group from, not null
     * @return the target, not null
     * @since 0.1.0
     */
    public static QuantitativeTarget looseTarget(Source s, PlanPeriod period, String id, Population population,
            List<Group> groups) {
        MeasureKind kind = s.pick(List.of(MeasureKind.values()));
        @Nullable Group focus = s.chance(7000) ? (groups.isEmpty() ? group(s, population) : s.pick(groups)) : null;
        Measure measure = measure(s, kind, population, focus, false);
        @Nullable BigDecimal baseline = s.chance(6000) ? tenths(s.between(0, 1000)) : null;
        Direction direction = s.pick(List.of(Direction.values()));
        @Nullable Target target = s.chance(7000)
                ? Target.of(s.pick(List.of(TargetKind.values())), tenths(s.between(0, 1000))) : null;
        @Nullable LocalDate deadline = s.chance(6000)
                ? period.getStart().minusYears(1).plusDays(s.between(0, ChronoUnit.DAYS.between(
                        period.getStart().minusYears(1), period.getEnd().plusYears(1)))) : null;
        QuantitativeTarget.Builder b = QuantitativeTarget.builder().id(id).measure(measure).direction(direction)
                .text(targetText(measure, direction, baseline, target, deadline));
        if (baseline != null) {
            b.baseline(Baseline.of(baseline));
        }
        if (target != null) {
            b.target(target);
        }
        if (deadline != null) {
            b.deadline(deadline);
        }
        return b.build();
    }

    /**
     * Draws a milestone.
     *
     * @param s  the source, not null
     * @param period  the plan period, not null
     * @param id  the id, not null
     * @param dated  whether the milestone must have a due date in the period
     * @return the milestone, not null
     * @since 0.1.0
     */
    public static Milestone milestone(Source s, PlanPeriod period, String id, boolean dated) {
        Milestone.Builder b = Milestone.builder().id(id).text(s.pick(List.of("Policy reviewed",
                "Training delivered to all staff", "Accessibility plan published", "Pupil equality council set up")));
        if (dated || s.chance(6000)) {
            b.due(dateIn(s, period));
        }
        return b.build();
    }

    /**
     * Draws a qualitative criterion.
     *
     * @param s  the source, not null
     * @param id  the id, not null
     * @param population  the population, not null
     * @return the criterion, not null
     * @since 0.1.0
     */
    public static QualitativeCriterion qualitative(Source s, String id, Population population) {
        QualitativeCriterion.Builder b = QualitativeCriterion.builder().id(id).text(s.pick(List.of(
                "Positive feedback from staff", "Pupils say they feel safe and respected",
                "Parents report the school is welcoming")));
        if (s.chance(5000)) {
            b.method(s.pick(METHODS));
        }
        if (s.chance(3000)) {
            b.measure(measure(s, MeasureKind.SURVEY_POSITIVE_RATE, population, null, false));
            if (s.chance(5000)) {
                b.target(Target.of(TargetKind.LEVEL, tenths(s.between(500, 1000))));
            }
        }
        return b.build();
    }

    /**
     * Draws any success criterion, loose: quantitative, milestone or qualitative.
     *
     * @param s  the source, not null
     * @param period  the plan period, not null
     * @param id  the id, not null
     * @param population  the population, not null
     * @param groups  the objective's groups, not null
     * @return the criterion, not null
     * @since 0.1.0
     */
    public static SuccessCriterion criterion(Source s, PlanPeriod period, String id, Population population,
            List<Group> groups) {
        switch (s.weighted(new int[] {5, 2, 2, 3})) {
            case 0:
                return looseTarget(s, period, id, population, groups);
            case 1:
                return milestone(s, period, id, false);
            case 2:
                return qualitative(s, id, population);
            default:
                return smartTarget(s, period, id, population, groups);
        }
    }

    // ---------------------------------------------------------------- actions, objectives, plans

    /**
     * Draws an action.
     *
     * @param s  the source, not null
     * @param period  the plan period, not null
     * @param prefix  the action's id prefix for its criteria, such as {@code o1.a2}, not null
     * @param population  the objective's main population, not null
     * @param groups  the objective's groups, not null
     * @param smart  whether the action must be SMART-complete
     * @return the action, not null
     * @since 0.1.0
     */
    public static Action action(Source s, PlanPeriod period, String prefix, Population population,
            List<Group> groups, boolean smart) {
        Action.Builder b = Action.builder().description(s.pick(List.of("Run targeted reading groups",
                "Review the behaviour policy with pupils and parents",
                "Train all staff in recognising and reporting prejudice-related incidents",
                "Advertise vacancies through community networks",
                "Audit the curriculum for diverse role models")));
        b.addAllResponsible(s.distinct(RESPONSIBLE, 0, 2));
        b.addAllResources(s.distinct(RESOURCES, 0, 2));
        if (smart) {
            b.timeFrame(datedTimeFrame(s, period));
        } else if (s.chance(7000)) {
            b.timeFrame(s.chance(5000) ? datedTimeFrame(s, period) : timeFrame(s));
        }
        b.addAllSuccessCriteria(s.list(smart ? 1 : 0, 2, c -> smart
                ? smartTarget(s, period, prefix + ".c" + (c + 1), population, groups)
                : criterion(s, period, prefix + ".c" + (c + 1), population, groups)));
        return b.build();
    }

    /**
     * Draws an objective.
     *
     * @param s  the source, not null
     * @param period  the plan period, not null
     * @param index  the objective's index in the plan; its id is {@code o<index + 1>}
     * @param smart  whether the objective must be SMART-complete
     * @return the objective, not null
     * @since 0.1.0
     */
    public static Objective objective(Source s, PlanPeriod period, int index, boolean smart) {
        String id = "o" + (index + 1);
        List<Population> populations = s.distinct(POPULATIONS, smart ? 1 : 0, 2);
        Population primary = populations.isEmpty() ? Population.PUPILS : populations.get(0);
        Set<DutyAim> aims = enumSet(s.distinct(AIMS, smart ? 1 : 0, 3), DutyAim.class);
        List<ProtectedCharacteristic> allowed = CHARACTERISTICS.stream()
                .filter(c -> populations.stream().allMatch(c::isProtectedFor))
                .filter(c -> c != ProtectedCharacteristic.MARRIAGE_AND_CIVIL_PARTNERSHIP
                        || aims.equals(EnumSet.of(DutyAim.ELIMINATE_DISCRIMINATION)))
                .collect(Collectors.toList());
        List<Group> groups = List.copyOf(new LinkedHashSet<>(s.list(smart ? 1 : 0, 2, i -> group(s, primary))));
        Objective.Builder b = Objective.builder().id(id)
                .title(title(s, primary, groups))
                .addAllAims(aims)
                .addAllCharacteristics(s.distinct(allowed, 0, 2))
                .addAllGroups(groups)
                .addAllPopulations(populations);
        if (s.chance(5000)) {
            b.rationale("Our equality information shows a gap for " + (groups.isEmpty() ? "some "
                    + primary.getCode().replace('_', ' ') : groupName(groups.get(0))) + ".");
        }
        if (populations.contains(Population.PUPILS) && (smart || s.chance(5000))) {
            b.childFriendlyVersion(s.pick(List.of("We want everyone to do well.",
                    "We want every child to feel safe and happy at school.",
                    "We will help children who find reading hard.")));
        }
        b.addAllActions(s.list(smart ? 1 : 0, 3, a -> action(s, period, id + ".a" + (a + 1), primary, groups,
                smart)));
        b.addAllSuccessCriteria(s.list(0, 1, c -> smart
                ? smartTarget(s, period, id + ".c" + (c + 1), primary, groups)
                : criterion(s, period, id + ".c" + (c + 1), primary, groups)));
        if (s.chance(3000)) {
            b.targetDate(dateIn(s, period));
        }
        return b.build();
    }

    private static String title(Source s, Population population, List<Group> groups) {
        String who = groups.isEmpty() ? population.getCode().replace('_', ' ')
                : groupName(groups.get(0)) + " " + population.getCode().replace('_', ' ');
        return s.pick(List.of("Close the gap for ", "Improve outcomes for ", "Increase the participation of ",
                "Make sure our school is a welcoming place for ")) + who;
    }

    private static <E extends Enum<E>> Set<E> enumSet(List<E> values, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        set.addAll(values);
        return set;
    }

    /**
     * Draws a plan.
     *
     * @param s  the source, not null
     * @param smart  whether the plan must be SMART-complete
     * @return the plan, not null
     * @since 0.1.0
     */
    public static EqualityPlan plan(Source s, boolean smart) {
        PlanPeriod period = period(s);
        Organisation organisation = organisation(s);
        EqualityPlan.Builder b = EqualityPlan.builder().organisation(organisation)
                .jurisdiction(List.of(Jurisdiction.values()).get(s.weighted(new int[] {90, 5, 5})))
                .period(period);
        if (smart || s.chance(7000)) {
            int first = period.getStart().getYear();
            int last = period.getEnd().getYear();
            b.title("Equality objectives " + (first == last ? Integer.toString(first) : first + " to " + last));
        }
        if (s.chance(6000)) {
            b.publishedOn(period.getStart().minusDays(s.between(0, 60)));
        }
        if (s.chance(5000)) {
            b.introduction("We are committed to equality for all our pupils, staff and community.");
        }
        b.addAllObjectives(s.list(smart ? 1 : 0, smart ? 4 : 6, i -> objective(s, period, i, smart)));
        if (s.chance(3000)) {
            b.impactStatement("We expect every group to achieve as well as their peers.");
        }
        int years = period.length().getYears();
        if (smart) {
            // Information a month before the start and every year after, so no publication is ever overdue.
            for (int i = 0; i <= years; i++) {
                b.addInformationPublishedOn(period.getStart().minusMonths(1).plusYears(i));
            }
        } else {
            b.addAllInformationPublishedOn(s.list(0, years, i -> period.getStart().plusYears(i).plusMonths(1)));
        }
        b.addAllProgressReportDates(s.list(smart ? years : 0, years,
                i -> period.getStart().plusYears(i).plusMonths(10)));
        if (organisation.getType() == OrganisationType.TRUST && s.chance(5000)) {
            b.addPublicationRules(PublicationRule.builder().publisher(Publisher.EACH_SCHOOL)
                    .addItems(PublishedItem.OBJECTIVES, PublishedItem.REASONS, PublishedItem.PLANNED_ACTIONS,
                            PublishedItem.PROGRESS)
                    .progressUpdated(Recurrence.ANNUALLY)
                    .text("Each school publishes its own objectives, why it chose them, what it plans, "
                            + "and progress updated annually.")
                    .build());
        }
        return b.build();
    }

    // ---------------------------------------------------------------- observations and progress

    /**
     * Draws an observation on a date: available (85%) with a value in 0.0 to 100.0, otherwise not published,
     * suppressed or not collected.
     *
     * @param s  the source, not null
     * @param date  the date, not null
     * @return the observation, not null
     * @since 0.1.0
     */
    public static Observation observation(Source s, LocalDate date) {
        ObservationStatus status = List.of(ObservationStatus.values()).get(s.weighted(new int[] {85, 5, 5, 5}));
        if (status != ObservationStatus.AVAILABLE) {
            return Observation.missing(date, status);
        }
        long value = s.between(0, 1000, 500);
        Observation.Builder b = Observation.builder().date(date).value(tenths(value));
        if (s.chance(4000)) {
            b.sampleSize(s.intBetween(0, 300));
        }
        if (s.chance(2000)) {
            b.lower(tenths(value - s.between(0, 100))).upper(tenths(value + s.between(0, 100)));
        }
        if (s.chance(1000)) {
            b.note("provisional");
        }
        return b.build();
    }

    /**
     * Draws a series of up to six observations in strictly increasing date order from a first date.
     *
     * @param s  the source, not null
     * @param criterionId  the criterion id, not null
     * @param from  the earliest date, not null
     * @return the series, not null
     * @since 0.1.0
     */
    public static ObservationSeries series(Source s, String criterionId, LocalDate from) {
        int size = s.intBetween(0, 6);
        List<Observation> list = new ArrayList<>(size);
        LocalDate date = from;
        for (int i = 0; i < size; i++) {
            date = date.plusDays(s.between(1, 400, 365));
            list.add(observation(s, date));
        }
        return ObservationSeries.of(criterionId, list);
    }

    /**
     * Draws a progress record for a plan: a series for some quantitative criteria, completions for some
     * milestones, evidence for some qualitative criteria.
     *
     * @param s  the source, not null
     * @param plan  the plan, not null
     * @return the record, not null
     * @since 0.1.0
     */
    public static ProgressRecord progress(Source s, EqualityPlan plan) {
        PlanPeriod period = plan.getPeriod();
        LocalDate asOf = dateIn(s, period);
        ProgressRecord.Builder b = ProgressRecord.builder().asOf(asOf);
        List<SuccessCriterion> criteria = new ArrayList<>();
        plan.forEachCriterion((path, c) -> criteria.add(c));
        for (SuccessCriterion c : criteria) {
            c.accept(new SuccessCriterion.Visitor<Void>() {
                @Override
                public Void quantitative(QuantitativeTarget criterion) {
                    if (s.chance(7000)) {
                        b.addSeries(series(s, criterion.getId(), period.getStart().minusYears(1)));
                    }
                    return null;
                }

                @Override
                public Void milestone(Milestone criterion) {
                    if (s.chance(5000)) {
                        b.putMilestonesCompleted(criterion.getId(), dateIn(s, PlanPeriod.of(period.getStart(),
                                asOf)));
                    }
                    return null;
                }

                @Override
                public Void qualitative(QualitativeCriterion criterion) {
                    if (s.chance(5000)) {
                        b.putEvidence(criterion.getId(), "Survey results discussed with governors");
                    }
                    return null;
                }
            });
        }
        return b.build();
    }

    // ---------------------------------------------------------------- census codes

    /**
     * Approximate national shares of pupils by census main ethnicity code, in units of 0.1%, in
     * {@link CensusEthnicity} declaration order. Approximate national shares, illustrative: rounded from the
     * order of magnitude of the school census for England in the mid-2020s, not a sourced table.
     */
    private static final int[] ETHNICITY_PER_MILLE = {
        // WBRI WIRI WIRT WOTH WROM
        620, 3, 1, 70, 6,
        // MWBC MWBA MWAS MOTH
        15, 9, 18, 25,
        // AIND APKN ABAN AOTH
        37, 46, 19, 22,
        // BCRB BAFR BOTH
        10, 40, 9,
        // CHNE OOTH
        5, 23,
        // REFU NOBT
        12, 10,
    };

    /**
     * Draws a census main ethnicity code with approximate national shares, including refused and not obtained.
     *
     * @param s  the source, not null
     * @return the code, not null
     * @since 0.1.0
     */
    public static CensusEthnicity ethnicity(Source s) {
        return CensusEthnicity.values()[s.weighted(ETHNICITY_PER_MILLE)];
    }

    /**
     * Gets the approximate national shares of pupils by census main ethnicity code, in units of 0.1%, in
     * {@link CensusEthnicity} declaration order.
     *
     * @return a new array of 20 weights summing to 1000, not null
     * @since 0.1.0
     */
    public static int[] ethnicityPerMille() {
        return ETHNICITY_PER_MILLE.clone();
    }

    /**
     * Draws a census ethnicity code as written: a main code or an extended code that rolls up to one, in upper or
     * lower case.
     *
     * @param s  the source, not null
     * @return the code, not null
     * @since 0.1.0
     */
    public static String censusCode(Source s) {
        String code;
        if (s.chance(2000)) {
            code = s.pick(List.of("WENG", "WSCO", "WWEL", "WNIR", "WCOR", "WROG", "WROR", "WROO"));
        } else {
            code = ethnicity(s).name();
        }
        return s.chance(1000) ? code.toLowerCase(java.util.Locale.ROOT) : code;
    }
}
