package org.equalityduty.core.duty;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.equalityduty.core.InvalidValueException;
import org.equalityduty.core.internal.Codes;

/**
 * The sub-limbs of s.149(3) (advancing equality of opportunity) and s.149(5) (fostering good relations).
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum DutyLimb {
    /**
     * s.149(3)(a): remove or minimise disadvantages connected to a relevant protected characteristic.
     *
     * @since 0.1.0
     */
    REMOVE_OR_MINIMISE_DISADVANTAGE(DutyAim.ADVANCE_EQUALITY_OF_OPPORTUNITY, "149(3)(a)"),
    /**
     * s.149(3)(b): take steps to meet the needs of persons who share a characteristic that differ from others'.
     *
     * @since 0.1.0
     */
    MEET_DIFFERENT_NEEDS(DutyAim.ADVANCE_EQUALITY_OF_OPPORTUNITY, "149(3)(b)"),
    /**
     * s.149(3)(c): encourage participation in public life or other activity where it is disproportionately low.
     *
     * @since 0.1.0
     */
    ENCOURAGE_PARTICIPATION(DutyAim.ADVANCE_EQUALITY_OF_OPPORTUNITY, "149(3)(c)"),
    /**
     * s.149(5)(a): tackle prejudice.
     *
     * @since 0.1.0
     */
    TACKLE_PREJUDICE(DutyAim.FOSTER_GOOD_RELATIONS, "149(5)(a)"),
    /**
     * s.149(5)(b): promote understanding.
     *
     * @since 0.1.0
     */
    PROMOTE_UNDERSTANDING(DutyAim.FOSTER_GOOD_RELATIONS, "149(5)(b)");

    private static final Codes<DutyLimb> CODES = Codes.of(DutyLimb.class, DutyLimb::getCode);

    private final DutyAim aim;
    private final String section;

    DutyLimb(DutyAim aim, String section) {
        this.aim = aim;
        this.section = section;
    }

    /**
     * Gets the aim this limb spells out.
     *
     * @return the aim, not null
     * @since 0.1.0
     */
    public DutyAim getAim() {
        return aim;
    }

    /**
     * Gets the provision of the Equality Act 2010 that states this limb.
     *
     * @return the section, such as {@code 149(3)(a)}, not null
     * @since 0.1.0
     */
    public String getSection() {
        return section;
    }

    /**
     * Gets the stable wire code of this limb.
     *
     * @return the code, not null
     * @since 0.1.0
     */
    public String getCode() {
        return Codes.lowerCase(this);
    }

    /**
     * Obtains a limb from its wire code.
     *
     * @param code  the code, not null
     * @return the limb, not null
     * @throws InvalidValueException if the code is unknown
     * @since 0.1.0
     */
    public static DutyLimb fromCode(String code) {
        return CODES.parse(code);
    }

    static List<DutyLimb> of(DutyAim aim) {
        return Stream.of(values()).filter(l -> l.aim == aim).collect(Collectors.toUnmodifiableList());
    }
}
