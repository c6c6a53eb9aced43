package org.equalityduty.testkit;

import java.util.Objects;
import org.equalityduty.core.plan.KeyStage;

/**
 * How to generate a pupil cohort: its size, the share of each group and the attainment model.
 *
 * <p>Defaults (approximate national shares for England, illustrative unless stated):
 * <ul>
 *   <li>size 20 to 120 pupils (a year group of one to four forms); shrinking moves toward the smallest size;</li>
 *   <li>female 49%;</li>
 *   <li>census ethnicity: approximate national shares, illustrative (White British about 62%, Any other White
 *       7%, Black African 4%, Pakistani 4.6%, ..., refused 1.2%, not obtained 1.0%);</li>
 *   <li>disadvantaged (FSM6, looked after, adopted from care) 25%;</li>
 *   <li>SEN provision: E (EHC plan) 4%, K (SEN support) 13%, the rest N; the DfE's "Special educational needs in
 *       England" releases of the mid-2020s put EHC plans at about 4 to 5% and SEN support at about 13 to 14%
 *       of pupils;</li>
 *   <li>first language other than English 20%, unknown (refused or not obtained) 1%;</li>
 *   <li>key stage 2: scaled scores in reading and maths, 80 to 120, with cohort means of about 105 (reading) and
 *       104 (maths), close to the national means of recent years, and a standard deviation of 6.5; reading and
 *       maths correlated (about 0.64); disadvantaged pupils 4 points lower than others (DfE's disadvantage gap
 *       index of about 3 corresponds to a gap of this order; illustrative), pupils with SEN support 5 and with an
 *       EHC plan 10 points lower than pupils without SEN (illustrative);</li>
 *   <li>key stage 4: grades 1 to 9 in English and maths with a cohort mean of about 5.0 and a standard deviation
 *       of 1.9, disadvantaged pupils 1.3 grades lower, SEN support 1.2 and EHC plan 2.5 grades lower
 *       (illustrative); the average of the two is in half grades;</li>
 *   <li>2% of pupils have no result (absent or not entered).</li>
 * </ul>
 * Characteristics are drawn independently of each other; only attainment depends on them.
 *
 * <p>This class is immutable and thread-safe; each {@code withX} method returns a changed copy.
 *
 * @since 0.1.0
 */
public final class PupilCohortConfig {
    private static final PupilCohortConfig DEFAULTS = new PupilCohortConfig(20, 120, 0.49, 0.25, 0.04, 0.13, 0.20,
            0.01, KeyStage.KS2, 4.0, 1.3, 0.02);

    private final int minSize;
    private final int maxSize;
    private final double femaleShare;
    private final double disadvantagedShare;
    private final double ehcPlanShare;
    private final double senSupportShare;
    private final double ealShare;
    private final double ealUnknownShare;
    private final KeyStage keyStage;
    private final double ks2DisadvantageGap;
    private final double ks4DisadvantageGap;
    private final double missingResultShare;

    private PupilCohortConfig(int minSize, int maxSize, double femaleShare, double disadvantagedShare,
            double ehcPlanShare, double senSupportShare, double ealShare, double ealUnknownShare, KeyStage keyStage,
            double ks2DisadvantageGap, double ks4DisadvantageGap, double missingResultShare) {
        Shares.size(minSize, maxSize);
        this.minSize = minSize;
        this.maxSize = maxSize;
        this.femaleShare = Shares.share("femaleShare", femaleShare);
        this.disadvantagedShare = Shares.share("disadvantagedShare", disadvantagedShare);
        this.ehcPlanShare = Shares.share("ehcPlanShare", ehcPlanShare);
        this.senSupportShare = Shares.share("senSupportShare", senSupportShare);
        Shares.sum("ehcPlanShare + senSupportShare", ehcPlanShare + senSupportShare);
        this.ealShare = Shares.share("ealShare", ealShare);
        this.ealUnknownShare = Shares.share("ealUnknownShare", ealUnknownShare);
        Shares.sum("ealShare + ealUnknownShare", ealShare + ealUnknownShare);
        this.keyStage = Objects.requireNonNull(keyStage, "keyStage");
        if (keyStage != KeyStage.KS2 && keyStage != KeyStage.KS4) {
            throw new IllegalArgumentException("keyStage must be ks2 or ks4, not " + keyStage.getCode());
        }
        this.ks2DisadvantageGap = Shares.finite("ks2DisadvantageGap", ks2DisadvantageGap);
        this.ks4DisadvantageGap = Shares.finite("ks4DisadvantageGap", ks4DisadvantageGap);
        this.missingResultShare = Shares.share("missingResultShare", missingResultShare);
    }

