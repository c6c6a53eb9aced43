package org.equalityduty.core.progress;

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
    /** A {@link org.equalityduty.core.plan.QuantitativeTarget}. */
    QUANTITATIVE,
    /** A {@link org.equalityduty.core.plan.Milestone}. */
    MILESTONE,
    /** A {@link org.equalityduty.core.plan.QualitativeCriterion}. */
    QUALITATIVE;

    private static final Codes<CriterionKind> CODES = Codes.of(CriterionKind.class, CriterionKind::getCode);

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
