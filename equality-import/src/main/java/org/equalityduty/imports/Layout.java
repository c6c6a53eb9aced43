package org.equalityduty.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The default layouts of the files this module reads: one row per person, a header row of exactly these column
 * names (matched ignoring case, and with spaces, hyphens and dots read as underscores), the required columns in any
 * order, optional columns anywhere, other columns ignored (and listed in the {@link ImportSummary}).
 *
 * <h2>Pupils ({@link #PUPILS})</h2>
 * Required: {@code pupil_id, school_urn, sex, ethnicity, sen, disadvantaged}. Optional: {@code eal, looked_after,
 * year_group, ks2_reading, ks2_maths, ks2_writing_expected, ks4_attainment8, ks4_english_maths_grade,
 * sessions_possible, sessions_missed, suspensions}.
 *
 * <h2>Staff ({@link #STAFF})</h2>
 * Required: {@code staff_id, school_urn, sex, ethnicity, role, fte}. Optional: {@code disability, grade,
 * hourly_pay}.
 *
 * <h2>Job applicants ({@link #APPLICANTS})</h2>
 * Required: {@code applicant_id, sex, stage}. Optional: {@code vacancy_id, ethnicity, disability}.
 *
 * <h2>Values</h2>
 * Codes are matched ignoring case and surrounding spaces; a blank value is <em>not recorded</em>.
 * <table>
 * <caption>Columns and their values</caption>
 * <tr><th>column</th><th>values</th></tr>
 * <tr><td>{@code pupil_id, staff_id, applicant_id}</td><td>any text up to 64 characters, never blank</td></tr>
 * <tr><td>{@code school_urn}</td><td>the school's six-digit unique reference number, never blank</td></tr>
 * <tr><td>{@code sex}</td><td>{@code M} male, {@code F} female (school census)</td></tr>
 * <tr><td>{@code ethnicity}</td><td>a school census main code ({@code WBRI ... OOTH}), a known extended code
 *     ({@code WENG, WSCO, WWEL, WNIR, WCOR} roll up to {@code WBRI}; {@code WROG, WROR, WROO} to {@code WROM}),
 *     {@code REFU} refused or {@code NOBT} not yet obtained, rolled up to major groups by
 *     {@link org.equalityduty.core.population.CensusEthnicity}</td></tr>
 * <tr><td>{@code sen}</td><td>{@code E} education, health and care plan, {@code K} SEN support, {@code N} no
 *     SEN</td></tr>
 * <tr><td>{@code disadvantaged, eal, looked_after, ks2_writing_expected}</td><td>{@code 1} yes, {@code 0} no;
 *     {@code Y}/{@code N} and {@code true}/{@code false} are accepted</td></tr>
 * <tr><td>{@code year_group}</td><td>{@code N1}, {@code N2}, {@code R} (reception) or {@code 1} to
 *     {@code 14}</td></tr>
 * <tr><td>{@code ks2_reading, ks2_maths}</td><td>KS2 scaled score, a whole number from 80 to 120 (100 is the
 *     expected standard)</td></tr>
 * <tr><td>{@code ks4_attainment8}</td><td>Attainment 8 score, from 0 to 90</td></tr>
 * <tr><td>{@code ks4_english_maths_grade}</td><td>the mean of the pupil's English and maths GCSE grades, from 0
 *     to 9 (the DfE KS4 disadvantage gap index ranks pupils on it)</td></tr>
 * <tr><td>{@code sessions_possible, sessions_missed}</td><td>whole numbers of sessions (half days), missed at
 *     most possible</td></tr>
 * <tr><td>{@code suspensions}</td><td>number of suspensions in the year, a whole number</td></tr>
 * <tr><td>{@code role}</td><td>{@code leadership, teacher, teaching_assistant, administrative, site,
 *     other_support}</td></tr>
 * <tr><td>{@code fte}</td><td>full-time equivalent, more than 0 and at most 1</td></tr>
 * <tr><td>{@code disability}</td><td>{@code 1} disabled, {@code 0} not disabled (or {@code Y}/{@code N},
 *     {@code true}/{@code false}), {@code REFU} refused, {@code NOBT} not obtained</td></tr>
 * <tr><td>{@code grade}</td><td>the pay grade or scale point as the trust names it, up to 64 characters</td></tr>
 * <tr><td>{@code hourly_pay}</td><td>hourly rate of ordinary pay in pounds, more than 0, at most two decimal
 *     places, an optional {@code £}</td></tr>
 * <tr><td>{@code stage}</td><td>the furthest stage reached: {@code applied}, {@code shortlisted},
 *     {@code appointed}</td></tr>
 * <tr><td>{@code vacancy_id}</td><td>any text up to 64 characters</td></tr>
 * </table>
 *
 * <p>An unknown code is a warning: the row is kept, the value as not recorded, and it is counted. A blank or
 * malformed identifier or URN, or a number that is not a number or is out of range, is an error. See
 * {@link EqualityImport}.
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.2.0
 */
@SuppressWarnings("ImmutableEnumChecker") // the column lists are List.copyOf: unmodifiable
public enum Layout {
    /**
     * One row per pupil.
     *
     * @since 0.2.0
     */
    PUPILS("pupils", List.of("pupil_id", "school_urn", "sex", "ethnicity", "sen", "disadvantaged"),
            List.of("eal", "looked_after", "year_group", "ks2_reading", "ks2_maths", "ks2_writing_expected",
                    "ks4_attainment8", "ks4_english_maths_grade", "sessions_possible", "sessions_missed",
                    "suspensions")),
    /**
     * One row per member of staff.
     *
     * @since 0.2.0
     */
    STAFF("staff", List.of("staff_id", "school_urn", "sex", "ethnicity", "role", "fte"),
            List.of("disability", "grade", "hourly_pay")),
    /**
     * One row per job applicant.
     *
     * @since 0.2.0
     */
    APPLICANTS("applicants", List.of("applicant_id", "sex", "stage"),
            List.of("vacancy_id", "ethnicity", "disability"));

    private static final Set<String> ALL;

    static {
        Set<String> all = new TreeSet<>();
        for (Layout l : values()) {
            all.addAll(l.getColumns());
        }
        ALL = Collections.unmodifiableSet(all);
    }

    private final String people;
    private final List<String> required;
    private final List<String> optional;
    private final List<String> columns;

    Layout(String people, List<String> required, List<String> optional) {
        this.people = people;
        this.required = List.copyOf(required);
        this.optional = List.copyOf(optional);
        List<String> all = new ArrayList<>(required);
        all.addAll(optional);
        this.columns = List.copyOf(all);
    }

    /**
     * Gets the required columns, in the documented order.
     *
     * @return an unmodifiable list, not null
     * @since 0.2.0
     */
    public List<String> getRequiredColumns() {
        return required;
    }

    /**
     * Gets the optional columns, in the documented order.
     *
     * @return an unmodifiable list, not null
     * @since 0.2.0
     */
    public List<String> getOptionalColumns() {
        return optional;
    }

    /**
     * Gets every column, required then optional.
     *
     * @return an unmodifiable list, not null
     * @since 0.2.0
     */
    public List<String> getColumns() {
        return columns;
    }

    /**
     * Gets what a row describes, in plain words.
     *
     * @return {@code pupils}, {@code staff} or {@code applicants}, not null
     * @since 0.2.0
     */
    public String getPeople() {
        return people;
    }

    /**
     * Gets every column of every layout.
     *
     * @return an unmodifiable set, sorted, not null
     * @since 0.2.0
     */
    public static Set<String> allColumns() {
        return ALL;
    }

    /**
     * The index of one of the layout's columns in {@link #getColumns()}, for the row classes' constants.
     *
     * @throws AssertionError if the layout has no such column (a mistake in a row class)
     */
    int index(String column) {
        int i = columns.indexOf(column);
        if (i < 0) {
            throw new AssertionError(people + " has no column " + column);
        }
        return i;
    }

    String header() {
        return String.join(",", required);
    }
}
