package org.equalityduty.core.plan;

import org.equalityduty.core.InvalidValueException;
import org.equalityduty.core.internal.Codes;

/**
 * Whose figure a benchmark is: national, regional, a local authority's, or a trust's.
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.2.0
 */
public enum BenchmarkScope {
    /**
     * A national figure, such as the national average for all pupils in England.
     *
     * @since 0.2.0
     */
    NATIONAL,
    /**
     * A figure for a region, such as the North West.
     *
     * @since 0.2.0
     */
    REGIONAL,
    /**
     * A figure for a local authority area.
     *
     * @since 0.2.0
     */
    LOCAL_AUTHORITY,
    /**
     * A figure for the whole trust, compared with one of its schools.
     *
     * @since 0.2.0
     */
    TRUST;

    private static final Codes<BenchmarkScope> CODES = Codes.of(BenchmarkScope.class, BenchmarkScope::getCode);

    /**
     * Gets the stable wire code: the constant's name in lower case.
     *
     * @return the code, not null
     * @since 0.2.0
     */
    public String getCode() {
        return Codes.lowerCase(this);
    }

    /**
     * Obtains a constant from its wire code.
     *
     * @param code  the code, not null
     * @return the constant, not null
     * @throws InvalidValueException if the code is unknown
     * @since 0.2.0
     */
    public static BenchmarkScope fromCode(String code) {
        return CODES.parse(code);
    }
}
