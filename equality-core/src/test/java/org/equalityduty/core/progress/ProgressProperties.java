package org.equalityduty.core.progress;

import static org.equalityduty.core.progress.ProgressFixtures.only;
import static org.equalityduty.core.progress.ProgressFixtures.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.equalityduty.core.duty.Population;
import org.equalityduty.core.observation.Observation;
import org.equalityduty.core.observation.ObservationSeries;
import org.equalityduty.core.observation.ObservationStatus;
import org.equalityduty.core.observation.ProgressRecord;
import org.equalityduty.core.plan.Baseline;
import org.equalityduty.core.plan.Direction;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.Measure;
import org.equalityduty.core.plan.MeasureKind;
import org.equalityduty.core.plan.MeasureUnit;
import org.equalityduty.core.plan.QuantitativeTarget;
import org.equalityduty.core.plan.Target;
import org.equalityduty.core.plan.TargetKind;
import org.equalityduty.core.plan.TimeFrame;
import org.junit.jupiter.api.Test;

/** Properties of criterion evaluation: values are tenths, dates days from 2023-01-01. */
class ProgressProperties {

    private static final LocalDate ORIGIN = LocalDate.of(2023, 1, 1);
    private static final Direction[] DIRECTIONS = Direction.values();
    private static final TargetKind[] KINDS = TargetKind.values();
    private static final MeasureKind[] MEASURES = MeasureKind.values();

    private static BigDecimal tenths(int n) {
        return BigDecimal.valueOf(n, 1);
    }

    private static QuantitativeTarget criterion(MeasureKind kind, Optional<Baseline> baseline, Direction direction,
            Optional<Target> target, Optional<LocalDate> deadline) {
        return QuantitativeTarget.builder()
                .id("o1.a1.c1").text("A criterion")
                .measure(Measure.builder().kind(kind).population(Population.PUPILS).build())
                .baseline(baseline)
                .direction(direction)
                .target(target)
                .deadline(deadline)
                .build();
    }

    private static ProgressRecord record(List<Observation> observations) {
        ProgressRecord.Builder b = ProgressRecord.builder().asOf(ORIGIN);
        if (!observations.isEmpty()) {
            b.addSeries(ObservationSeries.of("o1.a1.c1", observations));
        }
        return b.build();
    }

    private static int rank(CriterionStatus status) {
        switch (status) {
            case ACHIEVED:
                return 3;
            case ON_TRACK:
                return 2;
            case NOT_YET_DUE:
                return 1;
            case OFF_TRACK:
                return 0;
            default:
                throw new AssertionError("unexpected status " + status);
        }
    }

    @Test
    void anObservationEqualToTheTargetIsAchieved() {
        qt().forAll(integers().between(-2000, 2000), integers().between(0, 500),
                        integers().between(0, KINDS.length * DIRECTIONS.length - 1), integers().between(0, 1))
                .checkAssert((base, value, kindAndDirection, reading) -> {
                    Direction direction = DIRECTIONS[kindAndDirection % DIRECTIONS.length];
                    TargetKind kind = KINDS[kindAndDirection / DIRECTIONS.length];
                    QuantitativeTarget c = criterion(MeasureKind.ATTAINMENT_GAP,
                            Optional.of(Baseline.of(tenths(base), ORIGIN)), direction,
                            Optional.of(Target.of(kind, tenths(value))), Optional.of(ORIGIN.plusDays(1000)));
                    ProgressOptions options = ProgressOptions.defaults().withPercentAsStated(Reading.values()[reading]);
                    EqualityPlan plan = plan(Optional.empty(), c);
                    LocalDate asOf = ORIGIN.plusDays(400);
                    BigDecimal goal = only(plan, record(List.of()), asOf, options)
                            .getTarget().orElseThrow().getValue();
                    CriterionProgress p = only(plan,
                            record(List.of(Observation.of(ORIGIN.plusDays(365), goal))), asOf, options);
                    assertEquals(CriterionStatus.ACHIEVED, p.getStatus(), p.getExplanation());
                });
    }

