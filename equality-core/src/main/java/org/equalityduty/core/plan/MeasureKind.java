package org.equalityduty.core.plan;

import java.util.Optional;
import org.equalityduty.core.InvalidValueException;
import org.equalityduty.core.internal.Codes;
import org.jspecify.annotations.Nullable;

/**
 * What a measure computes.
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum MeasureKind {
    /**
     * The difference in attainment between a focus group and a reference, reference minus focus group (positive when
     * the focus group does worse, as for the gap index and the pay gap); its unit depends on the outcome.
     *
     * @since 0.1.0
     */
    ATTAINMENT_GAP(null, true, false),
    /**
     * The share of a group reaching a standard, such as % meeting the expected standard.
     *
     * @since 0.1.0
     */
    ATTAINMENT_RATE(MeasureUnit.PERCENT, false, true),
    /**
     * A group's mean score, such as a mean scaled score or Attainment 8.
     *
     * @since 0.1.0
     */
    MEAN_SCORE(MeasureUnit.SCORE, false, false),
    /**
     * The DfE disadvantage gap index, 0 (no gap) to 10.
     *
     * @since 0.1.0
     */
    GAP_INDEX(MeasureUnit.INDEX, true, false),
    /**
     * A group's share of a population, such as the share of staff who are men.
     *
     * @since 0.1.0
     */
    REPRESENTATION_SHARE(MeasureUnit.PERCENT, false, true),
    /**
     * A count of people or events, such as applicants or reported incidents.
     *
     * @since 0.1.0
     */
    COUNT(MeasureUnit.COUNT, false, false),
    /**
     * A rate such as attendance or exclusions.
     *
     * @since 0.1.0
     */
    RATE(MeasureUnit.PERCENT, false, true),
    /**
     * A pay gap: (A - B) / A x 100 with A the reference's pay.
     *
     * @since 0.1.0
     */
    PAY_GAP(MeasureUnit.PERCENT, true, false),
    /**
     * The share of people with a known value for a characteristic.
     *
     * @since 0.1.0
     */
    DISCLOSURE_RATE(MeasureUnit.PERCENT, false, true),
    /**
     * The share of survey respondents answering positively.
     *
     * @since 0.1.0
     */
    SURVEY_POSITIVE_RATE(MeasureUnit.PERCENT, false, true),
    /**
     * The share of a group's applicants selected at a stage (shortlisted, appointed).
     *
     * @since 0.1.0
     */
    SELECTION_RATE(MeasureUnit.PERCENT, false, true),
    /**
     * Attendance: sessions attended / possible sessions x 100 (DfE).
     *
     * @since 0.2.0
     */
    ATTENDANCE_RATE(MeasureUnit.PERCENT, false, true),
    /**
     * Overall absence: sessions missed / possible sessions x 100 (DfE).
     *
     * @since 0.2.0
     */
    ABSENCE_RATE(MeasureUnit.PERCENT, false, true),
    /**
     * Persistent absence: the share of pupils missing 10% or more of their possible sessions (DfE).
     *
     * @since 0.2.0
     */
    PERSISTENT_ABSENCE_RATE(MeasureUnit.PERCENT, false, true),
    /**
     * Punctuality: the share of attended sessions with a late mark.
     *
     * @since 0.2.0
     */
    LATE_RATE(MeasureUnit.PERCENT, false, true),
    /**
     * Suspensions (fixed-term exclusions) / pupils on roll x 100 (DfE); a pupil may count more than once, so the
     * rate can exceed 100.
     *
     * @since 0.2.0
     */
    SUSPENSION_RATE(MeasureUnit.PERCENT, false, false),
    /**
     * Pupils with one or more suspensions / pupils on roll x 100 (DfE).
     *
     * @since 0.2.0
     */
    SUSPENDED_PUPILS_RATE(MeasureUnit.PERCENT, false, true),
    /**
     * The number of suspensions (fixed-term exclusions).
     *
     * @since 0.2.0
     */
    SUSPENSION_COUNT(MeasureUnit.COUNT, false, false),
    /**
     * Permanent exclusions / pupils on roll x 100 (DfE).
     *
     * @since 0.2.0
     */
    PERMANENT_EXCLUSION_RATE(MeasureUnit.PERCENT, false, true),
    /**
     * The number of permanent exclusions.
     *
     * @since 0.2.0
     */
    PERMANENT_EXCLUSION_COUNT(MeasureUnit.COUNT, false, false),
    /**
     * The share of a group taking part in something (clubs, trips, parents' evenings); the measure's description
     * says in what.
     *
     * @since 0.2.0
     */
    PARTICIPATION_RATE(MeasureUnit.PERCENT, false, true),
    /**
     * The number of recorded incidents; the measure's description says of what (prejudice-related, racist,
     * bullying).
     *
     * @since 0.2.0
     */
    INCIDENT_COUNT(MeasureUnit.COUNT, false, false),
    /**
     * A progress measure: KS2 progress scores (key stage 2) or Progress 8 (key stage 4); not published in some
     * years (see {@link Measure#notPublishedReason(java.time.LocalDate)}).
     *
     * @since 0.2.0
     */
    PROGRESS_SCORE(MeasureUnit.SCORE, false, false);

    private static final Codes<MeasureKind> CODES = Codes.of(MeasureKind.class, MeasureKind::getCode);

    private final @Nullable MeasureUnit naturalUnit;
    private final boolean gap;
    private final boolean share;

    MeasureKind(@Nullable MeasureUnit naturalUnit, boolean gap, boolean share) {
        this.naturalUnit = naturalUnit;
        this.gap = gap;
        this.share = share;
    }

    /**
     * Gets the unit this kind of measure is naturally expressed in.
     *
     * @return the unit, empty for attainment gaps (points of a rate, or score points), not null
     * @since 0.1.0
     */
    public Optional<MeasureUnit> getNaturalUnit() {
        return Optional.ofNullable(naturalUnit);
    }

    /**
     * Checks whether this kind measures a gap between groups, so that narrowing means decreasing.
     *
     * @return true for attainment gaps, the gap index and pay gaps
     * @since 0.1.0
     */
    public boolean isGap() {
        return gap;
    }

    /**
     * Checks whether this kind is a share bounded by 0% and 100%.
     *
     * @return true for rates and shares
     * @since 0.1.0
     */
    public boolean isShare() {
        return share;
    }

    /**
     * Gets the stable wire code.
     *
     * @return the code, not null
     * @since 0.1.0
     */
    public String getCode() {
        return Codes.lowerCase(this);
    }

    /**
     * Obtains a kind from its wire code.
     *
     * @param code  the code, not null
     * @return the kind, not null
     * @throws InvalidValueException if the code is unknown
     * @since 0.1.0
     */
    public static MeasureKind fromCode(String code) {
        return CODES.parse(code);
    }
}
