package org.equalityduty.core.duty;

import java.time.Period;
import org.equalityduty.core.InvalidValueException;
import org.equalityduty.core.internal.Codes;

/**
 * The jurisdictions whose specific equality duties a plan may answer to, with their publication cycles.
 *
 * <p>Sources: England, SI 2017/353 (which replaced SI 2011/2260): information at least annually, objectives at
 * least every four years, gender pay gap for 250 or more employees, staff information not required under 150.
 * Wales, SI 2011/1064: annual report, objectives reviewed at least every four years. Scotland, SSI 2012/162:
 * mainstreaming report every two years, outcomes every four years, progress every two years, gender pay gap
 * for 20 or more employees.
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Jurisdiction {
    /**
     * England: the Equality Act 2010 (Specific Duties and Public Authorities) Regulations 2017.
     *
     * @since 0.1.0
     */
    ENGLAND(PublicationCycle.builder().instrument("SI 2017/353").informationEvery(Period.ofMonths(12))
            .objectivesEvery(Period.ofYears(4)).payGapEmployeeThreshold(250)
            .staffInformationEmployeeThreshold(150).build()),
    /**
     * Wales: the Equality Act 2010 (Statutory Duties) (Wales) Regulations 2011.
     *
     * @since 0.1.0
     */
    WALES(PublicationCycle.builder().instrument("SI 2011/1064").informationEvery(Period.ofMonths(12))
            .objectivesEvery(Period.ofYears(4)).progressEvery(Period.ofMonths(12)).build()),
    /**
     * Scotland: the Equality Act 2010 (Specific Duties) (Scotland) Regulations 2012.
     *
     * @since 0.1.0
     */
    SCOTLAND(PublicationCycle.builder().instrument("SSI 2012/162").informationEvery(Period.ofYears(2))
            .objectivesEvery(Period.ofYears(4)).progressEvery(Period.ofYears(2)).payGapEmployeeThreshold(20)
            .build());

    private static final Codes<Jurisdiction> CODES = Codes.of(Jurisdiction.class, Jurisdiction::getCode);

    // PublicationCycle is an Immutables value (final fields of String, Period and OptionalInt), immutable in fact.
    @SuppressWarnings("ImmutableEnumChecker")
    private final PublicationCycle cycle;

    Jurisdiction(PublicationCycle cycle) {
        this.cycle = cycle;
    }

    /**
     * Gets the publication cycle of this jurisdiction's specific duties.
     *
     * @return the cycle, not null
     * @since 0.1.0
     */
    public PublicationCycle getPublicationCycle() {
        return cycle;
    }

    /**
     * Gets the stable wire code.
     *
     * @return the code, such as {@code england}, not null
     * @since 0.1.0
     */
    public String getCode() {
        return Codes.lowerCase(this);
    }

    /**
     * Obtains a jurisdiction from its wire code.
     *
     * @param code  the code, not null
     * @return the jurisdiction, not null
     * @throws InvalidValueException if the code is unknown
     * @since 0.1.0
     */
    public static Jurisdiction fromCode(String code) {
        return CODES.parse(code);
    }
}