    @Test
    void movingTheLatestValueInTheStatedDirectionNeverWorsensTheStatus() {
        // Order: ACHIEVED > ON_TRACK > NOT_YET_DUE > OFF_TRACK.
        qt().forAll(integers().between(-1000, 1000), integers().between(-1000, 1000),
                        integers().between(1, 300), longs().all())
                .checkAssert((base, latest, step, seed) -> {
                    SplittableRandom random = new SplittableRandom(seed);
                    Direction direction = random.nextBoolean() ? Direction.INCREASE : Direction.DECREASE;
                    TargetKind kind = KINDS[random.nextInt(KINDS.length)];
                    int value = kind == TargetKind.LEVEL ? random.nextInt(-1000, 1001) : random.nextInt(0, 500);
                    boolean dated = random.nextBoolean();
                    Optional<LocalDate> deadline = random.nextBoolean()
                            ? Optional.of(ORIGIN.plusDays(random.nextInt(100, 1500)))
                            : Optional.empty();
                    QuantitativeTarget c = criterion(MEASURES[random.nextInt(MEASURES.length)],
                            Optional.of(dated ? Baseline.of(tenths(base), ORIGIN) : Baseline.of(tenths(base))),
                            direction, Optional.of(Target.of(kind, tenths(value))), deadline);
                    EqualityPlan plan = plan(Optional.empty(), c);
                    LocalDate asOf = ORIGIN.plusDays(random.nextInt(500, 1000));
                    Observation middle = Observation.of(ORIGIN.plusDays(200), tenths(random.nextInt(-1000, 1001)));
                    int moved = direction == Direction.INCREASE ? latest + step : latest - step;
                    CriterionProgress before = only(plan,
                            record(List.of(middle, Observation.of(ORIGIN.plusDays(450), tenths(latest)))), asOf,
                            ProgressOptions.defaults());
                    CriterionProgress after = only(plan,
                            record(List.of(middle, Observation.of(ORIGIN.plusDays(450), tenths(moved)))), asOf,
                            ProgressOptions.defaults());
                    assertTrue(rank(after.getStatus()) >= rank(before.getStatus()),
                            before.getExplanation() + " / " + after.getExplanation());
                });
    }

    @Test
    void evaluationNeverThrows() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom random = new SplittableRandom(seed);
            Optional<Baseline> baseline = random.nextInt(3) == 0 ? Optional.empty()
                    : Optional.of(random.nextBoolean()
                            ? Baseline.of(decimal(random), ORIGIN.plusDays(random.nextInt(-400, 400)))
                            : Baseline.of(decimal(random)));
            Optional<Target> target = random.nextInt(4) == 0 ? Optional.empty()
                    : Optional.of(randomTarget(random));
            Optional<LocalDate> deadline = random.nextBoolean()
                    ? Optional.of(ORIGIN.plusDays(random.nextInt(-400, 2000)))
                    : Optional.empty();
            Measure.Builder measure = Measure.builder().kind(MEASURES[random.nextInt(MEASURES.length)])
                    .population(Population.PUPILS);
            if (random.nextBoolean()) {
                measure.unit(MeasureUnit.values()[random.nextInt(MeasureUnit.values().length)]);
            }
            QuantitativeTarget c = QuantitativeTarget.builder()
                    .id("o1.a1.c1").text("A criterion")
                    .measure(measure.build())
                    .baseline(baseline)
                    .direction(DIRECTIONS[random.nextInt(DIRECTIONS.length)])
                    .target(target)
                    .deadline(deadline)
                    .build();
            List<Observation> observations = new ArrayList<>();
            LocalDate date = ORIGIN.plusDays(random.nextInt(-400, 400));
            int count = random.nextInt(0, 6);
            for (int i = 0; i < count; i++) {
                date = date.plusDays(random.nextInt(1, 400));
                observations.add(randomObservation(random, date));
            }
            EqualityPlan plan = plan(random.nextBoolean()
                    ? Optional.of(TimeFrame.within(java.time.Period.ofMonths(random.nextInt(1, 40))))
                    : Optional.empty(), c);
            ProgressOptions options = ProgressOptions.defaults()
                    .withPercentAsStated(Reading.values()[random.nextInt(2)]);
            LocalDate asOf = ORIGIN.plusDays(random.nextInt(-400, 2500));
            CriterionProgress p = only(plan, record(observations), asOf, options);
            assertFalse(p.getExplanation().isBlank());
        });
    }

    private static BigDecimal decimal(SplittableRandom random) {
        return BigDecimal.valueOf(random.nextLong(-1_000_000, 1_000_001), random.nextInt(0, 4));
    }

    private static Target randomTarget(SplittableRandom random) {
        TargetKind kind = KINDS[random.nextInt(KINDS.length)];
        BigDecimal value = decimal(random);
        return Target.of(kind, kind == TargetKind.LEVEL ? value : value.abs());
    }

    private static Observation randomObservation(SplittableRandom random, LocalDate date) {
        int pick = random.nextInt(6);
        if (pick >= 3) {
            BigDecimal value = decimal(random);
            if (pick == 5) {
                BigDecimal spread = decimal(random).abs();
                return Observation.builder().date(date).value(value)
                        .lower(value.subtract(spread)).upper(value.add(spread)).build();
            }
            return Observation.of(date, value);
        }
        return Observation.missing(date, ObservationStatus.values()[pick + 1]);
    }
}