    /**
     * Obtains the default configuration.
     *
     * @return the defaults, not null
     * @since 0.1.0
     */
    public static PupilCohortConfig defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy with a fixed cohort size.
     *
     * @param size  the number of pupils, 0 to 100000
     * @return the copy, not null
     * @throws IllegalArgumentException if the size is out of range
     * @since 0.1.0
     */
    public PupilCohortConfig withSize(int size) {
        return withSizeBetween(size, size);
    }

    /**
     * Returns a copy with a size range; QuickTheories shrinks toward the smallest.
     *
     * @param min  the smallest number of pupils, 0 to 100000
     * @param max  the largest number, min to 100000
     * @return the copy, not null
     * @throws IllegalArgumentException if the range is invalid
     * @since 0.1.0
     */
    public PupilCohortConfig withSizeBetween(int min, int max) {
        return new PupilCohortConfig(min, max, femaleShare, disadvantagedShare, ehcPlanShare, senSupportShare,
                ealShare, ealUnknownShare, keyStage, ks2DisadvantageGap, ks4DisadvantageGap, missingResultShare);
    }

    /**
     * Returns a copy with another share of girls.
     *
     * @param share  the share, 0 to 1
     * @return the copy, not null
     * @throws IllegalArgumentException if the share is outside 0 to 1
     * @since 0.1.0
     */
    public PupilCohortConfig withFemaleShare(double share) {
        return new PupilCohortConfig(minSize, maxSize, share, disadvantagedShare, ehcPlanShare, senSupportShare,
                ealShare, ealUnknownShare, keyStage, ks2DisadvantageGap, ks4DisadvantageGap, missingResultShare);
    }

    /**
     * Returns a copy with another share of disadvantaged pupils.
     *
     * @param share  the share, 0 to 1
     * @return the copy, not null
     * @throws IllegalArgumentException if the share is outside 0 to 1
     * @since 0.1.0
     */
    public PupilCohortConfig withDisadvantagedShare(double share) {
        return new PupilCohortConfig(minSize, maxSize, femaleShare, share, ehcPlanShare, senSupportShare,
                ealShare, ealUnknownShare, keyStage, ks2DisadvantageGap, ks4DisadvantageGap, missingResultShare);
    }

    /**
     * Returns a copy with other shares of SEN provision E (EHC plan) and K (SEN support).
     *
     * @param ehcPlan  the share with an EHC plan, 0 to 1
     * @param senSupport  the share on SEN support, 0 to 1, with ehcPlan at most 1
     * @return the copy, not null
     * @throws IllegalArgumentException if a share is out of range
     * @since 0.1.0
     */
    public PupilCohortConfig withSenShares(double ehcPlan, double senSupport) {
        return new PupilCohortConfig(minSize, maxSize, femaleShare, disadvantagedShare, ehcPlan, senSupport,
                ealShare, ealUnknownShare, keyStage, ks2DisadvantageGap, ks4DisadvantageGap, missingResultShare);
    }

    /**
     * Returns a copy with another share of pupils whose first language is not English.
     *
     * @param share  the share, 0 to 1
     * @return the copy, not null
     * @throws IllegalArgumentException if the share is out of range
     * @since 0.1.0
     */
    public PupilCohortConfig withEalShare(double share) {
        return new PupilCohortConfig(minSize, maxSize, femaleShare, disadvantagedShare, ehcPlanShare,
                senSupportShare, share, ealUnknownShare, keyStage, ks2DisadvantageGap, ks4DisadvantageGap,
                missingResultShare);
    }

