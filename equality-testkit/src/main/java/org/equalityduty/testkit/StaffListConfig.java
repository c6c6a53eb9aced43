package org.equalityduty.testkit;

/**
 * How to generate a school's staff list.
 *
 * <p>Defaults (approximate national shares for the school workforce in England, illustrative):
 * <ul>
 *   <li>size 10 to 120 people; shrinking moves toward the smallest size;</li>
 *   <li>female 76% (the school workforce census of the mid-2020s reports roughly three quarters of teachers and a
 *       larger share of support staff as women);</li>
 *   <li>roles: leadership 6%, teacher 42%, teaching assistant 28%, administrative 12%, site 4%, other support
 *       8%, the same for women and men, so any gender pay gap comes from FTE and pay only;</li>
 *   <li>census ethnicity: White British about 80%, refused 2%, not obtained about 3% (illustrative);</li>
 *   <li>disability: disabled 4%, not disabled 60%, refused 6%, not obtained 30% (disability is often not
 *       recorded; illustrative);</li>
 *   <li>FTE in (0, 1] to two decimals: leaders and teachers mostly full time, teaching assistants mostly part
 *       time;</li>
 *   <li>hourly pay by role, uniform within illustrative bands (teacher 22.00 to 36.00, leadership 35.00 to 65.00,
 *       teaching assistant 11.50 to 14.50, administrative 12.00 to 17.00, site 12.00 to 15.00, other support
 *       12.00 to 16.00 pounds).</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe; each {@code withX} method returns a changed copy.
 *
 * @since 0.1.0
 */
public final class StaffListConfig {
    private static final StaffListConfig DEFAULTS = new StaffListConfig(10, 120, 0.76, 0.04);

    private final int minSize;
    private final int maxSize;
    private final double femaleShare;
    private final double disabledShare;

    private StaffListConfig(int minSize, int maxSize, double femaleShare, double disabledShare) {
        Shares.size(minSize, maxSize);
        this.minSize = minSize;
        this.maxSize = maxSize;
        this.femaleShare = Shares.share("femaleShare", femaleShare);
        this.disabledShare = Shares.share("disabledShare", disabledShare);
        if (disabledShare > 0.64) {
            throw new IllegalArgumentException("disabledShare must not exceed 0.64 (refused and not obtained take"
                    + " 0.36), not " + disabledShare);
        }
    }

    /**
     * Obtains the default configuration.
     *
     * @return the defaults, not null
     * @since 0.1.0
     */
    public static StaffListConfig defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy with a fixed size.
     *
     * @param size  the number of staff, 0 to 100000
     * @return the copy, not null
     * @throws IllegalArgumentException if the size is out of range
     * @since 0.1.0
     */
    public StaffListConfig withSize(int size) {
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
    public StaffListConfig withSizeBetween(int min, int max) {
        return new StaffListConfig(min, max, femaleShare, disabledShare);
    }

    /**
     * Returns a copy with another share of women.
     *
     * @param share  the share, 0 to 1
     * @return the copy, not null
     * @throws IllegalArgumentException if the share is outside 0 to 1
     * @since 0.1.0
     */
    public StaffListConfig withFemaleShare(double share) {
        return new StaffListConfig(minSize, maxSize, share, disabledShare);
    }

    /**
     * Returns a copy with another share of disabled staff; the share of staff not disabled changes to match.
     *
     * @param share  the share, 0 to 0.64
     * @return the copy, not null
     * @throws IllegalArgumentException if the share is out of range
     * @since 0.1.0
     */
    public StaffListConfig withDisabledShare(double share) {
        return new StaffListConfig(minSize, maxSize, femaleShare, share);
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
     * Gets the share of disabled staff.
     *
     * @return the share, 0 to 0.64
     * @since 0.1.0
     */
    public double getDisabledShare() {
        return disabledShare;
    }
}
