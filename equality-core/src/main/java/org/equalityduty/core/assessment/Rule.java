package org.equalityduty.core.assessment;

import java.lang.annotation.Annotation;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.equalityduty.core.InvalidValueException;
import org.equalityduty.core.constraints.AddressesProtectedCharacteristic;
import org.equalityduty.core.constraints.ConsistentDirection;
import org.equalityduty.core.constraints.DeadlinesWithinPeriod;
import org.equalityduty.core.constraints.HasBaseline;
import org.equalityduty.core.constraints.HasChildFriendlyVersion;
import org.equalityduty.core.constraints.HasObjectives;
import org.equalityduty.core.constraints.InformationUpToDate;
import org.equalityduty.core.constraints.MarriageAndCivilPartnershipAim;
import org.equalityduty.core.constraints.Measurable;
import org.equalityduty.core.constraints.NonNegativeCount;
import org.equalityduty.core.constraints.ObjectivesUpToDate;
import org.equalityduty.core.constraints.ProgressUpToDate;
import org.equalityduty.core.constraints.ProtectedForPopulation;
import org.equalityduty.core.constraints.ReadableChildFriendlyVersion;
import org.equalityduty.core.constraints.ReductionWithinBaseline;
import org.equalityduty.core.constraints.Relevant;
import org.equalityduty.core.constraints.Severity;
import org.equalityduty.core.constraints.ShareInRange;
import org.equalityduty.core.constraints.Specific;
import org.equalityduty.core.constraints.TimeBound;
import org.equalityduty.core.constraints.UnambiguousTarget;
import org.equalityduty.core.internal.Strings;
import org.jspecify.annotations.Nullable;

