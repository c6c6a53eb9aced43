package org.equalityduty.core.plan;

import static org.equalityduty.core.internal.Texts.NOT_BLANK;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.equalityduty.core.InvalidValueException;
import org.equalityduty.core.internal.Decimals;
import org.equalityduty.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * A percentage a plan states together with the count it comes from: "52% of EAL children (13 of 23 children)" is
 * the percent 52 with the count 13 and the denominator 23. A baseline records the shares it is stated from, so that
 * a percentage that disagrees with its own count can be found (rule {@code smart.baseline-inconsistent}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.2.0
 */
@Value.Immutable
@ValueStyle
public abstract class StatedShare {

    StatedShare() {
    }

    /**
     * Gets who or what the share is of, as the plan says it.
     *
     * @return such as "EAL children, EXS+ in RWM at the end of Year 2", empty if the baseline says it, not null
     * @since 0.2.0
     */
    public abstract Optional<@Size(min = 1, max = 300) @Pattern(regexp = NOT_BLANK, message = "must not be blank") String> getLabel();

    /**
     * Gets the percentage as the plan states it, with the decimal places it is written with.
     *
     * @return the percentage, from 0 to 100, not null
     * @since 0.2.0
     */
    public abstract BigDecimal getPercent();

    /**
     * Gets the count the plan states the percentage of: the people who meet the measure.
     *
     * @return the count, zero or more, at most the denominator
     * @since 0.2.0
     */
    public abstract int getCount();

    /**
     * Gets the denominator the plan states: the people the percentage is of.
     *
     * @return the denominator, one or more
     * @since 0.2.0
     */
    public abstract int getDenominator();

    /**
     * Gets the exact percentage of the count in the denominator, count / denominator x 100.
     *
     * @param scale  the decimal places to round to, half up, zero or more
     * @return the percentage, not null
     * @since 0.2.0
     */
    public BigDecimal exactPercent(int scale) {
        return BigDecimal.valueOf(getCount()).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(getDenominator()), scale, RoundingMode.HALF_UP);
    }

    /**
     * Whether the stated percentage agrees with its count: it differs from count / denominator x 100 by less than one
     * unit of the last decimal place it is written to (so 57 and 56 both agree with 13 of 23, 56.52...%, whether the
     * plan rounded or cut the figure; 52 does not). A percentage written with no decimal places is compared to the
     * whole percent.
     *
     * @return true if the percentage could be the count's, rounded or truncated as written
     * @since 0.2.0
     */
    public boolean isConsistent() {
        int places = Math.max(0, getPercent().scale());
        BigDecimal unit = BigDecimal.ONE.movePointLeft(places);
        // Exact to 20 places more than written: the comparison with the unit is then decided by the digits kept.
        BigDecimal exact = exactPercent(places + 20);
        return exact.subtract(getPercent()).abs().compareTo(unit) < 0;
    }

    /**
     * Obtains a share without a label.
     *
     * @param percent  the percentage as stated, from 0 to 100, not null
     * @param count  the count, from 0 to the denominator
     * @param denominator  the denominator, one or more
     * @return the share, not null
     * @throws InvalidValueException if a value is out of range
     * @since 0.2.0
     */
    public static StatedShare of(BigDecimal percent, int count, int denominator) {
        return builder().percent(percent).count(count).denominator(denominator).build();
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
     * Builds {@link StatedShare} instances; each attribute may be set once.
     *
     * @since 0.2.0
     */
    public static final class Builder extends ImmutableStatedShare.Builder {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        Decimals.requirePlanValue("percent", getPercent());
        if (getPercent().signum() < 0 || getPercent().compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidValueException("percent must be from 0 to 100, not " + getPercent().toPlainString());
        }
        if (getDenominator() < 1) {
            throw new InvalidValueException("denominator must be 1 or more, not " + getDenominator());
        }
        if (getCount() < 0) {
            throw new InvalidValueException("count must not be negative, not " + getCount());
        }
        if (getCount() > getDenominator()) {
            throw new InvalidValueException("count " + getCount() + " must not be more than the denominator "
                    + getDenominator());
        }
    }
}
