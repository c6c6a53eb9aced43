package org.equalityduty.core.population;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.equalityduty.core.InvalidValueException;
import org.equalityduty.core.internal.Strings;

/**
 * The school census main ethnicity codes (England) with their roll-up to {@link EthnicGroup major groups}.
 *
 * <p>Refused ({@code REFU}) and information not yet obtained ({@code NOBT}) are codes in their own right; they
 * roll up to {@link EthnicGroup#UNCLASSIFIED} and count as not disclosed.
 *
 * <p>{@link #parse(String)} also accepts the extended codes that DfE guidance rolls up to a main code. This
 * release knows the extended codes of White British ({@code WENG, WSCO, WWEL, WNIR, WCOR}) and of Gypsy/Roma
 * ({@code WROG, WROR, WROO}); other extended codes are rejected with a clear message rather than guessed.
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum CensusEthnicity {
    /**
     * White - British.
     *
     * @since 0.1.0
     */
    WBRI("White - British", EthnicGroup.WHITE),
    /**
     * White - Irish.
     *
     * @since 0.1.0
     */
    WIRI("White - Irish", EthnicGroup.WHITE),
    /**
     * Traveller of Irish heritage.
     *
     * @since 0.1.0
     */
    WIRT("Traveller of Irish heritage", EthnicGroup.WHITE),
    /**
     * Any other White background.
     *
     * @since 0.1.0
     */
    WOTH("Any other White background", EthnicGroup.WHITE),
    /**
     * Gypsy / Roma.
     *
     * @since 0.1.0
     */
    WROM("Gypsy / Roma", EthnicGroup.WHITE),
    /**
     * White and Black Caribbean.
     *
     * @since 0.1.0
     */
    MWBC("White and Black Caribbean", EthnicGroup.MIXED),
    /**
     * White and Black African.
     *
     * @since 0.1.0
     */
    MWBA("White and Black African", EthnicGroup.MIXED),
    /**
     * White and Asian.
     *
     * @since 0.1.0
     */
    MWAS("White and Asian", EthnicGroup.MIXED),
    /**
     * Any other mixed background (Mixed, not Asian).
     *
     * @since 0.1.0
     */
    MOTH("Any other mixed background", EthnicGroup.MIXED),
    /**
     * Indian.
     *
     * @since 0.1.0
     */
    AIND("Indian", EthnicGroup.ASIAN),
    /**
     * Pakistani.
     *
     * @since 0.1.0
     */
    APKN("Pakistani", EthnicGroup.ASIAN),
    /**
     * Bangladeshi.
     *
     * @since 0.1.0
     */
    ABAN("Bangladeshi", EthnicGroup.ASIAN),
    /**
     * Any other Asian background.
     *
     * @since 0.1.0
     */
    AOTH("Any other Asian background", EthnicGroup.ASIAN),
    /**
     * Black - Caribbean.
     *
     * @since 0.1.0
     */
    BCRB("Black - Caribbean", EthnicGroup.BLACK),
    /**
     * Black - African.
     *
     * @since 0.1.0
     */
    BAFR("Black - African", EthnicGroup.BLACK),
    /**
     * Any other Black background.
     *
     * @since 0.1.0
     */
    BOTH("Any other Black background", EthnicGroup.BLACK),
    /**
     * Chinese.
     *
     * @since 0.1.0
     */
    CHNE("Chinese", EthnicGroup.CHINESE),
    /**
     * Any other ethnic group.
     *
     * @since 0.1.0
     */
    OOTH("Any other ethnic group", EthnicGroup.ANY_OTHER),
    /**
     * Refused.
     *
     * @since 0.1.0
     */
    REFU("Refused", EthnicGroup.UNCLASSIFIED),
    /**
     * Information not yet obtained.
     *
     * @since 0.1.0
     */
    NOBT("Information not yet obtained", EthnicGroup.UNCLASSIFIED);

    private static final Map<String, CensusEthnicity> EXTENDED;

    static {
        Map<String, CensusEthnicity> map = new HashMap<>();
        for (String code : new String[] {"WENG", "WSCO", "WWEL", "WNIR", "WCOR"}) {
            map.put(code, WBRI);
        }
        for (String code : new String[] {"WROG", "WROR", "WROO"}) {
            map.put(code, WROM);
        }
        EXTENDED = Map.copyOf(map);
    }

    private final String label;
    private final EthnicGroup majorGroup;

    CensusEthnicity(String label, EthnicGroup majorGroup) {
        this.label = label;
        this.majorGroup = majorGroup;
    }

    /**
     * Gets the census description.
     *
     * @return the label, not null
     * @since 0.1.0
     */
    public String getLabel() {
        return label;
    }

    /**
     * Gets the major group this code rolls up to.
     *
     * @return the group, {@link EthnicGroup#UNCLASSIFIED} for refused and not obtained, not null
     * @since 0.1.0
     */
    public EthnicGroup getMajorGroup() {
        return majorGroup;
    }

    /**
     * Gets whether this code records a known ethnicity, a refusal, or missing information.
     *
     * @return the disclosure, not null
     * @since 0.1.0
     */
    public Disclosure getDisclosure() {
        switch (this) {
            case REFU:
                return Disclosure.REFUSED;
            case NOBT:
                return Disclosure.NOT_OBTAINED;
            default:
                return Disclosure.KNOWN;
        }
    }

    /**
     * Obtains the main code for a census main or extended code, ignoring case and surrounding spaces.
     *
     * @param code  a main code such as {@code WBRI} or a known extended code such as {@code WSCO}, not null
     * @return the main code, not null
     * @throws InvalidValueException if the code is not a main code or a known extended code
     * @since 0.1.0
     */
    public static CensusEthnicity parse(String code) {
        Objects.requireNonNull(code, "code");
        String key = code.strip().toUpperCase(Locale.ROOT);
        Optional<CensusEthnicity> found = lookup(key);
        return found.orElseThrow(() -> new InvalidValueException("ethnicity code '" + Strings.abbreviate(code)
                + "' is not a school census main code or a known extended code"));
    }

    private static Optional<CensusEthnicity> lookup(String key) {
        for (CensusEthnicity e : values()) {
            if (e.name().equals(key)) {
                return Optional.of(e);
            }
        }
        return Optional.ofNullable(EXTENDED.get(key));
    }
}
