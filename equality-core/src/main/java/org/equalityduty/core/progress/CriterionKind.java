package org.equalityduty.core.progress;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.equalityduty.core.internal.Codes;

/**
 * The kind of success criterion a progress entry is about, mirroring the closed family
 * {@link org.equalityduty.core.plan.SuccessCriterion}.
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum CriterionKind {
    /**
     * A {@link org.equalityduty.core.plan.QuantitativeTarget}.
     *
     * @since 0.1.0
     */
    QUANTITATIVE,
    /**
     * A {@link org.equalityduty.core.plan.Milestone}.
     *
     * @since 0.1.0
     */
    MILESTONE,
    /**
     * A {@link org.equalityduty.core.plan.QualitativeCriterion}.
     *
     * @since 0.1.0
     */
    QUALITATIVE;

    private static final Codes<CriterionKind> CODES = Codes.of(CriterionKind.class, CriterionKind::getCode);
    private static final Map<CriterionKind, Set<CriterionStatus>> STATUSES = new EnumMap<>(Map.of(
            QUANTITATIVE, Collections.unmodifiableSet(EnumSet.of(CriterionStatus.ACHIEVED, CriterionStatus.ON_TRACK,
                    CriterionStatus.OFF_TRACK, CriterionStatus.INCONCLUSIVE, CriterionStatus.NOT_YET_DUE,
                    CriterionStatus.NO_DATA, CriterionStatus.NOT_MEASURABLE)),
            MILESTONE, Collections.unmodifiableSet(EnumSet.of(CriterionStatus.DONE, CriterionStatus.OVERDUE,
                    CriterionStatus.NOT_YET_DUE)),
            QUALITATIVE, Collections.unmodifiableSet(EnumSet.of(CriterionStatus.EVIDENCE_RECORDED,
                    CriterionStatus.NO_EVIDENCE))));

    /**
     * Gets the statuses a criterion of this kind may take. A measure tied to a qualitative criterion takes those
     * of {@link #QUANTITATIVE}.
     *
     * @return the statuses, in declaration order, unmodifiable, not null
     * @since 0.2.0
     */
    public Set<CriterionStatus> getStatuses() {
        return java.util.Objects.requireNonNull(STATUSES.get(this), "statuses");
    }

    /**
     * Checks whether a criterion of this kind may take a status.
     *
     * @param status  the status, not null
     * @return true if the status is one of {@link #getStatuses()}
     * @since 0.2.0
     */
    public boolean allows(CriterionStatus status) {
        return getStatuses().contains(Objects.requireNonNull(status, "status"));
    }

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
    public static CriterionKind fromCode(String code) {
        return CODES.parse(code);
    }
}
