package org.equalityduty.core.assessment;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.equalityduty.core.InvalidValueException;
import org.equalityduty.core.assessment.rules.AddressesProtectedCharacteristicRule;
import org.equalityduty.core.assessment.rules.BaselineAfterDeadlineRule;
import org.equalityduty.core.assessment.rules.Check;
import org.equalityduty.core.assessment.rules.ConsistentDirectionRule;
import org.equalityduty.core.assessment.rules.DeadlinesWithinPeriodRule;
import org.equalityduty.core.assessment.rules.FocusIsEveryoneRule;
import org.equalityduty.core.assessment.rules.FocusIsReferenceRule;
import org.equalityduty.core.assessment.rules.HasBaselineRule;
import org.equalityduty.core.assessment.rules.HasChildFriendlyVersionRule;
import org.equalityduty.core.assessment.rules.HasObjectivesRule;
import org.equalityduty.core.assessment.rules.InformationRecordedRule;
import org.equalityduty.core.assessment.rules.InformationUpToDateRule;
import org.equalityduty.core.assessment.rules.MarriageAndCivilPartnershipAimRule;
import org.equalityduty.core.assessment.rules.MeasurableRule;
import org.equalityduty.core.assessment.rules.NonNegativeCountRule;
import org.equalityduty.core.assessment.rules.ObjectivesUpToDateRule;
import org.equalityduty.core.assessment.rules.OutputNotOutcomeRule;
import org.equalityduty.core.assessment.rules.PeriodExceedsCycleRule;
import org.equalityduty.core.assessment.rules.PopulationMismatchRule;
import org.equalityduty.core.assessment.rules.AgeByProxyRule;
import org.equalityduty.core.assessment.rules.ToleranceUnstatedRule;
import org.equalityduty.core.assessment.rules.MeasureNotPublishedRule;
import org.equalityduty.core.assessment.rules.BenchmarkUnstatedRule;
import org.equalityduty.core.assessment.rules.PeriodUnstatedRule;
import org.equalityduty.core.assessment.rules.ProgressUpToDateRule;
import org.equalityduty.core.assessment.rules.ProtectedForPopulationRule;
import org.equalityduty.core.assessment.rules.ReadableChildFriendlyVersionRule;
import org.equalityduty.core.assessment.rules.ReductionWithinBaselineRule;
import org.equalityduty.core.assessment.rules.RelevantRule;
import org.equalityduty.core.assessment.rules.ShareInRangeRule;
import org.equalityduty.core.assessment.rules.SpecificRule;
import org.equalityduty.core.assessment.rules.TimeBoundRule;
import org.equalityduty.core.assessment.rules.UnambiguousTargetRule;
import org.equalityduty.core.assessment.rules.ValueOutOfScaleRule;
import org.equalityduty.core.constraints.Severity;
import org.equalityduty.core.internal.Strings;
import org.jspecify.annotations.Nullable;

