package org.equalityduty.core.progress;

import org.equalityduty.core.internal.Codes;

/**
 * The status of one success criterion as of a date.
 *
 * <p>Quantitative criteria (and the measure tied to a qualitative criterion) take {@link #ACHIEVED},
 * {@link #ON_TRACK}, {@link #OFF_TRACK}, {@link #INCONCLUSIVE}, {@link #NOT_YET_DUE}, {@link #NO_DATA} or
 * {@link #NOT_MEASURABLE}; milestones take {@link #DONE}, {@link #OVERDUE} or {@link #NOT_YET_DUE};
 * qualitative criteria take {@link #EVIDENCE_RECORDED} or {@link #NO_EVIDENCE}.
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum CriterionStatus {
    /**
     * The latest value meets the target.
     *
     * @since 0.1.0
     */
    ACHIEVED,
    /**
     * Not yet met, but the trend projected to the deadline meets the target (or, with no deadline, moves in the stated direction).
     *
     * @since 0.1.0
     */
    ON_TRACK,
    /**
     * Not met, and the deadline has passed or the trend does not reach the target.
     *
     * @since 0.1.0
     */
    OFF_TRACK,
    /**
     * The latest value's interval includes the target, so the data cannot say whether it is met.
     *
     * @since 0.1.0
     */
    INCONCLUSIVE,
    /**
     * Not met, with too few points to project a trend; or a milestone whose due date has not passed.
     *
     * @since 0.1.0
     */
    NOT_YET_DUE,
    /**
     * No value is available; a missing year is a status, not an error.
     *
     * @since 0.1.0
     */
    NO_DATA,
    /**
     * The criterion has no numeric target to measure against.
     *
     * @since 0.1.0
     */
    NOT_MEASURABLE,
    /**
     * A milestone recorded as completed.
     *
     * @since 0.1.0
     */
    DONE,
    /**
     * A milestone not recorded as completed after its due date.
     *
     * @since 0.1.0
     */
    OVERDUE,
    /**
     * A qualitative criterion with evidence recorded.
     *
     * @since 0.1.0
     */
    EVIDENCE_RECORDED,
    /**
     * A qualitative criterion with no evidence recorded.
     *
     * @since 0.1.0
     */
    NO_EVIDENCE;

    private static final Codes<CriterionStatus> CODES = Codes.of(CriterionStatus.class, CriterionStatus::getCode);

    /**
     * Gets the stable wire code: the constant's name in lower case.
     *
     * @return the code, not null
     * @since 0.1.0
     */
    public String getCode() {
        return Codes.lowerCase(this);
    }

    /**
     * Obtains a constant from its wire code.
     *
     * @param code  the code, not null
     * @return the constant, not null
     * @throws org.equalityduty.core.InvalidValueException if the code is unknown
     * @since 0.1.0
     */
    public static CriterionStatus fromCode(String code) {
        return CODES.parse(code);
    }
}
