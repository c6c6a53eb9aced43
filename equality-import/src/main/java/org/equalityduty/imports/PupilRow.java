package org.equalityduty.imports;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.equalityduty.core.population.CensusEthnicity;
import org.equalityduty.core.population.Category;
import org.equalityduty.core.plan.KeyStage;
import org.equalityduty.core.plan.Subject;
import org.equalityduty.metrics.measures.Outcome;
import org.equalityduty.metrics.measures.PersonRecord;
import org.equalityduty.metrics.measures.PersonView;
import org.jspecify.annotations.Nullable;

/**
 * One pupil read from a file in the {@link Layout#PUPILS} layout. Anything blank, mapped to not recorded or given
 * an unknown code is empty.
 *
 * <p>Categories use the standard dimensions of {@link org.equalityduty.core.population.Dimensions}: {@code sex},
 * {@code ethnicity} (census main code), {@code ethnic_group} (its major group; refused and not obtained apart),
 * {@code sen_provision}, {@code disadvantage} and {@code eal}. {@link #view()} reads pupils in place for the
 * measure evaluator, and {@link #toPersonRecord()} copies one into a {@link PersonRecord}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class PupilRow {
    static final int ID = Layout.PUPILS.index("pupil_id");
    static final int URN = Layout.PUPILS.index("school_urn");
    static final int SEX = Layout.PUPILS.index("sex");
    static final int ETHNICITY = Layout.PUPILS.index("ethnicity");
    static final int SEN = Layout.PUPILS.index("sen");
    static final int DISADVANTAGED = Layout.PUPILS.index("disadvantaged");
    static final int EAL = Layout.PUPILS.index("eal");
    static final int LOOKED_AFTER = Layout.PUPILS.index("looked_after");
    static final int YEAR_GROUP = Layout.PUPILS.index("year_group");
    static final int KS2_READING = Layout.PUPILS.index("ks2_reading");
    static final int KS2_MATHS = Layout.PUPILS.index("ks2_maths");
    static final int KS2_WRITING = Layout.PUPILS.index("ks2_writing_expected");
    static final int ATTAINMENT_8 = Layout.PUPILS.index("ks4_attainment8");
    static final int ENGLISH_MATHS = Layout.PUPILS.index("ks4_english_maths_grade");
    static final int POSSIBLE = Layout.PUPILS.index("sessions_possible");
    static final int MISSED = Layout.PUPILS.index("sessions_missed");
    static final int SUSPENSIONS = Layout.PUPILS.index("suspensions");

    /** The KS2 expected standard in scaled-score points. */
    static final int EXPECTED_STANDARD = 100;
    /** The range of a KS2 scaled score. */
    static final int KS2_MIN = 80;
    static final int KS2_MAX = 120;
    /** The highest Attainment 8 score, KS4 grade and count of sessions or suspensions. */
    static final double ATTAINMENT_8_MAX = 90;
    static final double GRADE_MAX = 9;
    static final int SESSIONS_MAX = 1000;
    static final String ATTAINMENT_8_EXPECTED = "expected a number from 0 to 90, or blank";
    static final String GRADE_EXPECTED = "expected a number from 0 to 9, or blank";

    private static final Outcome KS2_READING_OUTCOME = Outcome.of(KeyStage.KS2, Subject.READING);
    private static final Outcome KS2_MATHS_OUTCOME = Outcome.of(KeyStage.KS2, Subject.MATHS);
    private static final Outcome KS2_WRITING_OUTCOME = Outcome.of(KeyStage.KS2, Subject.WRITING);
    private static final Outcome KS2_RWM_OUTCOME = Outcome.of(KeyStage.KS2, Subject.READING_WRITING_MATHS);
    private static final Outcome KS4_A8_OUTCOME = Outcome.of(KeyStage.KS4, Subject.ATTAINMENT_8);
    private static final Outcome KS4_EM_OUTCOME = Outcome.of(KeyStage.KS4, Subject.ENGLISH_AND_MATHS);

    private static final PersonView<PupilRow> VIEW = PersonView.<PupilRow>builder(PupilRow::getCategory)
            .score(PupilRow::scoreOf)
            .metStandard(PupilRow::metStandardOf)
            .build();

    private final long line;
    private final String pupilId;
    private final String schoolUrn;
    private final @Nullable Category sex;
    private final @Nullable CensusEthnicity ethnicity;
    private final @Nullable Category sen;
    private final byte disadvantaged;
    private final byte eal;
    private final byte lookedAfter;
    private final int yearGroup;
    private final int ks2Reading;
    private final int ks2Maths;
    private final byte ks2WritingExpected;
    private final double attainment8;
    private final double englishMathsGrade;
    private final int sessionsPossible;
    private final int sessionsMissed;
    private final int suspensions;

    PupilRow(long line, String pupilId, String schoolUrn, @Nullable Category sex,
            @Nullable CensusEthnicity ethnicity, @Nullable Category sen, byte disadvantaged, byte eal,
            byte lookedAfter, int yearGroup, int ks2Reading, int ks2Maths, byte ks2WritingExpected,
            double attainment8, double englishMathsGrade, int sessionsPossible, int sessionsMissed,
            int suspensions) {
        this.line = line;
        this.pupilId = pupilId;
        this.schoolUrn = schoolUrn;
        this.sex = sex;
        this.ethnicity = ethnicity;
        this.sen = sen;
        this.disadvantaged = disadvantaged;
        this.eal = eal;
        this.lookedAfter = lookedAfter;
        this.yearGroup = yearGroup;
        this.ks2Reading = ks2Reading;
        this.ks2Maths = ks2Maths;
        this.ks2WritingExpected = ks2WritingExpected;
        this.attainment8 = attainment8;
        this.englishMathsGrade = englishMathsGrade;
        this.sessionsPossible = sessionsPossible;
        this.sessionsMissed = sessionsMissed;
        this.suspensions = suspensions;
    }

    /** Reads a row; null if it has an error (recorded in the fields). */
    static @Nullable PupilRow parse(Fields f) {
        String pupilId = f.id(ID);
        String schoolUrn = f.urn(URN);
        Category sex = f.code(SEX, Codes.SEX);
        CensusEthnicity ethnicity = f.ethnicity(ETHNICITY);
        Category sen = f.code(SEN, Codes.SEN);
        byte disadvantaged = f.flag(DISADVANTAGED);
        byte eal = f.flag(EAL);
        byte lookedAfter = f.flag(LOOKED_AFTER);
        Integer year = f.code(YEAR_GROUP, Codes.YEAR_GROUP);
        int ks2Reading = f.whole(KS2_READING, KS2_MIN, KS2_MAX);
        int ks2Maths = f.whole(KS2_MATHS, KS2_MIN, KS2_MAX);
        byte ks2Writing = f.flag(KS2_WRITING);
        double attainment8 = f.decimal(ATTAINMENT_8, 0, ATTAINMENT_8_MAX, false, ATTAINMENT_8_EXPECTED);
        double englishMaths = f.decimal(ENGLISH_MATHS, 0, GRADE_MAX, false, GRADE_EXPECTED);
        int possible = f.whole(POSSIBLE, 0, SESSIONS_MAX);
        int missed = f.whole(MISSED, 0, SESSIONS_MAX);
        if (missed != Fields.NONE && possible != Fields.NONE && missed > possible) {
            f.error(MISSED, "more than sessions_possible (" + possible + ")");
            missed = Fields.NONE;
        }
        int suspensions = f.whole(SUSPENSIONS, 0, SESSIONS_MAX);
        if (f.hasError() || pupilId == null || schoolUrn == null) {
            return null;
        }
        return new PupilRow(f.line(), pupilId, schoolUrn, sex, ethnicity, sen, disadvantaged, eal, lookedAfter,
                year == null ? Fields.NONE : year, ks2Reading, ks2Maths, ks2Writing, attainment8, englishMaths,
                possible, missed, suspensions);
    }

    /**
     * Gets the view of pupil rows for {@link org.equalityduty.metrics.measures.MeasureEvaluator}: categories as
     * {@link #getCategory(String)}; scores for KS2 reading and maths (scaled scores), KS4 Attainment 8 and KS4
     * English and maths (the mean grade); "met the standard" for KS2 reading and maths (a scaled score of 100 or
     * more), KS2 writing ({@code ks2_writing_expected}) and KS2 reading, writing and maths (all three met, when all
     * three are recorded).
     *
     * @return the view, not null
     * @since 0.2.0
     */
    public static PersonView<PupilRow> view() {
        return VIEW;
    }

    private static OptionalDouble scoreOf(PupilRow p, Outcome o) {
        if (o.equals(KS2_READING_OUTCOME)) {
            return toDouble(p.ks2Reading);
        }
        if (o.equals(KS2_MATHS_OUTCOME)) {
            return toDouble(p.ks2Maths);
        }
        if (o.equals(KS4_A8_OUTCOME)) {
            return p.getKs4Attainment8();
        }
        if (o.equals(KS4_EM_OUTCOME)) {
            return p.getKs4EnglishMathsGrade();
        }
        return OptionalDouble.empty();
    }

    private static Optional<Boolean> metStandardOf(PupilRow p, Outcome o) {
        if (o.equals(KS2_READING_OUTCOME)) {
            return p.ks2Reading == Fields.NONE ? Optional.empty() : Optional.of(p.ks2Reading >= EXPECTED_STANDARD);
        }
        if (o.equals(KS2_MATHS_OUTCOME)) {
            return p.ks2Maths == Fields.NONE ? Optional.empty() : Optional.of(p.ks2Maths >= EXPECTED_STANDARD);
        }
        if (o.equals(KS2_WRITING_OUTCOME)) {
            return p.getKs2WritingExpected();
        }
        if (o.equals(KS2_RWM_OUTCOME)) {
            if (p.ks2Reading == Fields.NONE || p.ks2Maths == Fields.NONE || p.ks2WritingExpected < 0) {
                return Optional.empty();
            }
            return Optional.of(p.ks2Reading >= EXPECTED_STANDARD && p.ks2Maths >= EXPECTED_STANDARD
                    && p.ks2WritingExpected == 1);
        }
        return Optional.empty();
    }

    private static OptionalDouble toDouble(int value) {
        return value == Fields.NONE ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    private static OptionalInt toInt(int value) {
        return value == Fields.NONE ? OptionalInt.empty() : OptionalInt.of(value);
    }

    private static OptionalDouble toOptional(double value) {
        return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    private static Optional<Boolean> toFlag(byte value) {
        return value < 0 ? Optional.empty() : Optional.of(value == 1);
    }

    /**
     * Gets the physical line of the file the row starts on.
     *
     * @return the line, from 2 (line 1 is the header)
     * @since 0.2.0
     */
    public long getLine() {
        return line;
    }

    /**
     * Gets the pupil's identifier as in the file.
     *
     * @return the identifier, not blank, at most 64 characters, not null
     * @since 0.2.0
     */
    public String getPupilId() {
        return pupilId;
    }

    /**
     * Gets the URN of the pupil's school.
     *
     * @return six digits, not null
     * @since 0.2.0
     */
    public String getSchoolUrn() {
        return schoolUrn;
    }

    /**
     * Gets the pupil's sex.
     *
     * @return a category of {@code Dimensions.SEX}, empty if not recorded, not null
     * @since 0.2.0
     */
    public Optional<Category> getSex() {
        return Optional.ofNullable(sex);
    }

    /**
     * Gets the pupil's census main ethnicity code (an extended code is rolled up to its main code).
     *
     * @return the code, including {@code REFU} and {@code NOBT}, empty if not recorded, not null
     * @since 0.2.0
     */
    public Optional<CensusEthnicity> getEthnicity() {
        return Optional.ofNullable(ethnicity);
    }

    /**
     * Gets the pupil's SEN provision.
     *
     * @return a category of {@code Dimensions.SEN_PROVISION}, empty if not recorded, not null
     * @since 0.2.0
     */
    public Optional<Category> getSenProvision() {
        return Optional.ofNullable(sen);
    }

    /**
     * Gets whether the pupil is disadvantaged (FSM6, looked after or adopted from care).
     *
     * @return the flag, empty if not recorded, not null
     * @since 0.2.0
     */
    public Optional<Boolean> getDisadvantaged() {
        return toFlag(disadvantaged);
    }

    /** The disadvantage flag as read: 1, 0, or -1 if not recorded (for {@link SchoolGaps}, without boxing). */
    byte disadvantagedFlag() {
        return disadvantaged;
    }

    /** A score as read, {@code NaN} if not recorded (for {@link GapScore#of}, without boxing). */
    double rawScore(GapScore score) {
        switch (score) {
            case KS2_READING:
                return ks2Reading == Fields.NONE ? Double.NaN : ks2Reading;
            case KS2_MATHS:
                return ks2Maths == Fields.NONE ? Double.NaN : ks2Maths;
            case KS4_ATTAINMENT_8:
                return attainment8;
            default:
                return englishMathsGrade;
        }
    }

    /**
     * Gets whether the pupil's first language is other than English.
     *
     * @return the flag, empty if not recorded, not null
     * @since 0.2.0
     */
    public Optional<Boolean> getEal() {
        return toFlag(eal);
    }

    /**
     * Gets whether the pupil is looked after.
     *
     * @return the flag, empty if not recorded, not null
     * @since 0.2.0
     */
    public Optional<Boolean> getLookedAfter() {
        return toFlag(lookedAfter);
    }

    /**
     * Gets the pupil's national curriculum year group.
     *
     * @return -2 for N1, -1 for N2, 0 for reception, 1 to 14; empty if not recorded, not null
     * @since 0.2.0
     */
    public OptionalInt getYearGroup() {
        return toInt(yearGroup);
    }

    /**
     * Gets the KS2 reading scaled score.
     *
     * @return 80 to 120, empty if not recorded, not null
     * @since 0.2.0
     */
    public OptionalInt getKs2Reading() {
        return toInt(ks2Reading);
    }

    /**
     * Gets the KS2 maths scaled score.
     *
     * @return 80 to 120, empty if not recorded, not null
     * @since 0.2.0
     */
    public OptionalInt getKs2Maths() {
        return toInt(ks2Maths);
    }

    /**
     * Gets whether the pupil met the expected standard in KS2 writing (teacher assessment).
     *
     * @return the flag, empty if not recorded, not null
     * @since 0.2.0
     */
    public Optional<Boolean> getKs2WritingExpected() {
        return toFlag(ks2WritingExpected);
    }

    /**
     * Gets the KS4 Attainment 8 score.
     *
     * @return 0 to 90, empty if not recorded, not null
     * @since 0.2.0
     */
    public OptionalDouble getKs4Attainment8() {
        return toOptional(attainment8);
    }

    /**
     * Gets the mean of the pupil's KS4 English and maths grades.
     *
     * @return 0 to 9, empty if not recorded, not null
     * @since 0.2.0
     */
    public OptionalDouble getKs4EnglishMathsGrade() {
        return toOptional(englishMathsGrade);
    }

    /**
     * Gets the number of sessions the pupil could have attended.
     *
     * @return 0 to 1,000, empty if not recorded, not null
     * @since 0.2.0
     */
    public OptionalInt getSessionsPossible() {
        return toInt(sessionsPossible);
    }

    /**
     * Gets the number of sessions the pupil missed.
     *
     * @return 0 to {@code sessions_possible} (or 1,000 if that is not recorded), empty if not recorded, not null
     * @since 0.2.0
     */
    public OptionalInt getSessionsMissed() {
        return toInt(sessionsMissed);
    }

    /**
     * Gets the number of suspensions in the year.
     *
     * @return 0 to 1,000, empty if not recorded, not null
     * @since 0.2.0
     */
    public OptionalInt getSuspensions() {
        return toInt(suspensions);
    }

    /**
     * Gets the pupil's category in a standard dimension.
     *
     * @param dimensionId {@code sex}, {@code ethnicity}, {@code ethnic_group}, {@code sen_provision},
     *        {@code disadvantage} or {@code eal}, not null
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
            case "sen_provision":
                return Optional.ofNullable(sen);
            case "disadvantage":
                return disadvantaged < 0 ? Optional.empty()
                        : Optional.of(disadvantaged == 1 ? Codes.DISADVANTAGED : Codes.NOT_DISADVANTAGED);
            case "eal":
                return eal < 0 ? Optional.empty() : Optional.of(eal == 1 ? Codes.EAL : Codes.ENGLISH);
            default:
                return Optional.empty();
        }
    }

    /**
     * Copies the pupil into a record for the measure evaluator, with the categories, scores and results that
     * {@link #view()} gives.
     *
     * @return the record, not null
     * @since 0.2.0
     */
    public PersonRecord toPersonRecord() {
        PersonRecord.Builder b = PersonRecord.builder();
        for (String d : new String[] {"sex", "ethnicity", "ethnic_group", "sen_provision", "disadvantage", "eal"}) {
            getCategory(d).ifPresent(b::category);
        }
        for (Outcome o : new Outcome[] {KS2_READING_OUTCOME, KS2_MATHS_OUTCOME, KS4_A8_OUTCOME, KS4_EM_OUTCOME}) {
            scoreOf(this, o).ifPresent(s -> b.score(o, s));
        }
        for (Outcome o : new Outcome[] {KS2_READING_OUTCOME, KS2_MATHS_OUTCOME, KS2_WRITING_OUTCOME,
                KS2_RWM_OUTCOME}) {
            metStandardOf(this, o).ifPresent(m -> b.metStandard(o, m));
        }
        return b.build();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PupilRow p && line == p.line && pupilId.equals(p.pupilId)
                && schoolUrn.equals(p.schoolUrn) && Objects.equals(sex, p.sex) && ethnicity == p.ethnicity
                && Objects.equals(sen, p.sen) && disadvantaged == p.disadvantaged && eal == p.eal
                && lookedAfter == p.lookedAfter && yearGroup == p.yearGroup && ks2Reading == p.ks2Reading
                && ks2Maths == p.ks2Maths && ks2WritingExpected == p.ks2WritingExpected
                && Double.compare(attainment8, p.attainment8) == 0
                && Double.compare(englishMathsGrade, p.englishMathsGrade) == 0
                && sessionsPossible == p.sessionsPossible && sessionsMissed == p.sessionsMissed
                && suspensions == p.suspensions;
    }

    @Override
    public int hashCode() {
        return Objects.hash(line, pupilId, schoolUrn, sex, ethnicity, sen, disadvantaged, eal, lookedAfter,
                yearGroup, ks2Reading, ks2Maths, ks2WritingExpected, attainment8, englishMathsGrade,
                sessionsPossible, sessionsMissed, suspensions);
    }

    /**
     * Gets a description for logs and test failures: the line, identifier and school, not the pupil's data.
     *
     * @return the description, not null
     * @since 0.2.0
     */
    @Override
    public String toString() {
        return "PupilRow[line " + line + ", " + pupilId + " at " + schoolUrn + "]";
    }
}
