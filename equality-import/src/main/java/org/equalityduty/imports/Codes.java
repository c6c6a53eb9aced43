package org.equalityduty.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.equalityduty.core.population.CensusEthnicity;
import org.equalityduty.core.population.Category;
import org.equalityduty.core.population.Dimensions;
import org.equalityduty.core.InvalidValueException;
import org.equalityduty.metrics.measures.ApplicantStage;
import org.jspecify.annotations.Nullable;

/** The code tables of the default layout: what each coded column accepts, and what it means. */
final class Codes {
    static final String YES_NO = "expected 1 or 0 (Y/N, true/false), or blank";

    static final Map<String, Category> SEX = Map.of(
            "M", Dimensions.SEX.category("male"), "F", Dimensions.SEX.category("female"));
    static final Map<String, Category> SEN = Map.of(
            "E", Dimensions.SEN_PROVISION.category("E"), "K", Dimensions.SEN_PROVISION.category("K"),
            "N", Dimensions.SEN_PROVISION.category("N"));
    static final Map<String, Boolean> FLAG = Map.of(
            "1", true, "0", false, "Y", true, "N", false, "TRUE", true, "FALSE", false);
    static final Map<String, Category> DISABILITY;
    static final Map<String, Category> ROLE;
    static final Map<String, ApplicantStage> STAGE = Map.of(
            "APPLIED", ApplicantStage.APPLIED, "SHORTLISTED", ApplicantStage.SHORTLISTED,
            "APPOINTED", ApplicantStage.APPOINTED);
    static final Map<String, Integer> YEAR_GROUP;
    /** The ethnicity category of each census code, by ordinal. */
    static final Category[] ETHNICITY = new Category[CensusEthnicity.values().length];
    /** The ethnic group category of each census code, by ordinal. */
    static final Category[] ETHNIC_GROUP = new Category[CensusEthnicity.values().length];
    static final Category DISADVANTAGED = Dimensions.DISADVANTAGE.category("disadvantaged");
    static final Category NOT_DISADVANTAGED = Dimensions.DISADVANTAGE.category("not_disadvantaged");
    static final Category EAL = Dimensions.EAL.category("eal");
    static final Category ENGLISH = Dimensions.EAL.category("english");
    /** The main codes as written (upper case): the fast path; anything else goes through core's parser. */
    private static final Map<String, CensusEthnicity> MAIN_ETHNICITY;

    static {
        Map<String, Category> d = new HashMap<>();
        FLAG.forEach((k, v) -> d.put(k, Dimensions.DISABILITY.category(v ? "disabled" : "not_disabled")));
        d.put("REFU", Dimensions.DISABILITY.category("refused"));
        d.put("NOBT", Dimensions.DISABILITY.category("not_obtained"));
        DISABILITY = Map.copyOf(d);
        Map<String, Category> r = new HashMap<>();
        for (Category c : Dimensions.STAFF_ROLE.getCategories()) {
            r.put(c.getCode().toUpperCase(Locale.ROOT), c);
            r.put(c.getCode(), c);
        }
        ROLE = Map.copyOf(r);
        Map<String, Integer> y = new HashMap<>();
        y.put("N1", -2);
        y.put("N2", -1);
        y.put("R", 0);
        for (int i = 1; i <= 14; i++) {
            y.put(Integer.toString(i), i);
        }
        YEAR_GROUP = Map.copyOf(y);
        Map<String, CensusEthnicity> main = new HashMap<>();
        for (CensusEthnicity e : CensusEthnicity.values()) {
            main.put(e.name(), e);
        }
        MAIN_ETHNICITY = Map.copyOf(main);
        for (CensusEthnicity e : CensusEthnicity.values()) {
            ETHNICITY[e.ordinal()] = Dimensions.ETHNICITY.category(e.name());
            ETHNIC_GROUP[e.ordinal()] = Dimensions.ethnicGroupOf(e);
        }
    }

    private static final Map<String, String> EXPECTED = Map.ofEntries(
            Map.entry("sex", "expected M or F, or blank"),
            Map.entry("ethnicity", "expected a census ethnicity code such as WBRI or WSCO, REFU, NOBT, or blank"),
            Map.entry("sen", "expected E, K or N, or blank"),
            Map.entry("disadvantaged", YES_NO),
            Map.entry("eal", YES_NO),
            Map.entry("looked_after", YES_NO),
            Map.entry("ks2_writing_expected", YES_NO),
            Map.entry("year_group", "expected N1, N2, R or 1 to 14, or blank"),
            Map.entry("role", "expected " + String.join(", ", roleCodes()) + ", or blank"),
            Map.entry("disability", "expected 1 or 0 (Y/N, true/false), REFU, NOBT, or blank"),
            Map.entry("stage", "expected applied, shortlisted or appointed, or blank"));

    private Codes() {
    }

    private static List<String> roleCodes() {
        return Dimensions.STAFF_ROLE.getCategories().stream().map(Category::getCode).toList();
    }

    /** The key a code is looked up by. */
    static String key(String value) {
        return value.toUpperCase(Locale.ROOT);
    }

    /** Looks a code up ignoring case: tables hold upper-case keys; the value is tried as it is first. */
    static <T> @Nullable T lookup(Map<String, T> table, String value) {
        T found = table.get(value);
        return found != null ? found : table.get(key(value));
    }

    /** Whether a column holds codes (and so may have its values mapped). */
    static boolean isCoded(String column) {
        return EXPECTED.containsKey(column);
    }

    /** What a coded column expects, for messages. */
    static @Nullable String expected(String column) {
        return EXPECTED.get(column);
    }

    /** Parses a census ethnicity code, empty if it is not one. */
    static Optional<CensusEthnicity> ethnicity(String value) {
        CensusEthnicity main = MAIN_ETHNICITY.get(value);
        if (main != null) {
            return Optional.of(main);
        }
        try {
            return Optional.of(CensusEthnicity.parse(value));
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }

    /** Whether a cleaned, non-blank value is a code of a coded column. */
    static boolean accepts(String column, String value) {
        String k = key(value);
        switch (column) {
            case "sex":
                return SEX.containsKey(k);
            case "ethnicity":
                return ethnicity(value).isPresent();
            case "sen":
                return SEN.containsKey(k);
            case "year_group":
                return YEAR_GROUP.containsKey(k);
            case "role":
                return ROLE.containsKey(k);
            case "disability":
                return DISABILITY.containsKey(k);
            case "stage":
                return STAGE.containsKey(k);
            default:
                return FLAG.containsKey(k);
        }
    }
}
