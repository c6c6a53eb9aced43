package org.equalityduty.imports;

/**
 * The pupil scores that {@link SchoolGaps} compares disadvantaged pupils with their peers on.
 *
 * <p>KS2 scores also have a standard (a scaled score of 100 or more: the expected standard), so their gap in the
 * share meeting it is computed too; KS4 scores have none in the default layout.
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.2.0
 */
public enum GapScore {
    /**
     * KS2 reading scaled score ({@code ks2_reading}); standard: 100 or more.
     *
     * @since 0.2.0
     */
    KS2_READING("KS2 reading scaled score", true),
    /**
     * KS2 maths scaled score ({@code ks2_maths}); standard: 100 or more.
     *
     * @since 0.2.0
     */
    KS2_MATHS("KS2 maths scaled score", true),
    /**
     * KS4 Attainment 8 score ({@code ks4_attainment8}).
     *
     * @since 0.2.0
     */
    KS4_ATTAINMENT_8("KS4 Attainment 8 score", false),
    /**
     * Mean KS4 English and maths grade ({@code ks4_english_maths_grade}).
     *
     * @since 0.2.0
     */
    KS4_ENGLISH_MATHS_GRADE("KS4 mean English and maths grade", false);

    private final String label;
    private final boolean standard;

    GapScore(String label, boolean standard) {
        this.label = label;
        this.standard = standard;
    }

    /**
     * Gets the plain-English name.
     *
     * @return the label, not null
     * @since 0.2.0
     */
    public String getLabel() {
        return label;
    }

    /**
     * Gets whether the score has a standard whose share meeting it is compared.
     *
     * @return true for the KS2 scores
     * @since 0.2.0
     */
    public boolean hasStandard() {
        return standard;
    }

    /** The pupil's score, NaN if not recorded. */
    double of(PupilRow p) {
        return p.rawScore(this);
    }
}
