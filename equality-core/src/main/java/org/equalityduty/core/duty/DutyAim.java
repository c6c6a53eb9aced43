package org.equalityduty.core.duty;

import java.util.List;
import org.equalityduty.core.InvalidValueException;
import org.equalityduty.core.internal.Codes;

/**
 * The three aims of the general equality duty, Equality Act 2010 s.149(1).
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum DutyAim {
    /**
     * s.149(1)(a): eliminate discrimination, harassment, victimisation and other prohibited conduct.
     *
     * @since 0.1.0
     */
    ELIMINATE_DISCRIMINATION("149(1)(a)", "eliminate discrimination, harassment and victimisation"),
    /**
     * s.149(1)(b): advance equality of opportunity; spelled out by s.149(3).
     *
     * @since 0.1.0
     */
    ADVANCE_EQUALITY_OF_OPPORTUNITY("149(1)(b)", "advance equality of opportunity"),
    /**
     * s.149(1)(c): foster good relations; spelled out by s.149(5).
     *
     * @since 0.1.0
     */
    FOSTER_GOOD_RELATIONS("149(1)(c)", "foster good relations");

    private static final Codes<DutyAim> CODES = Codes.of(DutyAim.class, DutyAim::getCode);

    private final String section;
    private final String label;

    DutyAim(String section, String label) {
        this.section = section;
        this.label = label;
    }

    /**
     * Gets the provision of the Equality Act 2010 that states this aim.
     *
     * @return the section, such as {@code 149(1)(b)}, not null
     * @since 0.1.0
     */
    public String getSection() {
        return section;
    }

    /**
     * Gets a short plain-English label.
     *
     * @return the label, not null
     * @since 0.1.0
     */
    public String getLabel() {
        return label;
    }

    /**
     * Gets the sub-limbs that the Act uses to spell out this aim: s.149(3) for aim (b), s.149(5) for aim (c).
     *
     * @return the limbs in statutory order, empty for aim (a), not null
     * @since 0.1.0
     */
    public List<DutyLimb> getLimbs() {
        return DutyLimb.of(this);
    }

    /**
     * Gets the stable wire code of this aim.
     *
     * @return the code, such as {@code advance_equality_of_opportunity}, not null
     * @since 0.1.0
     */
    public String getCode() {
        return Codes.lowerCase(this);
    }

    /**
     * Obtains an aim from its wire code.
     *
     * @param code  the code, not null
     * @return the aim, not null
     * @throws InvalidValueException if the code is unknown
     * @since 0.1.0
     */
    public static DutyAim fromCode(String code) {
        return CODES.parse(code);
    }
}
