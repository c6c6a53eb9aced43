package org.equalityduty.core.plan;

import java.time.LocalDate;
import org.equalityduty.core.InvalidValueException;
import org.equalityduty.core.internal.Codes;

/**
 * A subject or a headline measure of a key stage.
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Subject {
    /**
     * Reading.
     *
     * @since 0.1.0
     */
    READING,
    /**
     * Writing.
     *
     * @since 0.1.0
     */
    WRITING,
    /**
     * Mathematics.
     *
     * @since 0.1.0
     */
    MATHS,
    /**
     * Grammar, punctuation and spelling (KS2).
     *
     * @since 0.1.0
     */
    GRAMMAR_PUNCTUATION_SPELLING,
    /**
     * English.
     *
     * @since 0.1.0
     */
    ENGLISH,
    /**
     * Science.
     *
     * @since 0.1.0
     */
    SCIENCE,
    /**
     * Reading, writing and maths combined (KS2 headline).
     *
     * @since 0.1.0
     */
    READING_WRITING_MATHS,
    /**
     * English and maths combined (KS4 grade 4+ or 5+).
     *
     * @since 0.1.0
     */
    ENGLISH_AND_MATHS,
    /**
     * Attainment 8 (KS4).
     *
     * @since 0.1.0
     */
    ATTAINMENT_8,
    /**
     * Progress 8 (KS4; not published for 2024/25 and 2025/26).
     *
     * @since 0.1.0
     */
    PROGRESS_8;

    private static final Codes<Subject> CODES = Codes.of(Subject.class, Subject::getCode);

    /** First day of academic year 2024/25; Progress 8 was not published for it nor for 2025/26. */
    private static final LocalDate PROGRESS_8_GAP_START = LocalDate.of(2024, 9, 1);
    /** Last day of academic year 2025/26. */
    private static final LocalDate PROGRESS_8_GAP_END = LocalDate.of(2026, 8, 31);

    /**
     * Checks whether DfE published this measure for the academic year (1 September to 31 August) containing a date.
     *
     * <p>Progress 8 was not published for 2024/25 and 2025/26: those cohorts had no KS2 results to measure progress
     * from (the repository's docs/domain.md, section 3, after the DfE performance tables). A success criterion on a
     * measure that was not published has no data for that year: a status, not an error. Every other subject is
     * treated as published.
     *
     * @param date  a date in the academic year, such as the date results refer to, not null
     * @return false for Progress 8 in 2024/25 and 2025/26, true otherwise
     * @since 0.1.0
     */
    public boolean isPublishedFor(LocalDate date) {
        return this != PROGRESS_8 || date.isBefore(PROGRESS_8_GAP_START) || date.isAfter(PROGRESS_8_GAP_END);
    }

    /**
     * Gets the stable wire code: the constant's name in lower case.
     *
     * @return the code, not null
     * @since 0.1.0
     */
    public String getCode() {
        return Codes.lowerCase(this);
    }

    /**
     * Obtains a constant from its wire code.
     *
     * @param code  the code, not null
     * @return the constant, not null
     * @throws InvalidValueException if the code is unknown
     * @since 0.1.0
     */
    public static Subject fromCode(String code) {
        return CODES.parse(code);
    }
}
