package org.equalityduty.core.plan;

import java.math.BigDecimal;
import org.equalityduty.core.InvalidValueException;
import org.equalityduty.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * A numeric target: a level, or a change stated absolutely, in percentage points, relatively, or "by N%" as the
 * plan states it. A change is a magnitude; its sign comes from the criterion's {@link Direction}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
public abstract class Target {

    Target() {
    }

    /**
     * Gets how the target is stated.
     *
     * @return the kind, not null
     */
    @Value.Parameter
    public abstract TargetKind getKind();

    /**
     * Gets the value: the level, or the magnitude of the change.
     *
     * @return the exact value, not negative for changes, not null
     */
    @Value.Parameter
    public abstract BigDecimal getValue();

    /**
     * Obtains a target.
     *
     * @param kind  how the target is stated, not null
     * @param value  the level, or the magnitude of the change, not null
     * @return the target, not null
     * @throws InvalidValueException if a change is negative
     */
    public static Target of(TargetKind kind, BigDecimal value) {
        return ImmutableTarget.of(kind, value);
    }

    /**
     * Obtains a target from a decimal string, kept exact.
     *
     * @param kind  how the target is stated, not null
     * @param value  the value as a decimal string, such as {@code "10"} or {@code "2.5"}, not null
     * @return the target, not null
     * @throws NumberFormatException if the value is not a decimal
     * @throws InvalidValueException if a change is negative
     */
    public static Target of(TargetKind kind, String value) {
        return of(kind, new BigDecimal(value));
    }

    @Value.Check
    void check() {
        if (getKind() != TargetKind.LEVEL && getValue().signum() < 0) {
            throw new InvalidValueException("value of a " + getKind().getCode()
                    + " target is the size of the change and must not be negative, not " + getValue().toPlainString());
        }
    }

    @Override
    public String toString() {
        switch (getKind()) {
            case LEVEL:
                return "level " + getValue().toPlainString();
            case CHANGE:
                return "change of " + getValue().toPlainString();
            case PERCENTAGE_POINTS:
                return getValue().toPlainString() + " percentage points";
            case RELATIVE_PERCENT:
                return getValue().toPlainString() + "% of the baseline";
            default:
                return getValue().toPlainString() + "% (as stated)";
        }
    }
}
