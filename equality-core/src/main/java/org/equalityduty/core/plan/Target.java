package org.equalityduty.core.plan;

import java.math.BigDecimal;
import org.equalityduty.core.internal.Decimals;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;
import org.equalityduty.core.InvalidValueException;
import org.equalityduty.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * A numeric target: a level, or a change stated absolutely, in percentage points, relatively, or "by N%" as the
 * plan states it, or a bound ("at least", "at most"). A change is a magnitude; its sign comes from the criterion's
 * {@link Direction}. A bound resolves as a level does, to its value.
 *
 * <p>This class is the one home of target arithmetic: {@link #resolve(Optional, Direction, MathContext)} gives the
 * level a target asks for, and {@link #readAs(TargetKind)} settles what "by N%" means, as
 * {@link Measure#percentAsStatedReading()} reads it for a measure. The SMART rules, the progress evaluator and the
 * testkit all call them. A level {@code v} is {@code v}; a change or percentage-point change {@code v} from a
 * baseline {@code b} is {@code b + v} (increase) or {@code b - v} (decrease); a relative change {@code v} is
 * {@code b + b v / 100} or {@code b - b v / 100}; for {@link Direction#MAINTAIN} a change resolves to {@code b}.
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
     * @since 0.1.0
     */
    @Value.Parameter
    public abstract TargetKind getKind();

    /**
     * Gets the value: the level, or the magnitude of the change.
     *
     * @return the exact value, not negative for changes, not null
     * @since 0.1.0
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
     * @since 0.1.0
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
     * @since 0.1.0
     */
    public static Target of(TargetKind kind, String value) {
        return of(kind, new BigDecimal(value));
    }

    /**
     * Reads a target stated "by N%" as a relative change or a change in percentage points; other kinds are
     * returned unchanged.
     *
     * @param reading  {@link TargetKind#RELATIVE_PERCENT} or {@link TargetKind#PERCENTAGE_POINTS}, not null
     * @return this target if its kind is not {@link TargetKind#PERCENT_AS_STATED}, else a target of the reading's
     *         kind with the same value, not null
     * @throws InvalidValueException if the reading is another kind
     * @since 0.2.0
     */
    public Target readAs(TargetKind reading) {
        Objects.requireNonNull(reading, "reading");
        if (reading != TargetKind.RELATIVE_PERCENT && reading != TargetKind.PERCENTAGE_POINTS) {
            throw new InvalidValueException("reading of a target 'by N%' must be relative_percent or "
                    + "percentage_points, not " + reading.getCode());
        }
        return getKind() == TargetKind.PERCENT_AS_STATED ? of(reading, getValue()) : this;
    }

    /**
     * Gets the size of the change this target asks for from a baseline, in the measure's unit: the value of a change
     * or percentage-point change, {@code b v / 100} for a relative change (negative if the baseline is), and
     * {@code |v - b|} for a level.
     *
     * @param baseline  the baseline value, not null
     * @param mc  the precision of each step, such as {@link MathContext#UNLIMITED} for exact, not null
     * @return the size of the change, not null
     * @throws InvalidValueException if the target is stated "by N%" and not yet read with {@link #readAs(TargetKind)}
     * @since 0.2.0
     */
    public BigDecimal sizeOfChange(BigDecimal baseline, MathContext mc) {
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(mc, "mc");
        TargetKind kind = definiteKind();
        if (kind.isLevel()) {
            return getValue().subtract(baseline, mc).abs();
        }
        switch (kind) {
            case RELATIVE_PERCENT:
                return baseline.multiply(getValue(), mc).divide(HUNDRED, mc);
            default:
                return getValue();
        }
    }

    /**
     * Resolves this target to the level it asks for, from a baseline in the given direction.
     *
     * @param baseline  the baseline value, empty if none, not null
     * @param direction  the direction of the criterion, not null
     * @param mc  the precision of each step, such as {@link MathContext#UNLIMITED} for exact, not null
     * @return the level, empty for a change with no baseline, not null
     * @throws InvalidValueException if the target is stated "by N%" and not yet read with {@link #readAs(TargetKind)}
     * @since 0.2.0
     */
    public Optional<BigDecimal> resolve(Optional<BigDecimal> baseline, Direction direction, MathContext mc) {
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(mc, "mc");
        TargetKind kind = definiteKind();
        if (kind.isLevel()) {
            return Optional.of(getValue());
        }
        if (baseline.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal b = baseline.get();
        switch (direction) {
            case INCREASE:
                return Optional.of(b.add(sizeOfChange(b, mc), mc));
            case DECREASE:
                return Optional.of(b.subtract(sizeOfChange(b, mc), mc));
            default:
                return Optional.of(b);
        }
    }

    private TargetKind definiteKind() {
        if (getKind() == TargetKind.PERCENT_AS_STATED) {
            throw new InvalidValueException("target '" + this + "' is ambiguous: read it as relative_percent or "
                    + "percentage_points first");
        }
        return getKind();
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Value.Check
    void check() {
        Decimals.requirePlanValue("value", getValue());
        if (!getKind().isLevel() && getValue().signum() < 0) {
            throw new InvalidValueException("value of a " + getKind().getCode()
                    + " target is the size of the change and must not be negative, not " + getValue().toPlainString());
        }
    }

    @Override
    public String toString() {
        switch (getKind()) {
            case LEVEL:
                return "level " + getValue().toPlainString();
            case AT_LEAST:
                return "at least " + getValue().toPlainString();
            case AT_MOST:
                return "at most " + getValue().toPlainString();
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
