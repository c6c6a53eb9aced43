package org.equalityduty.core.population;

import org.equalityduty.core.InvalidValueException;
import org.equalityduty.core.internal.Codes;

/**
 * The major ethnic groups that school census ethnicity codes roll up to.
 *
 * <p>Source: DfE school census guidance, main ethnicity codes. {@code MOTH} ("any other mixed background") is
 * Mixed: some third-party code tables map it to Asian, wrongly.
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum EthnicGroup {
    /**
     * White.
     *
     * @since 0.1.0
     */
    WHITE("White"),
    /**
     * Mixed or multiple ethnic groups.
     *
     * @since 0.1.0
     */
    MIXED("Mixed"),
    /**
     * Asian or Asian British.
     *
     * @since 0.1.0
     */
    ASIAN("Asian"),
    /**
     * Black, Black British, Caribbean or African.
     *
     * @since 0.1.0
     */
    BLACK("Black"),
    /**
     * Chinese.
     *
     * @since 0.1.0
     */
    CHINESE("Chinese"),
    /**
     * Any other ethnic group.
     *
     * @since 0.1.0
     */
    ANY_OTHER("Any other ethnic group"),
    /**
     * Unclassified: refused or information not yet obtained.
     *
     * @since 0.1.0
     */
    UNCLASSIFIED("Unclassified");

    private static final Codes<EthnicGroup> CODES = Codes.of(EthnicGroup.class, EthnicGroup::getCode);

    private final String label;

    EthnicGroup(String label) {
        this.label = label;
    }

    /**
     * Gets the plain-English name.
     *
     * @return the label, not null
     * @since 0.1.0
     */
    public String getLabel() {
        return label;
    }

    /**
     * Gets the stable wire code.
     *
     * @return the code, such as {@code any_other}, not null
     * @since 0.1.0
     */
    public String getCode() {
        return Codes.lowerCase(this);
    }

    /**
     * Obtains a group from its wire code.
     *
     * @param code  the code, not null
     * @return the group, not null
     * @throws InvalidValueException if the code is unknown
     * @since 0.1.0
     */
    public static EthnicGroup fromCode(String code) {
        return CODES.parse(code);
    }
}
