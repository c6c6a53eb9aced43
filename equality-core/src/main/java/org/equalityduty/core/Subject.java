package org.equalityduty.core;

import org.equalityduty.core.internal.Codes;

/**
 * A subject or a headline measure of a key stage.
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Subject {
    /** Reading. */
    READING,
    /** Writing. */
    WRITING,
    /** Mathematics. */
    MATHS,
    /** Grammar, punctuation and spelling (KS2). */
    GRAMMAR_PUNCTUATION_SPELLING,
    /** English. */
    ENGLISH,
    /** Science. */
    SCIENCE,
    /** Reading, writing and maths combined (KS2 headline). */
    READING_WRITING_MATHS,
    /** English and maths combined (KS4 grade 4+ or 5+). */
    ENGLISH_AND_MATHS,
    /** Attainment 8 (KS4). */
    ATTAINMENT_8,
    /** Progress 8 (KS4; not published for 2024/25 and 2025/26). */
    PROGRESS_8;

    private static final Codes<Subject> CODES = Codes.of(Subject.class, Subject::getCode);

    /**
     * Gets the stable wire code: the constant's name in lower case.
     *
     * @return the code, not null
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
     */
    public static Subject fromCode(String code) {
        return CODES.parse(code);
    }
}
