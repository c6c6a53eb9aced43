package org.equalityduty.testkit;

import java.util.List;

/**
 * The codes of the SMART rules of the plan assessment, shared with equality-core's assessment engine.
 *
 * <p>{@link EqualityGens#nearMiss(String)} takes one of these codes and produces a plan that breaks that rule and
 * no other.
 *
 * <p>This class holds constants only.
 *
 * @since 0.1.0
 */
public final class RuleCodes {

    /**
     * A criterion with no measure, or a quantitative target with no numeric target.
     *
     * @since 0.1.0
     */
    public static final String NOT_MEASURABLE = "smart.not-measurable";

    /**
     * A target "by 10%" (kind {@code PERCENT_AS_STATED}) on a measure whose unit is a percentage or unknown.
     *
     * @since 0.1.0
     */
    public static final String AMBIGUOUS_TARGET = "smart.ambiguous-target";

    /**
     * A quantitative target with no baseline.
     *
     * @since 0.1.0
     */
    public static final String NO_BASELINE = "smart.no-baseline";

    /**
     * A direction that contradicts the measure or the target: an increase of a gap, a decrease to a level above the
     * baseline, an increase to a level below it.
     *
     * @since 0.1.0
     */
    public static final String DIRECTION_CONTRADICTS = "smart.direction-contradicts";

    /**
     * A level target or baseline outside 0 to 100 on a share measure.
     *
     * @since 0.1.0
     */
    public static final String SHARE_OUT_OF_RANGE = "smart.share-out-of-range";

    /**
     * A decrease larger than the baseline, or a relative decrease above 100%.
     *
     * @since 0.1.0
     */
    public static final String REDUCTION_EXCEEDS_BASELINE = "smart.reduction-exceeds-baseline";

    /**
     * A negative baseline or level target on a count.
     *
     * @since 0.1.0
     */
    public static final String NEGATIVE_COUNT = "smart.negative-count";

    /**
     * A target with no deadline and no dated action, or ongoing work with no review point.
     *
     * @since 0.1.0
     */
    public static final String NOT_TIME_BOUND = "smart.not-time-bound";

    /**
     * A deadline, due date or resolved time-frame date outside the plan period.
     *
     * @since 0.1.0
     */
    public static final String DEADLINE_OUTSIDE_PERIOD = "smart.deadline-outside-period";

    /**
     * An objective with no characteristic and no group, or a measure with no focus group where its kind needs one.
     *
     * @since 0.1.0
     */
    public static final String NOT_SPECIFIC = "smart.not-specific";

    /**
     * An objective with no duty aim.
     *
     * @since 0.1.0
     */
    public static final String NOT_RELEVANT = "smart.not-relevant";

    private static final List<String> ALL = List.of(NOT_MEASURABLE, AMBIGUOUS_TARGET, NO_BASELINE,
            DIRECTION_CONTRADICTS, SHARE_OUT_OF_RANGE, REDUCTION_EXCEEDS_BASELINE, NEGATIVE_COUNT, NOT_TIME_BOUND,
            DEADLINE_OUTSIDE_PERIOD, NOT_SPECIFIC, NOT_RELEVANT);

    private RuleCodes() {
    }

    /**
     * Gets every rule code, in a fixed order.
     *
     * @return the codes, unmodifiable, not null
     * @since 0.1.0
     */
    public static List<String> all() {
        return ALL;
    }
}