/**
 * The assessment rules, each with its stable code and the one constraint annotation that implements it.
 *
 * <p>A finding's code is read from the type of the constraint annotation that reported it: one annotation per
 * rule, so the code travels with the violation whatever validator produced it. Everything else about a rule is
 * defined here, once: its severity, its source, the property its fix names and its default fix (the validator may
 * give a more precise fix as Hibernate Validator's dynamic payload). The constraints are placed on the plan types
 * with their validation group only.
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Rule {
    /** {@code smart.not-measurable}: no measure, or no numeric target. */
    NOT_MEASURABLE("smart.not-measurable", SmartLetter.M, Severity.WARNING, "target",
            "SMART: measurable (docs/domain.md, section 6)", Measurable.class,
            "Tie the criterion to a measure and a numeric target, such as a survey's share of positive answers."),
    /** {@code smart.ambiguous-target}: "by N%" on a measure that is itself a percentage, or of unknown unit. */
    AMBIGUOUS_TARGET("smart.ambiguous-target", SmartLetter.M, Severity.WARNING, "target",
            "SMART: measurable (docs/domain.md, section 6)", UnambiguousTarget.class,
            "State the change in percentage points, or as a percentage of the starting value."),
    /** {@code smart.no-baseline}: a target with no starting value. */
    NO_BASELINE("smart.no-baseline", SmartLetter.M, Severity.WARNING, "baseline",
            "SMART: measurable (docs/domain.md, section 6)", HasBaseline.class,
            "State the current value and the date it refers to, so progress can be measured from it."),
    /** {@code smart.direction-contradicts}: the direction contradicts the target or the measure. */
    DIRECTION_CONTRADICTS("smart.direction-contradicts", SmartLetter.A, Severity.ERROR, "direction",
            "SMART: achievable (docs/domain.md, section 6)", ConsistentDirection.class,
            "Make the direction agree with the target: a gap that must narrow decreases."),
    /** {@code smart.share-out-of-range}: a share outside 0% to 100%. */
    SHARE_OUT_OF_RANGE("smart.share-out-of-range", SmartLetter.A, Severity.ERROR, "target",
            "SMART: achievable (docs/domain.md, section 6)", ShareInRange.class,
            "Keep shares between 0% and 100%: check the baseline and the size of the change."),
    /** {@code smart.reduction-exceeds-baseline}: a reduction larger than the starting value. */
    REDUCTION_EXCEEDS_BASELINE("smart.reduction-exceeds-baseline", SmartLetter.A, Severity.ERROR, "target",
            "SMART: achievable (docs/domain.md, section 6)", ReductionWithinBaseline.class,
            "Reduce by no more than the starting value; to close a gap completely, set a level target of 0."),
    /** {@code smart.negative-count}: a negative count. */
    NEGATIVE_COUNT("smart.negative-count", SmartLetter.A, Severity.ERROR, "target",
            "SMART: achievable (docs/domain.md, section 6)", NonNegativeCount.class,
            "Use a count of zero or more."),
    /** {@code smart.not-time-bound}: no deadline, or ongoing work with no review point. */
    NOT_TIME_BOUND("smart.not-time-bound", SmartLetter.T, Severity.WARNING, "timeFrame",
            "SMART: time-bound (docs/domain.md, section 6)", TimeBound.class,
            "Add a date inside the plan period, or a review point such as termly or annually."),
    /** {@code smart.deadline-outside-period}: a date outside the plan period. */
    DEADLINE_OUTSIDE_PERIOD("smart.deadline-outside-period", SmartLetter.T, Severity.ERROR, "deadline",
            "SMART: time-bound (docs/domain.md, section 6)", DeadlinesWithinPeriod.class,
            "Move the date inside the plan period, or extend the period."),
    /** {@code smart.not-specific}: no characteristic or group, or a measure without a focus group. */
    NOT_SPECIFIC("smart.not-specific", SmartLetter.S, Severity.WARNING, "groups",
            "SMART: specific (docs/domain.md, section 6)", Specific.class,
            "Name the group the work is for and, for gaps, the group it is compared with."),
    /** {@code smart.not-relevant}: no aim of the general duty. */
    NOT_RELEVANT("smart.not-relevant", SmartLetter.R, Severity.WARNING, "aims",
            "Equality Act 2010 s.149(1); SMART: relevant (docs/domain.md, section 6)", Relevant.class,
            "Say which aim of the general duty the objective serves: (a), (b) or (c) of s.149(1)."),
    /** {@code duty.no-objectives}: a plan with no objectives. */
    NO_OBJECTIVES("duty.no-objectives", null, Severity.ERROR, "objectives",
            "specific duties: SI 2017/353 (England), SI 2011/1064 (Wales), SSI 2012/162 (Scotland)", HasObjectives.class,
            "Add at least one objective."),
    /** {@code duty.objectives-overdue}: objectives older than the jurisdiction's cycle. */
    OBJECTIVES_OVERDUE("duty.objectives-overdue", null, Severity.ERROR, "publishedOn",
            "specific duties: objectives at least every 4 years (SI 2017/353, SI 2011/1064, SSI 2012/162)", ObjectivesUpToDate.class,
            "Review the objectives and publish them again, with the date of publication."),
    /** {@code duty.information-overdue}: equality information older than the jurisdiction's cycle. */
    INFORMATION_OVERDUE("duty.information-overdue", null, Severity.ERROR, "informationPublishedOn",
            "specific duties: equality information yearly in England (SI 2017/353) and Wales (SI 2011/1064), every 2 years in Scotland (SSI 2012/162)", InformationUpToDate.class,
            "Publish up-to-date equality information and record the date."),
    /** {@code duty.progress-overdue}: progress not reported within the jurisdiction's cycle. */
    PROGRESS_OVERDUE("duty.progress-overdue", null, Severity.ERROR, "progressReportDates",
            "specific duties: a progress report every 2 years in Scotland (SSI 2012/162), yearly in Wales (SI 2011/1064)", ProgressUpToDate.class,
            "Publish a progress report on the objectives and record the date."),
    /** {@code duty.characteristic-not-protected-for-pupils}: age, or marriage and civil partnership, for pupils. */
    CHARACTERISTIC_NOT_PROTECTED_FOR_PUPILS("duty.characteristic-not-protected-for-pupils", null, Severity.ERROR, "characteristics",
            "Equality Act 2010 s.84 and Schedule 18 para 1",
            ProtectedForPopulation.class,
            "Remove the characteristic for pupils, or aim the objective at staff, where it is protected."),
    /** {@code duty.marriage-aim}: marriage and civil partnership tied to aims (b) or (c). */
    MARRIAGE_AIM("duty.marriage-aim", null, Severity.ERROR, "aims",
            "Equality Act 2010 s.149(7)", MarriageAndCivilPartnershipAim.class,
            "Tie marriage and civil partnership to aim (a), eliminating discrimination, only."),
    /** {@code duty.non-protected-only}: every objective is about groups that are not protected characteristics. */
    NON_PROTECTED_ONLY("duty.non-protected-only", null, Severity.ADVICE, "characteristics",
            "Equality Act 2010 ss.4 and 149(1)", AddressesProtectedCharacteristic.class,
            "Consider adding an objective for a protected characteristic, such as sex, race or disability."),
    /** {@code child.missing}: an objective about pupils without a child-friendly version. */
    CHILD_MISSING("child.missing", null, Severity.ADVICE, "childFriendlyVersion",
            "DfE: publish in an accessible format (docs/domain.md, section 2)", HasChildFriendlyVersion.class,
            "Add a short child-friendly version in everyday words."),
    /** {@code child.hard-to-read}: a child-friendly version that is hard for a primary pupil. */
    CHILD_HARD_TO_READ("child.hard-to-read", null, Severity.ADVICE, "childFriendlyVersion",
            "DfE: publish in an accessible format (docs/domain.md, section 2)", ReadableChildFriendlyVersion.class,
            "Use shorter sentences and shorter, everyday words.");

    private static final Map<Class<? extends Annotation>, Rule> BY_ANNOTATION = new HashMap<>();
    private static final Map<String, Rule> BY_CODE = new HashMap<>();

    static {
        for (Rule r : values()) {
            BY_ANNOTATION.put(r.annotation, r);
            BY_CODE.put(r.code, r);
        }
    }

    private final String code;
    private final @Nullable SmartLetter letter;
    private final Severity severity;
    private final String fixField;
    private final String source;
    private final Class<? extends Annotation> annotation;
    private final String defaultFix;

    Rule(String code, @Nullable SmartLetter letter, Severity severity, String fixField, String source,
            Class<? extends Annotation> annotation, String defaultFix) {
        this.code = code;
        this.letter = letter;
        this.severity = severity;
        this.fixField = fixField;
        this.source = source;
        this.annotation = annotation;
        this.defaultFix = defaultFix;
    }

    /**
     * Gets the severity of a finding of this rule, wherever its constraint is placed.
     *
     * @return the severity, not null
     * @since 0.2.0
     */
    public Severity getSeverity() {
        return severity;
    }

    /**
     * Gets the property that the suggested fix asks to change, on the element the finding is reported at.
     *
     * @return the property, such as {@code baseline} or {@code childFriendlyVersion}, not null
     * @since 0.2.0
     */
    public String getFixField() {
        return fixField;
    }

    /**
     * Gets where the rule comes from: the legislation, or the repository's domain reference for SMART.
     *
     * @return the source, such as {@code Equality Act 2010 s.149(7)}, not null
     * @since 0.2.0
     */
    public String getSource() {
        return source;
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
     * Gets the constraint annotation type that implements this rule.
     *
     * @return the annotation type, not null
     * @since 0.1.0
     */
    public Class<? extends Annotation> getAnnotationType() {
        return annotation;
    }

    /**
     * Gets the suggested fix used when a violation carries none of its own.
     *
     * @return the fix, not null
     * @since 0.1.0
     */
    public String getDefaultFix() {
        return defaultFix;
    }

    /**
     * Finds the rule implemented by a constraint annotation type.
     *
     * @param annotationType  the annotation type, not null
     * @return the rule, empty if the annotation is not an assessment rule (such as {@code @NotBlank}), not null
     * @since 0.1.0
     */
    public static Optional<Rule> forAnnotation(Class<? extends Annotation> annotationType) {
        return Optional.ofNullable(BY_ANNOTATION.get(Objects.requireNonNull(annotationType, "annotationType")));
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