/**
 * The assessment rules, defined here once each: the stable code, the SMART letter a finding denies, the severity,
 * the field of the plan document its fix names, the source in law or guidance, the one fix text, and the check that
 * implements it. This list is also the registration: {@link PlanAssessor} runs every constant's check, in this order.
 *
 * <p>Adding a rule means one constant here and one {@code Check} class (with its test) in the rule package, which is
 * not exported; the check reports only where and what (the message), everything else comes from the constant.
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Rule {
    /**
     * {@code smart.not-measurable}: no measure, or no numeric target.
     *
     * @since 0.1.0
     */
    NOT_MEASURABLE("smart.not-measurable", SmartLetter.M, Severity.WARNING, "target",
            "SMART: measurable (docs/domain.md, section 6)",
            "Set target: a level to reach (such as 30%) or a change from the baseline, in the measure's "
                    + "unit; a criterion with no measure needs a measure as well, and an objective with no criteria "
                    + "needs successCriteria.",
            MeasurableRule::new),
    /**
     * {@code smart.ambiguous-target}: "by N%" on a measure that is itself a percentage, or of unknown unit.
     *
     * @since 0.1.0
     */
    AMBIGUOUS_TARGET("smart.ambiguous-target", SmartLetter.M, Severity.WARNING, "target",
            "SMART: measurable (docs/domain.md, section 6)",
            "Restate target.kind in percentage points or as a percentage of the starting value, not \"by "
                    + "N%\", and give the baseline.",
            UnambiguousTargetRule::new),
    /**
     * {@code smart.no-baseline}: a target with no starting value.
     *
     * @since 0.1.0
     */
    NO_BASELINE("smart.no-baseline", SmartLetter.M, Severity.WARNING, "baseline",
            "SMART: measurable (docs/domain.md, section 6)",
            "Set baseline: the current value and the date it refers to, so progress can be measured from it.",
            HasBaselineRule::new),
    /**
     * {@code smart.direction-contradicts}: the direction contradicts the target or the measure.
     *
     * @since 0.1.0
     */
    DIRECTION_CONTRADICTS("smart.direction-contradicts", SmartLetter.A, Severity.ERROR, "direction",
            "SMART: achievable (docs/domain.md, section 6)",
            "Make direction agree with the target: a gap that must narrow, or a target below the baseline, "
                    + "decreases.",
            ConsistentDirectionRule::new),
    /**
     * {@code smart.share-out-of-range}: a share outside 0% to 100%.
     *
     * @since 0.1.0
     */
    SHARE_OUT_OF_RANGE("smart.share-out-of-range", SmartLetter.A, Severity.ERROR, "target",
            "SMART: achievable (docs/domain.md, section 6)",
            "Keep baseline and target between 0% and 100%: check the baseline, the target and the size of "
                    + "the change.",
            ShareInRangeRule::new),
    /**
     * {@code smart.reduction-exceeds-baseline}: a reduction larger than the starting value.
     *
     * @since 0.1.0
     */
    REDUCTION_EXCEEDS_BASELINE("smart.reduction-exceeds-baseline", SmartLetter.A, Severity.ERROR, "target",
            "SMART: achievable (docs/domain.md, section 6)",
            "Reduce target by no more than the baseline; to close a gap completely, set a level target of 0.",
            ReductionWithinBaselineRule::new),
    /**
     * {@code smart.negative-count}: a negative count.
     *
     * @since 0.1.0
     */
    NEGATIVE_COUNT("smart.negative-count", SmartLetter.A, Severity.ERROR, "target",
            "SMART: achievable (docs/domain.md, section 6)",
            "Use a count of zero or more in baseline and target.",
            NonNegativeCountRule::new),
    /**
     * {@code smart.not-time-bound}: no deadline, or ongoing work with no review point.
     *
     * @since 0.1.0
     */
    NOT_TIME_BOUND("smart.not-time-bound", SmartLetter.T, Severity.WARNING, "timeFrame",
            "SMART: time-bound (docs/domain.md, section 6)",
            "Add a date inside the plan period (a deadline on the criterion, a timeFrame on the action or a "
                    + "targetDate on the objective) or, for ongoing work, a review point such as termly or annually.",
            TimeBoundRule::new),
    /**
     * {@code smart.deadline-outside-period}: a date outside the plan period.
     *
     * @since 0.1.0
     */
    DEADLINE_OUTSIDE_PERIOD("smart.deadline-outside-period", SmartLetter.T, Severity.ERROR, "deadline",
            "SMART: time-bound (docs/domain.md, section 6)",
            "Move the date (deadline, timeFrame or targetDate) inside the plan period, or extend period.",
            DeadlinesWithinPeriodRule::new),
    /**
     * {@code smart.not-specific}: no characteristic or group, or a measure without a focus group.
     *
     * @since 0.1.0
     */
    NOT_SPECIFIC("smart.not-specific", SmartLetter.S, Severity.WARNING, "groups",
            "SMART: specific (docs/domain.md, section 6)",
            "Name who the work is for in characteristics or groups, and in the measure's focusGroup (for a "
                    + "gap, also its reference: the group it is compared with).",
            SpecificRule::new),
    /**
     * {@code smart.not-relevant}: no aim of the general duty.
     *
     * @since 0.1.0
     */
    NOT_RELEVANT("smart.not-relevant", SmartLetter.R, Severity.WARNING, "aims",
            "Equality Act 2010 s.149(1); SMART: relevant (docs/domain.md, section 6)",
            "Say in aims which aim of the general duty the objective serves: eliminating discrimination, "
                    + "advancing equality of opportunity or fostering good relations (s.149(1)(a), (b) or (c)); "
                    + "where the plan states them once for all its objectives, say so in the plan's aims.",
            RelevantRule::new),
    /**
     * {@code duty.no-objectives}: a plan with no objectives.
     *
     * @since 0.1.0
     */
    NO_OBJECTIVES("duty.no-objectives", null, Severity.ERROR, "objectives",
            "specific duties: SI 2017/353 (England), SI 2011/1064 (Wales), SSI 2012/162 (Scotland)",
            "Add at least one entry to objectives, with why it was chosen and how progress will be measured.",
            HasObjectivesRule::new),
    /**
     * {@code duty.objectives-overdue}: objectives older than the jurisdiction's cycle.
     *
     * @since 0.1.0
     */
    OBJECTIVES_OVERDUE("duty.objectives-overdue", null, Severity.ERROR, "publishedOn",
            "specific duties: objectives at least every 4 years (SI 2017/353, SI 2011/1064, SSI 2012/162)",
            "Review the objectives, publish them again and record the date in publishedOn.",
            ObjectivesUpToDateRule::new),
    /**
     * {@code duty.information-overdue}: the recorded equality information is older than the jurisdiction's cycle.
     *
     * @since 0.1.0
     */
    INFORMATION_OVERDUE("duty.information-overdue", null, Severity.ERROR, "informationPublishedOn",
            "specific duties: equality information yearly in England (SI 2017/353) and Wales (SI "
                    + "2011/1064), every 2 years in Scotland (SSI 2012/162)",
            "Publish up-to-date equality information and add the date to informationPublishedOn.",
            InformationUpToDateRule::new),
    /**
     * {@code duty.progress-overdue}: progress not reported within the jurisdiction's cycle.
     *
     * @since 0.1.0
     */
    PROGRESS_OVERDUE("duty.progress-overdue", null, Severity.ERROR, "progressReportDates",
            "specific duties: a progress report every 2 years in Scotland (SSI 2012/162), yearly in Wales "
                    + "(SI 2011/1064)",
            "Publish a progress report on the objectives and add its date to progressReportDates.",
            ProgressUpToDateRule::new),
    /**
     * {@code duty.characteristic-not-protected-for-pupils}: age, or marriage and civil partnership, for pupils.
     *
     * @since 0.1.0
     */
    CHARACTERISTIC_NOT_PROTECTED_FOR_PUPILS("duty.characteristic-not-protected-for-pupils", null, Severity.ERROR,
            "characteristics",
            "Equality Act 2010 s.84 and Schedule 18 para 1",
            "Remove the characteristic from characteristics, or add staff to populations if that part of "
                    + "the objective is about staff, for whom it is protected.",
            ProtectedForPopulationRule::new),
    /**
     * {@code duty.marriage-aim}: marriage and civil partnership tied to aims (b) or (c).
     *
     * @since 0.1.0
     */
    MARRIAGE_AIM("duty.marriage-aim", null, Severity.ERROR, "aims",
            "Equality Act 2010 s.149(7)",
            "Tie marriage and civil partnership to aim (a) in aims (eliminate_discrimination), or remove it "
                    + "from characteristics.",
            MarriageAndCivilPartnershipAimRule::new),
    /**
     * {@code duty.non-protected-only}: every objective is about groups that are not protected characteristics.
     *
     * @since 0.1.0
     */
    NON_PROTECTED_ONLY("duty.non-protected-only", null, Severity.ADVICE, "characteristics",
            "Equality Act 2010 ss.4 and 149(1)",
            "Consider adding an objective for a protected characteristic, such as sex, race or disability, "
                    + "or naming in characteristics those your objectives also serve.",
            AddressesProtectedCharacteristicRule::new),
    /**
     * {@code child.missing}: an objective about pupils without a child-friendly version.
     *
     * @since 0.1.0
     */
    CHILD_MISSING("child.missing", null, Severity.ADVICE, "childFriendlyVersion",
            "DfE: publish in an accessible format (docs/domain.md, section 2)",
            "Add childFriendlyVersion: a short version in everyday words, so pupils can see what the school "
                    + "is doing for them.",
            HasChildFriendlyVersionRule::new),
    /**
     * {@code child.hard-to-read}: a child-friendly version that is hard for a primary pupil.
     *
     * @since 0.1.0
     */
    CHILD_HARD_TO_READ("child.hard-to-read", null, Severity.ADVICE, "childFriendlyVersion",
            "DfE: publish in an accessible format (docs/domain.md, section 2)",
            "Rewrite childFriendlyVersion with shorter sentences and shorter, everyday words.",
            () -> new ReadableChildFriendlyVersionRule(text -> Readability.of(text).getReadingEase())),
    /**
     * {@code duty.information-unrecorded}: the plan records no date of publication of equality information.
     *
     * @since 0.2.0
     */
    INFORMATION_UNRECORDED("duty.information-unrecorded", null, Severity.WARNING, "informationPublishedOn",
            "specific duties: equality information yearly in England (SI 2017/353) and Wales (SI "
                    + "2011/1064), every 2 years in Scotland (SSI 2012/162)",
            "Record in informationPublishedOn the date the equality information was last published.",
            InformationRecordedRule::new),
    /**
     * {@code duty.period-exceeds-cycle}: a plan period longer than the jurisdiction's objectives cycle.
     *
     * @since 0.2.0
     */
    PERIOD_EXCEEDS_CYCLE("duty.period-exceeds-cycle", null, Severity.WARNING, "period",
            "specific duties: objectives at least every 4 years (SI 2017/353, SI 2011/1064, SSI 2012/162; "
                    + "docs/domain.md, section 2)",
            "Shorten period so that period.end falls within one objectives cycle of period.start, or plan to "
                    + "review and publish new objectives before the cycle ends.",
            PeriodExceedsCycleRule::new),
    /**
     * {@code smart.output-not-outcome}: an objective whose only criteria are one-off tasks.
     *
     * @since 0.2.0
     */
    OUTPUT_NOT_OUTCOME("smart.output-not-outcome", SmartLetter.M, Severity.WARNING, "successCriteria",
            "SMART: measurable outcomes (docs/domain.md, section 6); specific duties: specific and measurable "
                    + "objectives (docs/domain.md, section 2)",
            "Add to successCriteria an outcome: a measure of the change for the people the objective is for, "
                    + "with a baseline and a target; keep the tasks as actions.",
            OutputNotOutcomeRule::new),
    /**
     * {@code smart.value-out-of-scale}: a baseline or target outside the measure's scale (KS2 scaled scores).
     *
     * @since 0.2.0
     */
    VALUE_OUT_OF_SCALE("smart.value-out-of-scale", SmartLetter.A, Severity.ERROR, "target",
            "STA: KS2 scaled scores run from 80 to 120 (docs/domain.md, section 3)",
            "Keep baseline and target within the measure's scale: KS2 scaled scores run from 80 to 120, and "
                    + "100 is the expected standard.",
            ValueOutOfScaleRule::new),
    /**
     * {@code smart.baseline-after-deadline}: a baseline dated after the criterion's deadline.
     *
     * @since 0.2.0
     */
    BASELINE_AFTER_DEADLINE("smart.baseline-after-deadline", SmartLetter.T, Severity.ERROR, "baseline",
            "SMART: measurable and time-bound (docs/domain.md, section 6)",
            "Check baseline.date and the deadline: the starting value must be dated before the date by which "
                    + "the target is to be reached.",
            BaselineAfterDeadlineRule::new),
    /**
     * {@code smart.focus-is-reference}: a measure that compares its focus group with itself.
     *
     * @since 0.2.0
     */
    FOCUS_IS_REFERENCE("smart.focus-is-reference", SmartLetter.S, Severity.ERROR, "reference",
            "SMART: specific (docs/domain.md, section 6)",
            "Compare the focus group with a different group in the measure's reference, such as the rest of "
                    + "the population or the other sex.",
            FocusIsReferenceRule::new),
    /**
     * {@code smart.focus-is-everyone}: a group that is everyone, so that no inequality is targeted.
     *
     * @since 0.2.0
     */
    FOCUS_IS_EVERYONE("smart.focus-is-everyone", SmartLetter.S, Severity.WARNING, "groups",
            "SMART: specific (docs/domain.md, section 6); Equality Act 2010 s.149(1)",
            "Name in groups (or the measure's focusGroup) the people whose outcomes differ, such as "
                    + "disadvantaged pupils or girls, rather than everyone.",
            FocusIsEveryoneRule::new),
    /**
     * {@code smart.population-mismatch}: a criterion measuring a population the objective is not about.
     *
     * @since 0.2.0
     */
    POPULATION_MISMATCH("smart.population-mismatch", SmartLetter.S, Severity.WARNING, "population",
            "SMART: specific (docs/domain.md, section 6)",
            "Measure the people the objective is for (the measure's population), or add the measured "
                    + "population to the objective's populations.",
            PopulationMismatchRule::new),
    /**
     * {@code duty.period-unstated}: no period, or a start and no end, and no next review.
     *
     * @since 0.2.0
     */
    PERIOD_UNSTATED("duty.period-unstated", null, Severity.WARNING, "period",
            "specific duties: objectives at least every 4 years (SI 2017/353; docs/domain.md, section 2)",
            "State the plan's period in period (start and end, such as 2025/26 to 2028/29), or the date of its "
                    + "next review in review.next.",
            PeriodUnstatedRule::new),
    /**
     * {@code smart.benchmark-unstated}: an external benchmark with no figure.
     *
     * @since 0.2.0
     */
    BENCHMARK_UNSTATED("smart.benchmark-unstated", SmartLetter.M, Severity.WARNING, "value",
            "SMART: measurable (docs/domain.md, sections 3 and 6)",
            "Give the benchmark's value, with the year it refers to and its source (such as DfE national "
                    + "statistics for that year and phase).",
            BenchmarkUnstatedRule::new),
    /**
     * {@code smart.measure-not-published}: a measure DfE does not publish in years the criterion covers.
     *
     * @since 0.2.0
     */
    MEASURE_NOT_PUBLISHED("smart.measure-not-published", SmartLetter.M, Severity.WARNING, "measure",
            "DfE: Primary school accountability in 2025, technical guide; Secondary accountability measures "
                    + "(updated 5 December 2024); School and college accountability, 2020 to 2021 academic year "
                    + "(docs/domain.md, section 3)",
            "Choose a measure that is published in the years the criterion covers (attainment rather than "
                    + "progress in those years), or an internal measure with its method, and say so in measure.",
            MeasureNotPublishedRule::new),
    /**
     * {@code smart.tolerance-unstated}: "in line with" with no margin.
     *
     * @since 0.2.0
     */
    TOLERANCE_UNSTATED("smart.tolerance-unstated", SmartLetter.M, Severity.WARNING, "tolerance",
            "SMART: measurable (docs/domain.md, section 6)",
            "Give inLineWith a tolerance: how far from the benchmark still counts as in line, in the measure's "
                    + "unit (such as 2 percentage points).",
            ToleranceUnstatedRule::new),
    /**
     * {@code duty.age-by-proxy}: an objective for pupils drawn by year group.
     *
     * @since 0.2.0
     */
    AGE_BY_PROXY("duty.age-by-proxy", null, Severity.WARNING, "groups",
            "Equality Act 2010 s.84 and Schedule 18 para 1 (docs/domain.md, sections 1 and 3)",
            "Draw the objective's groups by a characteristic that is protected for pupils (sex, race, disability) "
                    + "or by disadvantage, and keep year groups as the cohort a measure is taken in.",
            AgeByProxyRule::new);

    private static final Map<String, Rule> BY_CODE = new HashMap<>();

    static {
        for (Rule r : values()) {
            BY_CODE.put(r.code, r);
        }
    }

    private final String code;
    private final @Nullable SmartLetter letter;
    private final Severity severity;
    private final String fixField;
    private final String source;
    private final String fix;
    // Every check is a stateless pure function of the plan and the date (its fields, if any, are final and immutable).
    @SuppressWarnings("ImmutableEnumChecker")
    private final Check check;

    Rule(String code, @Nullable SmartLetter letter, Severity severity, String fixField, String source, String fix,
            Supplier<Check> check) {
        this.code = code;
        this.letter = letter;
        this.severity = severity;
        this.fixField = fixField;
        this.source = source;
        this.fix = fix;
        this.check = check.get();
    }

    /**
     * Gets the stable code.
     *
     * @return the code, such as {@code smart.no-baseline}, not null
     * @since 0.1.0
     */
    public String getCode() {
        return code;
    }

    /**
     * Gets the SMART letter that a finding of this rule denies.
     *
     * @return the letter, empty for duty and child-friendly rules, not null
     * @since 0.1.0
     */
    public Optional<SmartLetter> getSmartLetter() {
        return Optional.ofNullable(letter);
    }

    /**
     * Gets the severity of a finding of this rule.
     *
     * @return the severity, not null
     * @since 0.2.0
     */
    public Severity getSeverity() {
        return severity;
    }

    /**
     * Gets the field of the plan document that the fix asks to fill in or change, on the element the finding is
     * reported at (or one of its parts).
     *
     * @return the field's name in the plan document, such as {@code baseline} or {@code childFriendlyVersion}, not null
     * @since 0.2.0
     */
    public String getFixField() {
        return fixField;
    }

    /**
     * Gets where the rule comes from: the legislation, guidance, or the repository's domain reference.
     *
     * @return the source, such as {@code Equality Act 2010 s.149(7)}, not null
     * @since 0.2.0
     */
    public String getSource() {
        return source;
    }

    /**
     * Gets the suggested fix, which names the field of {@link #getFixField()}.
     *
     * @return the fix, not null
     * @since 0.2.0
     */
    public String getFix() {
        return fix;
    }

    /** The check that implements the rule. */
    Check check() {
        return check;
    }

    static Optional<Rule> fromCodeOptional(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    /**
     * Obtains a rule from its code.
     *
     * @param code  the code, such as {@code smart.no-baseline}, not null
     * @return the rule, not null
     * @throws InvalidValueException if the code is unknown
     * @since 0.1.0
     */
    public static Rule fromCode(String code) {
        Rule r = BY_CODE.get(Objects.requireNonNull(code, "code"));
        if (r == null) {
            throw new InvalidValueException("rule code '" + Strings.abbreviate(code) + "' is unknown");
        }
        return r;
    }
}