    /**
     * Returns a copy for another key stage.
     *
     * @param stage  {@link KeyStage#KS2} or {@link KeyStage#KS4}, not null
     * @return the copy, not null
     * @throws IllegalArgumentException if the stage is another one
     * @since 0.1.0
     */
    public PupilCohortConfig withKeyStage(KeyStage stage) {
        return new PupilCohortConfig(minSize, maxSize, femaleShare, disadvantagedShare, ehcPlanShare,
                senSupportShare, ealShare, ealUnknownShare, stage, ks2DisadvantageGap, ks4DisadvantageGap,
                missingResultShare);
    }

    /**
     * Returns a copy with another disadvantage gap in the attainment model.
     *
     * @param ks2Points  how many scaled-score points lower disadvantaged pupils score at KS2, any finite value
     * @param ks4Grades  how many grades lower they score at KS4, any finite value
     * @return the copy, not null
     * @throws IllegalArgumentException if a value is not finite
     * @since 0.1.0
     */
    public PupilCohortConfig withDisadvantageGap(double ks2Points, double ks4Grades) {
        return new PupilCohortConfig(minSize, maxSize, femaleShare, disadvantagedShare, ehcPlanShare,
                senSupportShare, ealShare, ealUnknownShare, keyStage, ks2Points, ks4Grades, missingResultShare);
    }

    /**
     * Returns a copy with another share of pupils without a result.
     *
     * @param share  the share, 0 to 1
     * @return the copy, not null
     * @throws IllegalArgumentException if the share is out of range
     * @since 0.1.0
     */
    public PupilCohortConfig withMissingResultShare(double share) {
        return new PupilCohortConfig(minSize, maxSize, femaleShare, disadvantagedShare, ehcPlanShare,
                senSupportShare, ealShare, ealUnknownShare, keyStage, ks2DisadvantageGap, ks4DisadvantageGap, share);
    }

    /**
     * Gets the smallest size.
     *
     * @return the size
     * @since 0.1.0
     */
    public int getMinSize() {
        return minSize;
    }

    /**
     * Gets the largest size.
     *
     * @return the size
     * @since 0.1.0
     */
    public int getMaxSize() {
        return maxSize;
    }

    /**
     * Gets the share of girls.
     *
     * @return the share, 0 to 1
     * @since 0.1.0
     */
    public double getFemaleShare() {
        return femaleShare;
    }

    /**
     * Gets the share of disadvantaged pupils.
     *
     * @return the share, 0 to 1
     * @since 0.1.0
     */
    public double getDisadvantagedShare() {
        return disadvantagedShare;
    }

    /**
     * Gets the share with an EHC plan (SEN provision E).
     *
     * @return the share, 0 to 1
     * @since 0.1.0
     */
    public double getEhcPlanShare() {
        return ehcPlanShare;
    }

    /**
     * Gets the share on SEN support (SEN provision K).
     *
     * @return the share, 0 to 1
     * @since 0.1.0
     */
    public double getSenSupportShare() {
        return senSupportShare;
    }

    /**
     * Gets the share whose first language is not English.
     *
     * @return the share, 0 to 1
     * @since 0.1.0
     */
    public double getEalShare() {
        return ealShare;
    }

    /**
     * Gets the share whose first language is unknown (refused or not obtained, half each).
     *
     * @return the share, 0 to 1
     * @since 0.1.0
     */
    public double getEalUnknownShare() {
        return ealUnknownShare;
    }

    /**
     * Gets the key stage of the results.
     *
     * @return KS2 or KS4, not null
     * @since 0.1.0
     */
    public KeyStage getKeyStage() {
        return keyStage;
    }

    /**
     * Gets the KS2 disadvantage gap of the model, in scaled-score points.
     *
     * @return the gap
     * @since 0.1.0
     */
    public double getKs2DisadvantageGap() {
        return ks2DisadvantageGap;
    }

    /**
     * Gets the KS4 disadvantage gap of the model, in grades.
     *
     * @return the gap
     * @since 0.1.0
     */
    public double getKs4DisadvantageGap() {
        return ks4DisadvantageGap;
    }

    /**
     * Gets the share of pupils without a result.
     *
     * @return the share, 0 to 1
     * @since 0.1.0
     */
    public double getMissingResultShare() {
        return missingResultShare;
    }
}
