package org.equalityduty.core.population;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.equalityduty.core.InvalidValueException;
import org.equalityduty.core.duty.ProtectedCharacteristic;
import org.equalityduty.core.internal.Strings;

/**
 * The standard dimensions that English schools and trusts report on, with their categories.
 *
 * <p>Codes follow the school census where it has them (ethnicity main codes, SEN provision {@code E/K/N});
 * otherwise they are lower-case words. Refused and not obtained are explicit categories wherever the
 * source data records them.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Dimensions {

    /**
     * Sex (Equality Act 2010 s.11): {@code female}, {@code male}.
     *
     * @since 0.1.0
     */
    public static final Dimension SEX = Dimension.builder()
            .id("sex").label("Sex").characteristic(ProtectedCharacteristic.SEX)
            .addCategories(Category.of("sex", "female", "Female"), Category.of("sex", "male", "Male"))
            .build();

    /**
     * School census main ethnicity codes (relates to race, s.9), including {@code REFU} and {@code NOBT}.
     *
     * @since 0.1.0
     */
    public static final Dimension ETHNICITY = Dimension.builder()
            .id("ethnicity").label("Ethnicity (census main code)").characteristic(ProtectedCharacteristic.RACE)
            .addAllCategories(Stream.of(CensusEthnicity.values())
                    .map(e -> Category.of("ethnicity", e.name(), e.getLabel(), e.getDisclosure()))
                    .collect(Collectors.toList()))
            .build();

    /**
     * Major ethnic group (relates to race, s.9); refused and not obtained kept apart.
     *
     * @since 0.1.0
     */
    public static final Dimension ETHNIC_GROUP = Dimension.builder()
            .id("ethnic_group").label("Ethnic group").characteristic(ProtectedCharacteristic.RACE)
            .addAllCategories(majorGroups())
            .build();

    /**
     * Disadvantage: eligible for free school meals at any point in the last six years (FSM6), looked after, or
     * adopted from care; the basis of pupil premium funding. Not a protected characteristic.
     *
     * @since 0.1.0
     */
    public static final Dimension DISADVANTAGE = Dimension.builder()
            .id("disadvantage").label("Disadvantage (FSM6, looked after or adopted from care)")
            .addCategories(Category.of("disadvantage", "disadvantaged", "Disadvantaged"),
                    Category.of("disadvantage", "not_disadvantaged", "Not disadvantaged"))
            .build();

    /**
     * SEN provision (census): {@code E} education, health and care plan, {@code K} SEN support, {@code N} no SEN.
     * Related to disability (s.6), though the two are not the same.
     *
     * @since 0.1.0
     */
    public static final Dimension SEN_PROVISION = Dimension.builder()
            .id("sen_provision").label("SEN provision").characteristic(ProtectedCharacteristic.DISABILITY)
            .addCategories(Category.of("sen_provision", "E", "Education, health and care plan"),
                    Category.of("sen_provision", "K", "SEN support"),
                    Category.of("sen_provision", "N", "No SEN"))
            .build();

    /**
     * English as an additional language (census first language). Not a protected characteristic.
     *
     * @since 0.1.0
     */
    public static final Dimension EAL = Dimension.builder()
            .id("eal").label("English as an additional language")
            .addCategories(Category.of("eal", "eal", "First language other than English"),
                    Category.of("eal", "english", "First language English"),
                    Category.of("eal", "refused", "Refused", Disclosure.REFUSED),
                    Category.of("eal", "not_obtained", "Information not obtained", Disclosure.NOT_OBTAINED))
            .build();

    /**
     * Disability as recorded for staff (s.6).
     *
     * @since 0.1.0
     */
    public static final Dimension DISABILITY = Dimension.builder()
            .id("disability").label("Disability").characteristic(ProtectedCharacteristic.DISABILITY)
            .addCategories(Category.of("disability", "disabled", "Disabled"),
                    Category.of("disability", "not_disabled", "Not disabled"),
                    Category.of("disability", "refused", "Refused", Disclosure.REFUSED),
                    Category.of("disability", "not_obtained", "Information not obtained", Disclosure.NOT_OBTAINED))
            .build();

    /**
     * Staff role, following the school workforce census groupings. Not a protected characteristic.
     *
     * @since 0.1.0
     */
    public static final Dimension STAFF_ROLE = Dimension.builder()
            .id("staff_role").label("Staff role")
            .addCategories(Category.of("staff_role", "leadership", "Leadership"),
                    Category.of("staff_role", "teacher", "Teacher"),
                    Category.of("staff_role", "teaching_assistant", "Teaching assistant"),
                    Category.of("staff_role", "administrative", "Administrative staff"),
                    Category.of("staff_role", "site", "Site staff"),
                    Category.of("staff_role", "other_support", "Other support staff"))
            .build();

    /**
     * Looked-after children ("CLA", "children in care") and previously looked-after children (adopted from care, or
     * left care under a special guardianship or child arrangements order): distinct groups, both part of
     * {@link #DISADVANTAGE}. Not a protected characteristic.
     *
     * @since 0.2.0
     */
    public static final Dimension LOOKED_AFTER = Dimension.builder()
            .id("looked_after").label("Looked after")
            .addCategories(Category.of("looked_after", "looked_after", "Looked after"),
                    Category.of("looked_after", "previously_looked_after", "Previously looked after"),
                    Category.of("looked_after", "not_looked_after", "Not looked after"))
            .build();

    /**
     * Year group, nursery to year 13. Related to age (s.5): for pupils an objective about a year group is about age
     * by proxy, which s.84 disapplies for pupils.
     *
     * @since 0.2.0
     */
    public static final Dimension YEAR_GROUP = Dimension.builder()
            .id("year_group").label("Year group").characteristic(ProtectedCharacteristic.AGE)
            .addAllCategories(yearGroups())
            .build();

    /**
     * Gender identity: trans, non-binary or cisgender. Related to gender reassignment (s.7), which protects people
     * proposing, undergoing or having undergone a process to change their sex; the two are not the same.
     *
     * @since 0.2.0
     */
    public static final Dimension GENDER_IDENTITY = Dimension.builder()
            .id("gender_identity").label("Gender identity").characteristic(ProtectedCharacteristic.GENDER_REASSIGNMENT)
            .addCategories(Category.of("gender_identity", "trans", "Trans"),
                    Category.of("gender_identity", "non_binary", "Non-binary"),
                    Category.of("gender_identity", "cisgender", "Cisgender"),
                    Category.of("gender_identity", "refused", "Refused", Disclosure.REFUSED),
                    Category.of("gender_identity", "not_obtained", "Information not obtained", Disclosure.NOT_OBTAINED))
            .build();

    /**
     * Sexual orientation (s.12): lesbian, gay, bisexual or another minority orientation ({@code lgb}), or
     * heterosexual.
     *
     * @since 0.2.0
     */
    public static final Dimension SEXUAL_ORIENTATION = Dimension.builder()
            .id("sexual_orientation").label("Sexual orientation")
            .characteristic(ProtectedCharacteristic.SEXUAL_ORIENTATION)
            .addCategories(Category.of("sexual_orientation", "lgb", "Lesbian, gay, bisexual or another minority orientation"),
                    Category.of("sexual_orientation", "heterosexual", "Heterosexual"),
                    Category.of("sexual_orientation", "refused", "Refused", Disclosure.REFUSED),
                    Category.of("sexual_orientation", "not_obtained", "Information not obtained",
                            Disclosure.NOT_OBTAINED))
            .build();

    private static final List<Dimension> ALL = List.of(SEX, ETHNICITY, ETHNIC_GROUP, DISADVANTAGE, SEN_PROVISION, EAL,
            DISABILITY, STAFF_ROLE, LOOKED_AFTER, YEAR_GROUP, GENDER_IDENTITY, SEXUAL_ORIENTATION);

    private static final Map<String, Dimension> STANDARD = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(Dimension::getId, Function.identity()));

    private Dimensions() {
    }

    /**
     * Gets all standard dimensions.
     *
     * @return the dimensions in a fixed order, not null
     * @since 0.1.0
     */
    public static List<Dimension> standard() {
        return ALL;
    }

    /**
     * Finds a standard dimension by identifier.
     *
     * @param id  the identifier, not null
     * @return the dimension, empty if there is no standard dimension with that identifier, not null
     * @since 0.1.0
     */
    public static Optional<Dimension> find(String id) {
        return Optional.ofNullable(STANDARD.get(Objects.requireNonNull(id, "id")));
    }

    /**
     * Obtains a standard category from its reference form {@code dimension:code}.
     *
     * @param reference  such as {@code ethnicity:WBRI} or {@code disadvantage:disadvantaged}, not null
     * @return the category, not null
     * @throws InvalidValueException if the reference is malformed or names no standard category
     * @since 0.1.0
     */
    public static Category category(String reference) {
        Objects.requireNonNull(reference, "reference");
        int colon = reference.indexOf(':');
        if (colon <= 0) {
            throw new InvalidValueException("category reference '" + Strings.abbreviate(reference)
                    + "' must have the form dimension:code");
        }
        String id = reference.substring(0, colon);
        Dimension dimension = find(id).orElseThrow(() -> new InvalidValueException(
                "category reference '" + Strings.abbreviate(reference) + "' names no standard dimension"));
        return dimension.category(reference.substring(colon + 1));
    }

    /**
     * Gets the {@link #ETHNIC_GROUP} category that a census code rolls up to.
     *
     * @param code  the census main code, not null
     * @return the major-group category; {@code refused} or {@code not_obtained} for the unclassified codes, not null
     * @since 0.1.0
     */
    public static Category ethnicGroupOf(CensusEthnicity code) {
        switch (code) {
            case REFU:
                return ETHNIC_GROUP.category("refused");
            case NOBT:
                return ETHNIC_GROUP.category("not_obtained");
            default:
                return ETHNIC_GROUP.category(code.getMajorGroup().getCode());
        }
    }

    private static List<Category> yearGroups() {
        List<Category> list = new ArrayList<>();
        list.add(Category.of("year_group", "n1", "Nursery 1"));
        list.add(Category.of("year_group", "n2", "Nursery 2"));
        list.add(Category.of("year_group", "r", "Reception"));
        for (int y = 1; y <= 13; y++) {
            list.add(Category.of("year_group", "y" + y, "Year " + y));
        }
        return list;
    }

    private static List<Category> majorGroups() {
        List<Category> list = new ArrayList<>();
        for (EthnicGroup g : EthnicGroup.values()) {
            if (g != EthnicGroup.UNCLASSIFIED) {
                list.add(Category.of("ethnic_group", g.getCode(), g.getLabel()));
            }
        }
        list.add(Category.of("ethnic_group", "refused", "Unclassified: refused", Disclosure.REFUSED));
        list.add(Category.of("ethnic_group", "not_obtained", "Unclassified: not obtained", Disclosure.NOT_OBTAINED));
        return list;
    }
}
