package org.equalityduty.paygap;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Options of a gender pay gap calculation: the employer type (which sets the snapshot date), and whether the input
 * has hourly pay and bonus pay at all (a file without those columns reports those figures as not computed, with
 * the reason given here).
 *
 * <p>Options are immutable: each {@code withX} returns a copy. This class is thread-safe.
 *
 * @since 0.2.0
 */
public final class PayGapOptions {
    private static final PayGapOptions DEFAULTS = new PayGapOptions(EmployerType.PUBLIC_AUTHORITY, null, null);

    private final EmployerType employerType;
    private final @Nullable String hourlyPayUnavailable;
    private final @Nullable String bonusPayUnavailable;

    private PayGapOptions(EmployerType employerType, @Nullable String hourlyPayUnavailable,
            @Nullable String bonusPayUnavailable) {
        this.employerType = employerType;
        this.hourlyPayUnavailable = hourlyPayUnavailable;
        this.bonusPayUnavailable = bonusPayUnavailable;
    }

    /**
     * Obtains the defaults: a public authority (snapshot 31 March), hourly and bonus pay available.
     *
     * @return the defaults, not null
     * @since 0.2.0
     */
    public static PayGapOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy with the employer type.
     *
     * @param type  the employer type, not null
     * @return the options, not null
     * @since 0.2.0
     */
    public PayGapOptions withEmployerType(EmployerType type) {
        return new PayGapOptions(Checks.notNull(type, "employerType"), hourlyPayUnavailable, bonusPayUnavailable);
    }

    /**
     * Returns a copy saying the input has no hourly pay: the hourly gaps and the quartiles are not computed, for
     * this reason.
     *
     * @param reason  why, for example "the file has no hourly_pay column", not null
     * @return the options, not null
     * @since 0.2.0
     */
    public PayGapOptions withHourlyPayUnavailable(String reason) {
        return new PayGapOptions(employerType, Checks.notNull(reason, "reason"), bonusPayUnavailable);
    }

    /**
     * Returns a copy saying the input has no bonus pay: the bonus figures are not computed, for this reason.
     *
     * @param reason  why, not null
     * @return the options, not null
     * @since 0.2.0
     */
    public PayGapOptions withBonusPayUnavailable(String reason) {
        return new PayGapOptions(employerType, hourlyPayUnavailable, Checks.notNull(reason, "reason"));
    }

    /**
     * Gets the employer type.
     *
     * @return the employer type, not null
     * @since 0.2.0
     */
    public EmployerType getEmployerType() {
        return employerType;
    }

    /**
     * Gets why the input has no hourly pay, if it has none.
     *
     * @return the reason, or empty if hourly pay is available, not null
     * @since 0.2.0
     */
    public Optional<String> getHourlyPayUnavailable() {
        return Optional.ofNullable(hourlyPayUnavailable);
    }

    /**
     * Gets why the input has no bonus pay, if it has none.
     *
     * @return the reason, or empty if bonus pay is available, not null
     * @since 0.2.0
     */
    public Optional<String> getBonusPayUnavailable() {
        return Optional.ofNullable(bonusPayUnavailable);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PayGapOptions p && employerType == p.employerType
                && Objects.equals(hourlyPayUnavailable, p.hourlyPayUnavailable)
                && Objects.equals(bonusPayUnavailable, p.bonusPayUnavailable);
    }

    @Override
    public int hashCode() {
        return Objects.hash(employerType, hourlyPayUnavailable, bonusPayUnavailable);
    }

    @Override
    public String toString() {
        return "PayGapOptions{" + employerType
                + (hourlyPayUnavailable == null ? "" : ", no hourly pay: " + hourlyPayUnavailable)
                + (bonusPayUnavailable == null ? "" : ", no bonus pay: " + bonusPayUnavailable) + "}";
    }
}
