package org.equalityduty.paygap;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One published figure: a percentage rounded once, {@link RoundingMode#HALF_UP half up} to one decimal place, or
 * the reason it was not computed or is withheld. Never NaN, never null.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class Figure {
    /**
     * The rounding of every published figure: half up.
     *
     * @since 0.2.0
     */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    /**
     * The decimal places of every published figure: one, as the gov.uk service takes them.
     *
     * @since 0.2.0
     */
    public static final int SCALE = 1;

    private final String name;
    private final FigureStatus status;
    private final @Nullable BigDecimal value;
    private final String reason;

    private Figure(String name, FigureStatus status, @Nullable BigDecimal value, String reason) {
        this.name = Checks.notNull(name, "name");
        this.status = status;
        this.value = value;
        this.reason = Checks.notNull(reason, "reason");
    }

    /**
     * Obtains a computed figure.
     *
     * @param name  the figure's name, not null
     * @param value  the value already rounded to one decimal place, not null
     * @return the figure, not null
     * @throws org.equalityduty.core.InvalidValueException if the value does not have one decimal place
     * @since 0.2.0
     */
    public static Figure computed(String name, BigDecimal value) {
        Checks.notNull(value, "value");
        if (value.scale() != SCALE) {
            throw Checks.invalid("value", value.toPlainString(), "rounded to one decimal place");
        }
        return new Figure(name, FigureStatus.COMPUTED, value, "");
    }

    /**
     * Obtains a figure that was not computed.
     *
     * @param name  the figure's name, not null
     * @param reason  why, as a sentence a person understands, not null
     * @return the figure, not null
     * @since 0.2.0
     */
    public static Figure notComputed(String name, String reason) {
        return new Figure(name, FigureStatus.NOT_COMPUTED, null, reason);
    }

    /**
     * Obtains a figure withheld because it is computed over too few people.
     *
     * @param name  the figure's name, not null
     * @param reason  why, not null
     * @return the figure, not null
     * @since 0.2.0
     */
    public static Figure withheld(String name, String reason) {
        return new Figure(name, FigureStatus.WITHHELD, null, reason);
    }

    /**
     * Gets the figure's name (the gov.uk field name for the gender pay gap figures).
     *
     * @return the name, not null
     * @since 0.2.0
     */
    public String getName() {
        return name;
    }

    /**
     * Gets the status.
     *
     * @return the status, not null
     * @since 0.2.0
     */
    public FigureStatus getStatus() {
        return status;
    }

    /**
     * Gets the published value, rounded half up to one decimal place.
     *
     * @return the value if computed, otherwise empty, not null
     * @since 0.2.0
     */
    public Optional<BigDecimal> getValue() {
        return Optional.ofNullable(value);
    }

    /**
     * Gets the reason the figure was not computed or is withheld.
     *
     * @return the reason, empty if computed, not null
     * @since 0.2.0
     */
    public String getReason() {
        return reason;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Figure f && name.equals(f.name) && status == f.status && Objects.equals(value, f.value)
                && reason.equals(f.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, status, value, reason);
    }

    @Override
    public String toString() {
        return name + " " + (value != null ? value.toPlainString() : status + " (" + reason + ")");
    }
}
