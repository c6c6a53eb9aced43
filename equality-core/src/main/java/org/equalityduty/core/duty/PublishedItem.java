package org.equalityduty.core.duty;

import org.equalityduty.core.InvalidValueException;
import org.equalityduty.core.internal.Codes;

/**
 * What a publication rule requires to be published.
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum PublishedItem {
    /**
     * Equality information.
     *
     * @since 0.1.0
     */
    EQUALITY_INFORMATION,
    /**
     * The objectives.
     *
     * @since 0.1.0
     */
    OBJECTIVES,
    /**
     * Why the objectives were chosen.
     *
     * @since 0.1.0
     */
    REASONS,
    /**
     * What is planned to achieve the objectives.
     *
     * @since 0.1.0
     */
    PLANNED_ACTIONS,
    /**
     * Progress towards the objectives.
     *
     * @since 0.1.0
     */
    PROGRESS;

    private static final Codes<PublishedItem> CODES = Codes.of(PublishedItem.class, PublishedItem::getCode);

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
     * @throws InvalidValueException if the code is unknown
     * @since 0.1.0
     */
    public static PublishedItem fromCode(String code) {
        return CODES.parse(code);
    }
}
