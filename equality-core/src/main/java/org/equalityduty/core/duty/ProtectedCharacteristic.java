package org.equalityduty.core.duty;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.equalityduty.core.InvalidValueException;
import org.equalityduty.core.internal.Codes;

/**
 * The nine protected characteristics of the Equality Act 2010, s.4.
 *
 * <p>Two facts of the schools provisions are encoded here. For pupils, s.84 disapplies age and marriage and
 * civil partnership, and Schedule 18 para 1 removes age from the s.149 duty for the education of pupils; both
 * still apply to the school as an employer. Marriage and civil partnership is not a "relevant protected
 * characteristic" for aims (b) and (c) of the general duty (s.149(7)), so it counts for aim (a) only.
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum ProtectedCharacteristic {
    /**
     * Age, s.5. Not protected for pupils in schools (s.84, Schedule 18 para 1).
     *
     * @since 0.1.0
     */
    AGE("5", "Age", false),
    /**
     * Disability, s.6.
     *
     * @since 0.1.0
     */
    DISABILITY("6", "Disability", true),
    /**
     * Gender reassignment, s.7.
     *
     * @since 0.1.0
     */
    GENDER_REASSIGNMENT("7", "Gender reassignment", true),
    /**
     * Marriage and civil partnership, s.8. Not protected for pupils (s.84); aim (a) only (s.149(7)).
     *
     * @since 0.1.0
     */
    MARRIAGE_AND_CIVIL_PARTNERSHIP("8", "Marriage and civil partnership", false),
    /**
     * Pregnancy and maternity, ss.17-18.
     *
     * @since 0.1.0
     */
    PREGNANCY_AND_MATERNITY("17-18", "Pregnancy and maternity", true),
    /**
     * Race, s.9 (colour, nationality, ethnic or national origins).
     *
     * @since 0.1.0
     */
    RACE("9", "Race", true),
    /**
     * Religion or belief, s.10.
     *
     * @since 0.1.0
     */
    RELIGION_OR_BELIEF("10", "Religion or belief", true),
    /**
     * Sex, s.11.
     *
     * @since 0.1.0
     */
    SEX("11", "Sex", true),
    /**
     * Sexual orientation, s.12.
     *
     * @since 0.1.0
     */
    SEXUAL_ORIENTATION("12", "Sexual orientation", true);

    private static final Codes<ProtectedCharacteristic> CODES =
            Codes.of(ProtectedCharacteristic.class, ProtectedCharacteristic::getCode);

    private final String section;
    private final String label;
    private final boolean appliesToPupils;

    ProtectedCharacteristic(String section, String label, boolean appliesToPupils) {
        this.section = section;
        this.label = label;
        this.appliesToPupils = appliesToPupils;
    }

    /**
     * Gets the section of the Equality Act 2010 that defines this characteristic.
     *
     * @return the section number, such as {@code 9} or {@code 17-18}, not null
     * @since 0.1.0
     */
    public String getSection() {
        return section;
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
     * Checks whether this characteristic is protected for pupils under the schools provisions (Part 6 Chapter 1).
     *
     * @return false for age and for marriage and civil partnership, true otherwise
     * @since 0.1.0
     */
    public boolean isAppliesToPupils() {
        return appliesToPupils;
    }

    /**
     * Checks whether this characteristic is protected for the given population.
     *
     * @param population  the population, not null
     * @return true unless the population is pupils and this characteristic does not apply to pupils
     * @since 0.1.0
     */
    public boolean isProtectedFor(Population population) {
        return population != Population.PUPILS || appliesToPupils;
    }

    /**
     * Gets the aims of the general duty that cover this characteristic.
     *
     * @return aim (a) only for marriage and civil partnership (s.149(7)), all three otherwise; unmodifiable, not null
     * @since 0.1.0
     */
    public Set<DutyAim> getDutyAims() {
        return this == MARRIAGE_AND_CIVIL_PARTNERSHIP
                ? Collections.unmodifiableSet(EnumSet.of(DutyAim.ELIMINATE_DISCRIMINATION))
                : Collections.unmodifiableSet(EnumSet.allOf(DutyAim.class));
    }

    /**
     * Gets the stable wire code.
     *
     * @return the code, such as {@code religion_or_belief}, not null
     * @since 0.1.0
     */
    public String getCode() {
        return Codes.lowerCase(this);
    }

    /**
     * Obtains a characteristic from its wire code.
     *
     * @param code  the code, not null
     * @return the characteristic, not null
     * @throws InvalidValueException if the code is unknown
     * @since 0.1.0
     */
    public static ProtectedCharacteristic fromCode(String code) {
        return CODES.parse(code);
    }
}
