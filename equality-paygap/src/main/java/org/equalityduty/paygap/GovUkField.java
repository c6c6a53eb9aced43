package org.equalityduty.paygap;

/**
 * The fields of the gov.uk gender pay gap service (and of its public data download), in the service's order, so a
 * trust can copy each figure into the field of the same name.
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.2.0
 */
public enum GovUkField {
    /**
     * Mean gender pay gap in hourly pay, percent of men's mean (reg 8).
     *
     * @since 0.2.0
     */
    DIFF_MEAN_HOURLY_PERCENT("DiffMeanHourlyPercent", Kind.GAP),
    /**
     * Median gender pay gap in hourly pay, percent of men's median (reg 9).
     *
     * @since 0.2.0
     */
    DIFF_MEDIAN_HOURLY_PERCENT("DiffMedianHourlyPercent", Kind.GAP),
    /**
     * Mean bonus gap, percent of men's mean bonus (reg 10).
     *
     * @since 0.2.0
     */
    DIFF_MEAN_BONUS_PERCENT("DiffMeanBonusPercent", Kind.GAP),
    /**
     * Median bonus gap, percent of men's median bonus (reg 11).
     *
     * @since 0.2.0
     */
    DIFF_MEDIAN_BONUS_PERCENT("DiffMedianBonusPercent", Kind.GAP),
    /**
     * Percent of male relevant employees paid bonus pay (reg 12).
     *
     * @since 0.2.0
     */
    MALE_BONUS_PERCENT("MaleBonusPercent", Kind.SHARE),
    /**
     * Percent of female relevant employees paid bonus pay (reg 12).
     *
     * @since 0.2.0
     */
    FEMALE_BONUS_PERCENT("FemaleBonusPercent", Kind.SHARE),
    /**
     * Percent of the lower quartile pay band who are men (reg 13).
     *
     * @since 0.2.0
     */
    MALE_LOWER_QUARTILE("MaleLowerQuartile", Kind.QUARTILE),
    /**
     * Percent of the lower quartile pay band who are women.
     *
     * @since 0.2.0
     */
    FEMALE_LOWER_QUARTILE("FemaleLowerQuartile", Kind.QUARTILE),
    /**
     * Percent of the lower middle quartile pay band who are men.
     *
     * @since 0.2.0
     */
    MALE_LOWER_MIDDLE_QUARTILE("MaleLowerMiddleQuartile", Kind.QUARTILE),
    /**
     * Percent of the lower middle quartile pay band who are women.
     *
     * @since 0.2.0
     */
    FEMALE_LOWER_MIDDLE_QUARTILE("FemaleLowerMiddleQuartile", Kind.QUARTILE),
    /**
     * Percent of the upper middle quartile pay band who are men.
     *
     * @since 0.2.0
     */
    MALE_UPPER_MIDDLE_QUARTILE("MaleUpperMiddleQuartile", Kind.QUARTILE),
    /**
     * Percent of the upper middle quartile pay band who are women.
     *
     * @since 0.2.0
     */
    FEMALE_UPPER_MIDDLE_QUARTILE("FemaleUpperMiddleQuartile", Kind.QUARTILE),
    /**
     * Percent of the upper quartile pay band who are men.
     *
     * @since 0.2.0
     */
    MALE_TOP_QUARTILE("MaleTopQuartile", Kind.QUARTILE),
    /**
     * Percent of the upper quartile pay band who are women.
     *
     * @since 0.2.0
     */
    FEMALE_TOP_QUARTILE("FemaleTopQuartile", Kind.QUARTILE);

    /**
     * What a field holds, for the service's checks.
     *
     * @since 0.2.0
     */
    public enum Kind {
        /**
         * A pay gap: the service accepts -200.9 to 200.9.
         *
         * @since 0.2.0
         */
        GAP,
        /**
         * A share of men or of women: 0 to 100.
         *
         * @since 0.2.0
         */
        SHARE,
        /**
         * A quartile band's share: 0 to 100, and the band's male and female shares sum to 100.
         *
         * @since 0.2.0
         */
        QUARTILE
    }

    private final String serviceName;
    private final Kind kind;

    GovUkField(String serviceName, Kind kind) {
        this.serviceName = serviceName;
        this.kind = kind;
    }

    /**
     * Gets the field's name in the gov.uk service, such as {@code DiffMeanHourlyPercent}.
     *
     * @return the service's name, not null
     * @since 0.2.0
     */
    public String getServiceName() {
        return serviceName;
    }

    /**
     * Gets what the field holds.
     *
     * @return the kind, not null
     * @since 0.2.0
     */
    public Kind getKind() {
        return kind;
    }

    /**
     * Gets the quartile field of the same band for the other sex ({@code MaleLowerQuartile} for
     * {@code FemaleLowerQuartile} and the reverse).
     *
     * @return the partner field, not null
     * @throws IllegalStateException if this is not a quartile field
     * @since 0.2.0
     */
    public GovUkField getQuartilePartner() {
        if (kind != Kind.QUARTILE) {
            throw new IllegalStateException(serviceName + " is not a quartile field");
        }
        int i = ordinal();
        return values()[(i - MALE_LOWER_QUARTILE.ordinal()) % 2 == 0 ? i + 1 : i - 1];
    }
}
