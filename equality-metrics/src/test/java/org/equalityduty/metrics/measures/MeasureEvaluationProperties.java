package org.equalityduty.metrics.measures;

import static org.equalityduty.metrics.measures.Cohorts.DISADVANTAGED_GROUP;
import static org.equalityduty.metrics.measures.Cohorts.OTHER_GROUP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.equalityduty.core.population.Group;
import org.equalityduty.core.plan.GroupReference;
import org.equalityduty.core.plan.KeyStage;
import org.equalityduty.core.plan.Measure;
import org.equalityduty.core.plan.MeasureKind;
import org.equalityduty.core.plan.MeasureUnit;
import org.equalityduty.core.observation.Observation;
import org.equalityduty.core.duty.Population;
import org.equalityduty.core.plan.PopulationReference;
import org.equalityduty.core.plan.Subject;
import org.equalityduty.metrics.results.MetricStatus;
import org.junit.jupiter.api.Test;

/** Record order changes nothing; swapping focus and reference groups negates a gap and mirrors its interval. */
class MeasureEvaluationProperties {

    private static final LocalDate DATE = LocalDate.of(2025, 7, 31);

    /** A random KS2 cohort: scaled scores 80..120 (some with a fractional part for the means), random FTEs. */
    private static List<PersonRecord> cohort(long seed, int size) {
        Random random = new Random(seed);
        List<PersonRecord> out = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            int reading = 80 + random.nextInt(41);
            PersonRecord.Builder b = PersonRecord.builder()
                    .category(random.nextInt(3) == 0 ? Cohorts.DISADVANTAGED : Cohorts.OTHER)
                    .category(random.nextBoolean() ? Cohorts.FEMALE : Cohorts.MALE)
                    .score(Cohorts.KS2_READING, reading)
                    .score(Cohorts.KS2_MATHS, 80 + random.nextInt(41))
                    .score(Outcome.of(KeyStage.KS4, Subject.ATTAINMENT_8), random.nextInt(900) / 10.0)
                    .metStandard(Cohorts.KS2_RWM, reading >= 100)
                    .fte(random.nextInt(11) / 10.0);
            out.add(b.build());
        }
        return out;
    }

    private static List<Measure> measures() {
        Measure.Builder gap = Measure.builder().kind(MeasureKind.ATTAINMENT_GAP).population(Population.PUPILS)
                .focusGroup(DISADVANTAGED_GROUP).reference(PopulationReference.WHOLE_POPULATION)
                .addSubject(Subject.ATTAINMENT_8);
        return List.of(gap.build(),
                Measure.builder().kind(MeasureKind.ATTAINMENT_GAP).population(Population.PUPILS)
                        .focusGroup(DISADVANTAGED_GROUP).reference(PopulationReference.REST_OF_POPULATION)
                        .addSubject(Subject.READING_WRITING_MATHS).build(),
                Measure.builder().kind(MeasureKind.MEAN_SCORE).population(Population.PUPILS)
                        .addSubject(Subject.ATTAINMENT_8).build(),
                Measure.builder().kind(MeasureKind.GAP_INDEX).population(Population.PUPILS)
                        .focusGroup(DISADVANTAGED_GROUP).addKeyStage(KeyStage.KS2).build(),
                Measure.builder().kind(MeasureKind.REPRESENTATION_SHARE).population(Population.PUPILS)
                        .focusGroup(Group.of(Cohorts.FEMALE)).within(OTHER_GROUP).build());
    }

    @Test
    void recordOrderChangesNothing() {
        EvaluationOptions fte = EvaluationOptions.defaults().withFteWeighted(true);
        qt().forAll(longs().all(), integers().between(0, 80)).checkAssert((seed, size) -> {
            List<PersonRecord> records = cohort(seed, size);
            List<PersonRecord> shuffled = new ArrayList<>(records);
            Collections.shuffle(shuffled, new Random(~seed));
            for (Measure m : measures()) {
                for (EvaluationOptions options : List.of(EvaluationOptions.defaults(), fte)) {
                    assertEquals(MeasureEvaluator.evaluate(m, records, DATE, options),
                            MeasureEvaluator.evaluate(m, shuffled, DATE, options), m.toString());
                }
            }
        });
    }

    @Test
    void swappingFocusAndReferenceNegatesTheGap() {
        qt().forAll(longs().all(), integers().between(0, 80)).checkAssert((seed, size) -> {
            List<PersonRecord> records = cohort(seed, size);
            for (MeasureUnit unit : List.of(MeasureUnit.SCORE, MeasureUnit.PERCENTAGE_POINTS)) {
                Subject subject = unit == MeasureUnit.SCORE ? Subject.READING : Subject.READING_WRITING_MATHS;
                Observation forward = evaluate(records, DISADVANTAGED_GROUP, OTHER_GROUP, subject, unit);
                Observation backward = evaluate(records, OTHER_GROUP, DISADVANTAGED_GROUP, subject, unit);
                assertEquals(forward.getStatus(), backward.getStatus());
                assertEquals(forward.getValue().map(BigDecimal::negate), backward.getValue());
                assertEquals(forward.getUpper().map(BigDecimal::negate), backward.getLower());
                assertEquals(forward.getLower().map(BigDecimal::negate), backward.getUpper());
                assertEquals(forward.getSampleSize(), backward.getSampleSize());
                assertEquals(forward.getNote().isPresent(), backward.getNote().isPresent());
            }
        });
    }

    private static Observation evaluate(List<PersonRecord> records, Group focus, Group reference, Subject subject,
            MeasureUnit unit) {
        Measure m = Measure.builder().kind(MeasureKind.ATTAINMENT_GAP).population(Population.PUPILS)
                .focusGroup(focus).reference(GroupReference.of(reference)).addSubject(subject)
                .addKeyStage(KeyStage.KS2).unit(unit).build();
        Optional<Observation> o = Optional.of(MeasureEvaluator.evaluate(m, records, DATE, EvaluationOptions.defaults())
                .getObservation());
        return o.get();
    }

    private static final double[] EXTREMES = {Double.MAX_VALUE, -Double.MAX_VALUE, 1e308, -1e308, Double.MIN_VALUE,
        Double.MIN_NORMAL / 3, 1e154, -1e154, 0.0, -0.0, 100, 120, 80.5};

    /** A cohort whose scores and FTEs are extreme finite doubles (every record is valid). */
    private static List<PersonRecord> extremeCohort(long seed, int size) {
        Random random = new Random(seed);
        List<PersonRecord> out = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            double a = EXTREMES[random.nextInt(EXTREMES.length)];
            double b = EXTREMES[random.nextInt(EXTREMES.length)];
            out.add(PersonRecord.builder()
                    .category(random.nextInt(3) == 0 ? Cohorts.DISADVANTAGED : Cohorts.OTHER)
                    .category(random.nextBoolean() ? Cohorts.FEMALE : Cohorts.MALE)
                    .score(Cohorts.KS2_READING, a)
                    .score(Cohorts.KS2_MATHS, b)
                    .score(Outcome.of(KeyStage.KS4, Subject.ATTAINMENT_8), a)
                    .metStandard(Cohorts.KS2_RWM, a >= 100)
                    .fte(Math.abs(b))
                    .build());
        }
        return out;
    }

    @Test
    void extremeScoresAndFtesGiveAStatusNeverAnException() {
        EvaluationOptions fte = EvaluationOptions.defaults().withFteWeighted(true);
        qt().withExamples(300).forAll(longs().all(), integers().between(0, 30)).checkAssert((seed, size) -> {
            List<PersonRecord> cohort = extremeCohort(seed, size);
            for (Measure m : measures()) {
                for (EvaluationOptions options : List.of(EvaluationOptions.defaults(), fte)) {
                    Evaluation e = MeasureEvaluator.evaluate(m, cohort, DATE, options);
                    // An available observation has a value; the metric status says whether it exists.
                    assertEquals(e.hasValue() && e.getStatus() == MetricStatus.OK,
                            e.getObservation().getValue().isPresent(), e.toString());
                }
            }
        });
    }
}
