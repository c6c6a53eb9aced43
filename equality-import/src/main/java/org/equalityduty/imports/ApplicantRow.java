package org.equalityduty.imports;

import java.util.Objects;
import java.util.Optional;
import org.equalityduty.core.population.CensusEthnicity;
import org.equalityduty.core.population.Category;
import org.equalityduty.metrics.measures.ApplicantStage;
import org.equalityduty.metrics.measures.PersonRecord;
import org.equalityduty.metrics.measures.PersonView;
import org.jspecify.annotations.Nullable;

/**
 * One job applicant read from a file in the {@link Layout#APPLICANTS} layout. Anything blank, mapped to not
 * recorded or given an unknown code is empty.
 *
 * <p>Categories use the standard dimensions of {@link org.equalityduty.core.population.Dimensions}: {@code sex},
 * {@code ethnicity}, {@code ethnic_group} and {@code disability}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class ApplicantRow {
    private static final int ID = Layout.APPLICANTS.index("applicant_id");
    private static final int SEX = Layout.APPLICANTS.index("sex");
    private static final int STAGE = Layout.APPLICANTS.index("stage");
    private static final int VACANCY = Layout.APPLICANTS.index("vacancy_id");
    private static final int ETHNICITY = Layout.APPLICANTS.index("ethnicity");
    private static final int DISABILITY = Layout.APPLICANTS.index("disability");

    private static final PersonView<ApplicantRow> VIEW = PersonView
            .<ApplicantRow>builder(ApplicantRow::getCategory)
            .stage(ApplicantRow::getStage)
            .build();

    private final long line;
    private final String applicantId;
    private final Category sex;
    private final ApplicantStage stage;
    private final String vacancyId;
    private final CensusEthnicity ethnicity;
    private final Category disability;

    @SuppressWarnings("NullAway") // a field is null only when its column had an error, and parse() then drops the row
    private ApplicantRow(Fields f) {
        line = f.line();
        applicantId = f.id(ID);
        sex = f.code(SEX, Codes.SEX);
        stage = f.code(STAGE, Codes.STAGE);
        vacancyId = f.text(VACANCY);
        ethnicity = f.ethnicity(ETHNICITY);
        disability = f.code(DISABILITY, Codes.DISABILITY);
    }

    static @Nullable ApplicantRow parse(Fields f) {
        return f.unlessError(new ApplicantRow(f));
    }

    /**
     * Gets the view of applicant rows for {@link org.equalityduty.metrics.measures.MeasureEvaluator}: categories
     * as {@link #getCategory(String)} and the furthest stage.
     *
     * @return the view, not null
     * @since 0.2.0
     */
    public static PersonView<ApplicantRow> view() {
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
    public String getApplicantId() {
        return applicantId;
    }

    /**
     * Gets the applicant's sex.
     *
     * @return a category of {@code Dimensions.SEX}, empty if not recorded, not null
     * @since 0.2.0
     */
    public Optional<Category> getSex() {
        return Optional.ofNullable(sex);
    }

    /**
     * Gets the furthest stage the applicant reached.
     *
     * @return the stage, empty if not recorded, not null
     * @since 0.2.0
     */
    public Optional<ApplicantStage> getStage() {
        return Optional.ofNullable(stage);
    }

    /**
     * Gets the vacancy applied for.
     *
     * @return the identifier, at most 64 characters, empty if not recorded, not null
     * @since 0.2.0
     */
    public Optional<String> getVacancyId() {
        return Optional.ofNullable(vacancyId);
    }

    /**
     * Gets the applicant's census main ethnicity code.
     *
     * @return the code, including {@code REFU} and {@code NOBT}, empty if not recorded, not null
     * @since 0.2.0
     */
    public Optional<CensusEthnicity> getEthnicity() {
        return Optional.ofNullable(ethnicity);
    }

    /**
     * Gets the applicant's disability as recorded.
     *
     * @return a category of {@code Dimensions.DISABILITY}, empty if not recorded, not null
     * @since 0.2.0
     */
    public Optional<Category> getDisability() {
        return Optional.ofNullable(disability);
    }

    /**
     * Gets the applicant's category in a standard dimension.
     *
     * @param dimensionId {@code sex}, {@code ethnicity}, {@code ethnic_group} or {@code disability}, not null
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
            case "disability":
                return Optional.ofNullable(disability);
            default:
                return Optional.empty();
        }
    }

    /**
     * Copies the applicant into a record for the measure evaluator: the categories and the stage.
     *
     * @return the record, not null
     * @since 0.2.0
     */
    public PersonRecord toPersonRecord() {
        PersonRecord.Builder b = PersonRecord.builder();
        for (String d : new String[] {"sex", "ethnicity", "ethnic_group", "disability"}) {
            getCategory(d).ifPresent(b::category);
        }
        getStage().ifPresent(b::stage);
        return b.build();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApplicantRow a && line == a.line && applicantId.equals(a.applicantId)
                && Objects.equals(sex, a.sex) && stage == a.stage && Objects.equals(vacancyId, a.vacancyId)
                && ethnicity == a.ethnicity && Objects.equals(disability, a.disability);
    }

    @Override
    public int hashCode() {
        return Objects.hash(line, applicantId, sex, stage, vacancyId, ethnicity, disability);
    }

    /**
     * Gets a description for logs and test failures: the line and identifier, not the applicant's data.
     *
     * @return the description, not null
     * @since 0.2.0
     */
    @Override
    public String toString() {
        return "ApplicantRow[line " + line + ", " + applicantId + "]";
    }
}
