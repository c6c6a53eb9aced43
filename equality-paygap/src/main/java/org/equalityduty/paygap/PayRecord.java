package org.equalityduty.paygap;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One relevant employee's pay on the snapshot date: an id, the sex, whether the employee is a full-pay relevant
 * employee, the hourly pay (for full-pay relevant employees) and the bonus pay in the 12 months ending with the
 * snapshot date, with optional attributes (ethnicity, disability) for {@link GroupPayGaps}.
 *
 * <p>A <em>relevant employee</em> is employed on the snapshot date; a <em>full-pay relevant employee</em> is one
 * not being paid at a reduced rate or nil in the relevant pay period because of leave (SI 2017/172 reg 1(2)). Only
 * full-pay relevant employees count for the hourly figures and the quartiles; every relevant employee counts for
 * the bonus figures.
 *
 * <p>An absent hourly pay means "not given" and an absent bonus means "not known"; a bonus of 0 means none was paid.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class PayRecord {
    private static final int MAX_ID_LENGTH = 64;

    private final String id;
    private final Sex sex;
    private final boolean fullPay;
    private final @Nullable HourlyPay hourlyPay;
    private final @Nullable BigDecimal bonusPay;
    private final SortedMap<String, String> attributes;
    /**
     * Derived once, when the record is built, for the calculations' single pass: the hourly rate and the bonus in
     * units of 10^-4 ({@link Column#NOT_SCALED} if absent or if the value does not fit that form, when the decimal is
     * used), and the id's hash for {@link IdIndex}. So the pass reads this object alone, not the decimals behind it.
     */
    final long hourlyScaled;
    final long bonusScaled;
    final int idHash;

    private PayRecord(Builder b) {
        this.id = checkId(b.id);
        this.sex = Checks.notNull(b.sex, "sex");
        this.fullPay = b.fullPay;
        this.hourlyPay = b.hourlyPay;
        this.bonusPay = b.bonusPay == null ? null : Checks.notNegative(b.bonusPay, "bonusPay");
        // Most records have no attributes: share one empty map rather than a tree per record.
        this.attributes = b.attributes.isEmpty() ? Collections.emptySortedMap()
                : Collections.unmodifiableSortedMap(new TreeMap<>(b.attributes));
        this.hourlyScaled = hourlyPay == null ? Column.NOT_SCALED : Column.toScaled(hourlyPay.getHourlyRate());
        this.bonusScaled = bonusPay == null ? Column.NOT_SCALED : Column.toScaled(bonusPay);
        this.idHash = IdIndex.hash(id);
    }

    private static String checkId(@Nullable String given) {
        String id = Checks.notNull(given, "id");
        if (id.isBlank() || id.length() > MAX_ID_LENGTH || id.chars().anyMatch(Character::isISOControl)) {
            throw Checks.invalid("id", id, "1 to 64 characters with no control characters");
        }
        return id;
    }

    /**
     * Obtains a full-pay relevant employee with a given hourly rate and bonus pay.
     *
     * @param id  the employee id, not null
     * @param sex  the sex, not null
     * @param hourlyRate  the hourly rate as decimal text, not null
     * @param bonusPay  the bonus pay in the 12 months to the snapshot as decimal text, {@code "0"} for none, not null
     * @return the record, not null
     * @throws org.equalityduty.core.InvalidValueException if a value cannot be used
     * @since 0.2.0
     */
    public static PayRecord of(String id, Sex sex, String hourlyRate, String bonusPay) {
        return builder().id(id).sex(sex).hourlyPay(HourlyPay.rate(hourlyRate))
                .bonusPay(Decimals.parse(bonusPay, "bonusPay")).build();
    }

    /**
     * Creates a builder.
     *
     * @return a new builder, not null
     * @since 0.2.0
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the employee id.
     *
     * @return the id, not null
     * @since 0.2.0
     */
    public String getId() {
        return id;
    }

    /**
     * Gets the sex.
     *
     * @return the sex, not null
     * @since 0.2.0
     */
    public Sex getSex() {
        return sex;
    }

    /**
     * Tells whether the employee is a full-pay relevant employee (not on reduced or nil pay because of leave in the
     * relevant pay period).
     *
     * @return true if full-pay relevant
     * @since 0.2.0
     */
    public boolean isFullPay() {
        return fullPay;
    }

    /**
     * Gets the hourly pay, if given.
     *
     * @return the hourly pay, or empty if not given, not null
     * @since 0.2.0
     */
    public Optional<HourlyPay> getHourlyPay() {
        return Optional.ofNullable(hourlyPay);
    }

    /**
     * Gets the bonus pay in the 12 months ending with the snapshot date, if known.
     *
     * @return the bonus pay (0 for none), or empty if not known, not null
     * @since 0.2.0
     */
    public Optional<BigDecimal> getBonusPay() {
        return Optional.ofNullable(bonusPay);
    }

    /**
     * Gets the attributes, such as {@code ethnicity} or {@code disability} codes, sorted by name.
     *
     * @return the unmodifiable attributes, not null
     * @since 0.2.0
     */
    public SortedMap<String, String> getAttributes() {
        return attributes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PayRecord r && id.equals(r.id) && sex == r.sex && fullPay == r.fullPay
                && Objects.equals(hourlyPay, r.hourlyPay)
                && (bonusPay == null ? r.bonusPay == null : r.bonusPay != null && bonusPay.compareTo(r.bonusPay) == 0)
                && attributes.equals(r.attributes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, sex, fullPay, hourlyPay, attributes);
    }

    @Override
    public String toString() {
        return "PayRecord{" + id + ", " + sex + (fullPay ? "" : ", not full pay")
                + (hourlyPay == null ? "" : ", " + hourlyPay)
                + (bonusPay == null ? "" : ", bonus " + bonusPay.toPlainString())
                + (attributes.isEmpty() ? "" : ", " + attributes) + "}";
    }

    /**
     * Builds a {@link PayRecord}. Not thread-safe.
     *
     * @since 0.2.0
     */
    public static final class Builder {
        private @Nullable String id;
        private @Nullable Sex sex;
        private boolean fullPay = true;
        private @Nullable HourlyPay hourlyPay;
        private @Nullable BigDecimal bonusPay;
        private final Map<String, String> attributes = new TreeMap<>();

        private Builder() {
        }

        /**
         * Sets the id.
         *
         * @param id  the employee id, 1 to 64 characters, not null
         * @return this builder, not null
         * @since 0.2.0
         */
        public Builder id(String id) {
            this.id = Checks.notNull(id, "id");
            return this;
        }

        /**
         * Sets the sex.
         *
         * @param sex  the sex, not null
         * @return this builder, not null
         * @since 0.2.0
         */
        public Builder sex(Sex sex) {
            this.sex = Checks.notNull(sex, "sex");
            return this;
        }

        /**
         * Sets whether the employee is full-pay relevant (default true).
         *
         * @param fullPay  false if on reduced or nil pay because of leave in the relevant pay period
         * @return this builder, not null
         * @since 0.2.0
         */
        public Builder fullPay(boolean fullPay) {
            this.fullPay = fullPay;
            return this;
        }

        /**
         * Sets the hourly pay.
         *
         * @param hourlyPay  the hourly pay, not null
         * @return this builder, not null
         * @since 0.2.0
         */
        public Builder hourlyPay(HourlyPay hourlyPay) {
            this.hourlyPay = Checks.notNull(hourlyPay, "hourlyPay");
            return this;
        }

        /**
         * Sets the bonus pay in the 12 months ending with the snapshot date.
         *
         * @param bonusPay  the bonus pay, 0 for none, not null
         * @return this builder, not null
         * @since 0.2.0
         */
        public Builder bonusPay(BigDecimal bonusPay) {
            this.bonusPay = Checks.notNull(bonusPay, "bonusPay");
            return this;
        }

        /**
         * Adds an attribute, such as {@code ("ethnicity", "WBRI")}.
         *
         * @param name  the attribute name, not null
         * @param value  the value, not null
         * @return this builder, not null
         * @since 0.2.0
         */
        public Builder attribute(String name, String value) {
            attributes.put(Checks.notNull(name, "attribute name"), Checks.notNull(value, "attribute " + name));
            return this;
        }

        /**
         * Builds the record.
         *
         * @return the record, not null
         * @throws NullPointerException if the id or the sex was not set
         * @throws org.equalityduty.core.InvalidValueException if a value cannot be used
         * @since 0.2.0
         */
        public PayRecord build() {
            return new PayRecord(this);
        }
    }
}
