package org.equalityduty.testkit;

/**
 * How to generate the applicants for a school's vacancies.
 *
 * <p>Defaults (illustrative):
 * <ul>
 *   <li>size 5 to 80 applicants; shrinking moves toward the smallest size;</li>
 *   <li>female 70%; disabled 5%, refused 3%, not obtained 10%;</li>
 *   <li>census ethnicity with the approximate national pupil shares (a more diverse pool than current staff);</li>
 *   <li>roles applied for: teacher 45%, teaching assistant 30%, administrative 12%, leadership 5%, site 3%,
 *       other support 5%;</li>
 *   <li>25% of applicants shortlisted, 30% of those shortlisted appointed;</li>
 *   <li>a shortlisting ratio of 1 for minority ethnic applicants (known ethnicity other than White): set it below
 *       1 to build a pool in which they are shortlisted less often, for testing selection-rate metrics.</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe; each {@code withX} method returns a changed copy.
 *
 * @since 0.1.0
 */
public final class ApplicantPoolConfig {
    private static final ApplicantPoolConfig DEFAULTS = new ApplicantPoolConfig(5, 80, 0.70, 0.25, 0.30, 1.0);

    private final int minSize;
    private final int maxSize;
    private final double femaleShare;
    private final double shortlistedShare;
    private final double appointedShareOfShortlisted;
    private final double minorityEthnicShortlistRatio;

    private ApplicantPoolConfig(int minSize, int maxSize, double femaleShare, double shortlistedShare,
            double appointedShareOfShortlisted, double minorityEthnicShortlistRatio) {
        Shares.size(minSize, maxSize);
        this.minSize = minSize;
        this.maxSize = maxSize;
        this.femaleShare = Shares.share("femaleShare", femaleShare);
        this.shortlistedShare = Shares.share("shortlistedShare", shortlistedShare);
        this.appointedShareOfShortlisted = Shares.share("appointedShareOfShortlisted", appointedShareOfShortlisted);
        this.minorityEthnicShortlistRatio = Shares.positive("minorityEthnicShortlistRatio",
                minorityEthnicShortlistRatio);
    }

    /**
     * Obtains the default configuration.
     *
     * @return the defaults, not null
     * @since 0.1.0
     */
    public static ApplicantPoolConfig defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy with a fixed size.
     *
     * @param size  the number of applicants, 0 to 100000
     * @return the copy, not null
     * @throws IllegalArgumentException if the size is out of range
     * @since 0.1.0
     */
    public ApplicantPoolConfig withSize(int size) {
        return withSizeBetween(size, size);
    }

    /**
     * Returns a copy with a size range.
     *
     * @param min  the smallest size, 0 to 100000
     * @param max  the largest size, min to 100000
     * @return the copy, not null
     * @throws IllegalArgumentException if the range is invalid
     * @since 0.1.0
     */
    public ApplicantPoolConfig withSizeBetween(int min, int max) {
        return new ApplicantPoolConfig(min, max, femaleShare, shortlistedShare, appointedShareOfShortlisted,
                minorityEthnicShortlistRatio);
    }

    /**
     * Returns a copy with another share of women.
     *
     * @param share  the share, 0 to 1
     * @return the copy, not null
     * @throws IllegalArgumentException if the share is outside 0 to 1
     * @since 0.1.0
     */
    public ApplicantPoolConfig withFemaleShare(double share) {
        return new ApplicantPoolConfig(minSize, maxSize, share, shortlistedShare, appointedShareOfShortlisted,
                minorityEthnicShortlistRatio);
    }

    /**
     * Returns a copy with other selection rates.
     *
     * @param shortlisted  the share of applicants shortlisted, 0 to 1
     * @param appointedOfShortlisted  the share of shortlisted applicants appointed, 0 to 1
     * @return the copy, not null
     * @throws IllegalArgumentException if a share is outside 0 to 1
     * @since 0.1.0
     */
    public ApplicantPoolConfig withSelectionRates(double shortlisted, double appointedOfShortlisted) {
        return new ApplicantPoolConfig(minSize, maxSize, femaleShare, shortlisted, appointedOfShortlisted,
                minorityEthnicShortlistRatio);
    }

    /**
     * Returns a copy in which minority ethnic applicants are shortlisted at a multiple of the base rate (capped at
     * certainty).
     *
     * @param ratio  the multiple, positive and finite
     * @return the copy, not null
     * @throws IllegalArgumentException if the ratio is not positive and finite
     * @since 0.1.0
     */
    public ApplicantPoolConfig withMinorityEthnicShortlistRatio(double ratio) {
        return new ApplicantPoolConfig(minSize, maxSize, femaleShare, shortlistedShare, appointedShareOfShortlisted,
                ratio);
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
     * Gets the share of women.
     *
     * @return the share, 0 to 1
     * @since 0.1.0
     */
    public double getFemaleShare() {
        return femaleShare;
    }

    /**
     * Gets the share of applicants shortlisted.
     *
     * @return the share, 0 to 1
     * @since 0.1.0
     */
    public double getShortlistedShare() {
        return shortlistedShare;
    }

    /**
     * Gets the share of shortlisted applicants appointed.
     *
     * @return the share, 0 to 1
     * @since 0.1.0
     */
    public double getAppointedShareOfShortlisted() {
        return appointedShareOfShortlisted;
    }

    /**
     * Gets the shortlisting multiple for minority ethnic applicants.
     *
     * @return the ratio, positive
     * @since 0.1.0
     */
    public double getMinorityEthnicShortlistRatio() {
        return minorityEthnicShortlistRatio;
    }
}
