package org.equalityduty.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import org.equalityduty.core.InvalidValueException;
import org.equalityduty.core.duty.Population;
import org.junit.jupiter.api.Test;

/** Target arithmetic, the one home of it; every expected value is worked by hand in the comment beside it. */
class TargetTest {
    private static final MathContext EXACT = MathContext.UNLIMITED;
    private static final Optional<BigDecimal> B = Optional.of(new BigDecimal("18.5"));

    private static BigDecimal resolve(TargetKind kind, String value, Optional<BigDecimal> baseline, Direction d) {
        return Target.of(kind, value).resolve(baseline, d, EXACT).orElseThrow();
    }

    @Test
    void levelIsItsValueWithOrWithoutBaseline() {
        assertEquals(new BigDecimal("30"), resolve(TargetKind.LEVEL, "30", Optional.empty(), Direction.INCREASE));
        assertEquals(new BigDecimal("30"), resolve(TargetKind.LEVEL, "30", B, Direction.DECREASE));
    }

    @Test
    void absoluteChangesAddOrSubtract() {
        // 18.5 - 5 = 13.5; 18.5 + 5 = 23.5; maintain stays at 18.5
        assertEquals(0, new BigDecimal("13.5").compareTo(resolve(TargetKind.PERCENTAGE_POINTS, "5", B, Direction.DECREASE)));
        assertEquals(0, new BigDecimal("23.5").compareTo(resolve(TargetKind.CHANGE, "5", B, Direction.INCREASE)));
        assertEquals(0, new BigDecimal("18.5").compareTo(resolve(TargetKind.CHANGE, "5", B, Direction.MAINTAIN)));
    }

    @Test
    void relativeChangesArePercentagesOfTheBaseline() {
        // 10% of 18.5 is 1.85: 18.5 - 1.85 = 16.65, 18.5 + 1.85 = 20.35
        assertEquals(0, new BigDecimal("16.65").compareTo(resolve(TargetKind.RELATIVE_PERCENT, "10", B, Direction.DECREASE)));
        assertEquals(0, new BigDecimal("20.35").compareTo(resolve(TargetKind.RELATIVE_PERCENT, "10", B, Direction.INCREASE)));
        assertEquals(0, new BigDecimal("1.85").compareTo(Target.of(TargetKind.RELATIVE_PERCENT, "10")
                .sizeOfChange(B.get(), EXACT)));
        // a negative baseline: 10% of -5 is -0.5, so a decrease reaches -5 - (-0.5) = -4.5
        assertEquals(0, new BigDecimal("-4.5").compareTo(resolve(TargetKind.RELATIVE_PERCENT, "10",
                Optional.of(new BigDecimal("-5")), Direction.DECREASE)));
    }

    @Test
    void aChangeWithoutBaselineResolvesToNothing() {
        assertEquals(Optional.empty(), Target.of(TargetKind.CHANGE, "5").resolve(Optional.empty(), Direction.DECREASE, EXACT));
    }

    @Test
    void precisionIsTheCallers() {
        // 2 + 2 x 33.3333333333333333 / 100: exact 2.666666666666666666; in 16 digits each step gives 66.66666666666667,
        // 0.6666666666666667 and 2.666666666666667
        Target t = Target.of(TargetKind.RELATIVE_PERCENT, "33.3333333333333333");
        Optional<BigDecimal> two = Optional.of(new BigDecimal("2"));
        assertEquals(new BigDecimal("2.666666666666666666"), t.resolve(two, Direction.INCREASE, EXACT).orElseThrow());
        assertEquals(new BigDecimal("2.666666666666667"), t.resolve(two, Direction.INCREASE, MathContext.DECIMAL64)
                .orElseThrow());
    }

    @Test
    void byNPercentMustBeReadFirst() {
        Target asStated = Target.of(TargetKind.PERCENT_AS_STATED, "10");
        assertEquals("target '10% (as stated)' is ambiguous: read it as relative_percent or percentage_points first",
                assertThrows(InvalidValueException.class, () -> asStated.resolve(B, Direction.DECREASE, EXACT))
                        .getMessage());
        // read as 10 percentage points: 8.5; as 10% of the baseline: 16.65
        assertEquals(0, new BigDecimal("8.5").compareTo(asStated.readAs(TargetKind.PERCENTAGE_POINTS)
                .resolve(B, Direction.DECREASE, EXACT).orElseThrow()));
        assertEquals(0, new BigDecimal("16.65").compareTo(asStated.readAs(TargetKind.RELATIVE_PERCENT)
                .resolve(B, Direction.DECREASE, EXACT).orElseThrow()));
        Target level = Target.of(TargetKind.LEVEL, "3");
        assertSame(level, level.readAs(TargetKind.RELATIVE_PERCENT));
        assertEquals("reading of a target 'by N%' must be relative_percent or percentage_points, not level",
                assertThrows(InvalidValueException.class, () -> asStated.readAs(TargetKind.LEVEL)).getMessage());
    }

    @Test
    void theMeasureSettlesTheReadingOfByNPercentOnlyOutsidePercentages() {
        Measure count = Measure.builder().kind(MeasureKind.COUNT).population(Population.STAFF).build();
        Measure rate = Measure.builder().kind(MeasureKind.RATE).population(Population.PUPILS).build();
        Measure gap = Measure.builder().kind(MeasureKind.ATTAINMENT_GAP).population(Population.PUPILS).build();
        assertEquals(Optional.of(TargetKind.RELATIVE_PERCENT), count.percentAsStatedReading());
        assertEquals(Optional.empty(), rate.percentAsStatedReading());
        assertEquals(Optional.empty(), gap.percentAsStatedReading());
        assertEquals(Optional.of(TargetKind.RELATIVE_PERCENT), Measure.builder().kind(MeasureKind.ATTAINMENT_GAP)
                .population(Population.PUPILS).unit(MeasureUnit.SCORE).build().percentAsStatedReading());
    }

    @Test
    void directionSaysWhenAValueMeetsATarget() {
        BigDecimal ten = BigDecimal.TEN;
        BigDecimal eleven = new BigDecimal("11");
        assertEquals(true, Direction.INCREASE.isMet(eleven, ten, false));
        assertEquals(false, Direction.INCREASE.isMet(ten, eleven, false));
        assertEquals(true, Direction.DECREASE.isMet(ten, eleven, true));
        assertEquals(true, Direction.DECREASE.isMet(ten, ten, false));
        // maintain: a gap must not grow, any other measure must not fall
        assertEquals(false, Direction.MAINTAIN.isMet(eleven, ten, true));
        assertEquals(true, Direction.MAINTAIN.isMet(eleven, ten, false));
    }
}
