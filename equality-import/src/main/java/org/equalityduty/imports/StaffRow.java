package org.equalityduty.imports;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.equalityduty.core.population.CensusEthnicity;
import org.equalityduty.core.population.Category;
import org.equalityduty.metrics.measures.PersonRecord;
import org.equalityduty.metrics.measures.PersonView;
import org.jspecify.annotations.Nullable;

/**
 * One member of staff read from a file in the {@link Layout#STAFF} layout. Anything blank, mapped to not recorded
 * or given an unknown code is empty.
 *
 * <p>Categories use the standard dimensions of {@link org.equalityduty.core.population.Dimensions}: {@code sex},
 * {@code ethnicity}, {@code ethnic_group}, {@code staff_role} and {@code disability}. Pay is exact
 * ({@link BigDecimal} from the text of the file).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class StaffRow {
    private static final int ID = Layout.STAFF.index("staff_id");
    private static final int URN = Layout.STAFF.index("school_urn");
    private static final int SEX = Layout.STAFF.index("sex");
    private static final int ETHNICITY = Layout.STAFF.index("ethnicity");
    private static final int ROLE = Layout.STAFF.index("role");
    private static final int FTE = Layout.STAFF.index("fte");
    private static final int DISABILITY = Layout.STAFF.index("disability");
    private static final int GRADE = Layout.STAFF.index("grade");
    private static final int PAY = Layout.STAFF.index("hourly_pay");

    private static final PersonView<StaffRow> VIEW = PersonView.<StaffRow>builder(StaffRow::getCategory)
            .fte(StaffRow::getFte)
            .build();

    private final long line;
    private final String staffId;
    private final String schoolUrn;
    private final Category sex;
    private final CensusEthnicity ethnicity;
    private final Category role;
    private final double fte;
    private final Category disability;
    private final String grade;
    private final BigDecimal hourlyPay;

    @SuppressWarnings("NullAway") // a field is null only when its column had an error, and parse() then drops the row
    private StaffRow(Fields f) {
        line = f.line();
        staffId = f.id(ID);
        schoolUrn = f.urn(URN);
        sex = f.code(SEX, Codes.SEX);
        ethnicity = f.ethnicity(ETHNICITY);
        role = f.code(ROLE, Codes.ROLE);
        fte = f.decimal(FTE, 0, 1, true, "expected a number more than 0 and at most 1, or blank");
        disability = f.code(DISABILITY, Codes.DISABILITY);
        grade = f.text(GRADE);
        hourlyPay = f.money(PAY);
    }

    static @Nullable StaffRow parse(Fields f) {
        return f.unlessError(new StaffRow(f));
    }

    /**
     * Gets the view of staff rows for {@link org.equalityduty.metrics.measures.MeasureEvaluator}: categories as
     * {@link #getCategory(String)} and the FTE.
     *
     * @return the view, not null
     * @since 0.2.0
     */
    public static PersonView<StaffRow> view() {
        return VIEW;
    }

    /**
     * Gets the physical line of the file the row starts on.
     *
     * @return the line, from 2
     * @since 0.2.0
     */
    public long getLine() {
        return line;
    }

    /**
     * Gets the identifier as in the file.
     *
     * @return the identifier, not blank, at most 64 characters, not null
     * @since 0.2.0
     */
    public String getStaffId() {
        return staffId;
    }

    /**
     * Gets the URN of the school the person works at.
     *
     * @return six digits, not null
     * @since 0.2.0
     */
    public String getSchoolUrn() {
        return schoolUrn;
    }

    /**
     * Gets the person's sex.
     *
     * @return a category of {@code Dimensions.SEX}, empty if not recorded, not null
     * @since 0.2.0
     */
    public Optional<Category> getSex() {
        return Optional.ofNullable(sex);
    }

    /**
     * Gets the person's census main ethnicity code.
     *
     * @return the code, including {@code REFU} and {@code NOBT}, empty if not recorded, not null
     * @since 0.2.0
     */
    public Optional<CensusEthnicity> getEthnicity() {
        return Optional.ofNullable(ethnicity);
    }

    /**
     * Gets the person's role.
     *
     * @return a category of {@code Dimensions.STAFF_ROLE}, empty if not recorded, not null
     * @since 0.2.0
     */
    public Optional<Category> getRole() {
        return Optional.ofNullable(role);
    }

    /**
     * Gets the full-time equivalent.
     *
     * @return more than 0 and at most 1, empty if not recorded, not null
     * @since 0.2.0
     */
    public OptionalDouble getFte() {
        return Double.isNaN(fte) ? OptionalDouble.empty() : OptionalDouble.of(fte);
    }

    /**
     * Gets the person's disability as recorded.
     *
     * @return a category of {@code Dimensions.DISABILITY} (including refused and not obtained), empty if not
     *         recorded, not null
     * @since 0.2.0
     */
    public Optional<Category> getDisability() {
        return Optional.ofNullable(disability);
    }

    /**
     * Gets the pay grade or scale point as the trust names it.
     *
     * @return the grade, at most 64 characters, empty if not recorded, not null
     * @since 0.2.0
     */
    public Optional<String> getGrade() {
        return Optional.ofNullable(grade);
    }

    /**
     * Gets the hourly rate of ordinary pay, exactly as in the file.
     *
     * @return the amount in pounds, more than 0, at most two decimal places, empty if not recorded, not null
     * @since 0.2.0
     */
    public Optional<BigDecimal> getHourlyPay() {
        return Optional.ofNullable(hourlyPay);
    }

    /**
     * Gets the person's category in a standard dimension.
     *
     * @param dimensionId {@code sex}, {@code ethnicity}, {@code ethnic_group}, {@code staff_role} or
     *        {@code disability}, not null
     * @return the category, empty if not recorded or another dimension, not null
     * @since 0.2.0
     */
    public Optional<Category> getCategory(String dimensionId) {
        switch (Objects.requireNonNull(dimensionId, "dimensionId")) {
            case "sex":
                return Optional.ofNullable(sex);
            case "ethnicity":
                return ethnicity == null ? Optional.empty() : Optional.of(Codes.ETHNICITY[ethnicity.ordinal()]);
            case "ethnic_group":
                return ethnicity == null ? Optional.empty()
                        : Optional.of(Codes.ETHNIC_GROUP[ethnicity.ordinal()]);
            case "staff_role":
                return Optional.ofNullable(role);
            case "disability":
                return Optional.ofNullable(disability);
            default:
                return Optional.empty();
        }
    }

    /**
     * Copies the person into a record for the measure evaluator: the categories and the FTE.
     *
     * @return the record, not null
     * @since 0.2.0
     */
    public PersonRecord toPersonRecord() {
        PersonRecord.Builder b = PersonRecord.builder();
        for (String d : new String[] {"sex", "ethnicity", "ethnic_group", "staff_role", "disability"}) {
            getCategory(d).ifPresent(b::category);
        }
        getFte().ifPresent(b::fte);
        return b.build();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StaffRow s && line == s.line && staffId.equals(s.staffId)
                && schoolUrn.equals(s.schoolUrn) && Objects.equals(sex, s.sex) && ethnicity == s.ethnicity
                && Objects.equals(role, s.role) && Double.compare(fte, s.fte) == 0
                && Objects.equals(disability, s.disability) && Objects.equals(grade, s.grade)
                && Objects.equals(hourlyPay, s.hourlyPay);
    }

    @Override
    public int hashCode() {
        return Objects.hash(line, staffId, schoolUrn, sex, ethnicity, role, fte, disability, grade, hourlyPay);
    }

    /**
     * Gets a description for logs and test failures: the line, identifier and school, not the person's data.
     *
     * @return the description, not null
     * @since 0.2.0
     */
    @Override
    public String toString() {
        return "StaffRow[line " + line + ", " + staffId + " at " + schoolUrn + "]";
    }
}
