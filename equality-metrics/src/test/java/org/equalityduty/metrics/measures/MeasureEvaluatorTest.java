package org.equalityduty.metrics.measures;

import static org.equalityduty.metrics.measures.Cohorts.DISADVANTAGED_GROUP;
import static org.equalityduty.metrics.measures.Cohorts.FEMALE;
import static org.equalityduty.metrics.measures.Cohorts.MALE;
import static org.equalityduty.metrics.measures.Cohorts.OTHER_GROUP;
import static org.equalityduty.metrics.measures.Cohorts.TEACHER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.equalityduty.core.duty.Population;
import org.equalityduty.core.observation.Observation;
import org.equalityduty.core.observation.ObservationStatus;
import org.equalityduty.core.plan.Benchmark;
import org.equalityduty.core.plan.GroupReference;
import org.equalityduty.core.plan.KeyStage;
import org.equalityduty.core.plan.Measure;
import org.equalityduty.core.plan.MeasureKind;
import org.equalityduty.core.plan.MeasureUnit;
import org.equalityduty.core.plan.PopulationReference;
import org.equalityduty.core.plan.Subject;
import org.equalityduty.core.population.Category;
import org.equalityduty.core.population.Dimensions;
import org.equalityduty.core.population.Group;
import org.equalityduty.metrics.options.MetricOptions;
import org.equalityduty.metrics.results.MetricStatus;
import org.junit.jupiter.api.Test;

/**
 * Hand-made cohorts ({@link Cohorts}) with expected values worked out in the comments. Reference values: t quantiles
 * from SciPy 1.17 {@code stats.t.ppf(0.975, df)}, Wilson and Newcombe limits from their formulas evaluated in Python 3
 * with {@code z = NormalDist().inv_cdf(0.975)}; all rounded half up to 4 decimals.
 */
class MeasureEvaluatorTest {

    private static final LocalDate DATE = LocalDate.of(2025, 7, 31);
    private static final EvaluationOptions MIN3 =
            EvaluationOptions.defaults().withMetricOptions(MetricOptions.defaults().withMinimumGroupSize(3));

    private static Measure.Builder pupilMeasure(MeasureKind kind) {
        return Measure.builder().kind(kind).population(Population.PUPILS);
    }

    private static Measure readingGap(org.equalityduty.core.plan.Reference reference) {
        return pupilMeasure(MeasureKind.ATTAINMENT_GAP).focusGroup(DISADVANTAGED_GROUP).reference(reference)
                .addSubject(Subject.READING).addKeyStage(KeyStage.KS2).unit(MeasureUnit.SCORE).build();
    }

    private static Evaluation pupils(Measure m, EvaluationOptions options) {
        return MeasureEvaluator.evaluate(m, Cohorts.pupils(), DATE, options);
    }

    private static void assertValue(String value, String lower, String upper, int n, Observation o) {
        assertEquals(ObservationStatus.AVAILABLE, o.getStatus(), o.toString());
        assertEquals(Optional.of(new BigDecimal(value)), o.getValue());
        assertEquals(lower == null ? Optional.empty() : Optional.of(new BigDecimal(lower)), o.getLower());
        assertEquals(upper == null ? Optional.empty() : Optional.of(new BigDecimal(upper)), o.getUpper());
        assertEquals(OptionalInt.of(n), o.getSampleSize());
        assertEquals(DATE, o.getDate());
    }

    // ------------------------------------------------------------ attainment gap

    @Test
    void progress8IsNotPublishedFor2024To2026WhateverTheRecordsHold() {
        // docs/domain.md section 3: Progress 8 was not published for 2024/25 and 2025/26; a status, not an error.
        Measure m = Measure.builder().kind(MeasureKind.ATTAINMENT_GAP).population(Population.PUPILS)
                .focusGroup(Group.of(Dimensions.category("disadvantage:disadvantaged")))
                .reference(PopulationReference.REST_OF_POPULATION)
                .addSubjects(Subject.PROGRESS_8).addKeyStages(KeyStage.KS4).unit(MeasureUnit.SCORE).build();
        Evaluation e = MeasureEvaluator.evaluate(m, Cohorts.pupils(), DATE, MIN3);
        assertEquals(ObservationStatus.NOT_PUBLISHED, e.getObservation().getStatus());
        assertEquals(java.util.Optional.of("progress_8 was not published for the academic year containing 2025-07-31"),
                e.getObservation().getNote());
        assertEquals(MetricStatus.UNDEFINED, e.getStatus());
    }

    @Test
    void scoreGapToRestOfPopulationIsWelch() {
        // Reference minus focus: 106 - 100 = 6, positive because the disadvantaged pupils (the focus) do worse.
        // vF = 25/3, vR = (112/6)/7 = 8/3, se = √11; Welch df = 121 / ((25/3)²/2 + (8/3)²/6) = 3.369778;
        // t = 2.993723; 6 ± 9.929055.
        Evaluation e = pupils(readingGap(PopulationReference.REST_OF_POPULATION), MIN3);
        assertValue("6.0000", "-3.9291", "15.9291", 10, e.getObservation());
        assertEquals(MetricStatus.OK, e.getStatus());
        assertEquals(3, e.getFocusN());
        assertEquals(OptionalLong.of(7), e.getReferenceN());
    }

    @Test
    void scoreGapToNamedGroupEqualsRestWhenTheGroupsPartitionTheCohort() {
        Evaluation e = pupils(readingGap(GroupReference.of(OTHER_GROUP)), MIN3);
        assertValue("6.0000", "-3.9291", "15.9291", 10, e.getObservation());
    }

    @Test
    void scoreGapToWholePopulationIsScaledByTheRestShare() {
        // whole mean 1042 / 10 = 104.2; 104.2 - 100 = 4.2; half-width 0.7 × 9.929055 = 6.950338.
        Evaluation e = pupils(readingGap(PopulationReference.WHOLE_POPULATION), MIN3);
        assertValue("4.2000", "-2.7503", "11.1503", 10, e.getObservation());
        assertEquals(OptionalLong.of(10), e.getReferenceN());
    }

    @Test
    void scoreGapToBenchmarkIsOneSampleT() {
        // benchmark minus focus: 105 - 100 = 5; se = 5/√3 = 2.886751, t(2) = 4.302653; 5 ± 12.420689.
        Evaluation e = pupils(readingGap(Benchmark.of("national disadvantaged", new BigDecimal("105"))), MIN3);
        assertValue("5.0000", "-7.4207", "17.4207", 3, e.getObservation());
        assertEquals(OptionalLong.empty(), e.getReferenceN());
    }

    @Test
    void rateGapIsNewcombeInPercentagePoints() {
        // 5/7 - 1/3 = 0.380952; Newcombe method 10 from Wilson limits (0.061492, 0.792340) and (0.358934, 0.917779)
        // gives (-0.199532, 0.720523) for this difference (the focus-minus-reference limits, negated and swapped).
        Measure m = pupilMeasure(MeasureKind.ATTAINMENT_GAP).focusGroup(DISADVANTAGED_GROUP)
                .reference(PopulationReference.REST_OF_POPULATION).addSubject(Subject.READING_WRITING_MATHS).build();
        Evaluation e = pupils(m, MIN3);
        assertValue("38.0952", "-19.9532", "72.0523", 10, e.getObservation());
    }

    @Test
    void rateGapToBenchmarkReadsTheBenchmarkInPercent() {
        // benchmark minus focus: 60% - 5/7 = 60% - 71.4286% = -11.4286 (the focus does better: negative);
        // Wilson(5, 7) = (35.8934%, 91.7781%), so 60 minus those limits, swapped: (-31.7781, 24.1066).
        Measure m = pupilMeasure(MeasureKind.ATTAINMENT_GAP).focusGroup(OTHER_GROUP)
                .reference(Benchmark.of("national", new BigDecimal("60"))).addSubject(Subject.READING_WRITING_MATHS)
                .unit(MeasureUnit.PERCENTAGE_POINTS).build();
        assertValue("-11.4286", "-31.7781", "24.1066", 7, pupils(m, MIN3).getObservation());
    }

    @Test
    void gapBelowMinimumSizeIsSuppressedWithoutValueOrSize() {
        Evaluation e = pupils(readingGap(PopulationReference.REST_OF_POPULATION), EvaluationOptions.defaults());
        Observation o = e.getObservation();
        assertEquals(ObservationStatus.SUPPRESSED, o.getStatus());
        assertEquals(Optional.of("suppressed: focus group has 3 members, fewer than the minimum group size of 5"),
                o.getNote());
        assertEquals(Optional.empty(), o.getValue());
        assertEquals(Optional.empty(), o.getLower());
        assertEquals(OptionalInt.empty(), o.getSampleSize());
        assertEquals(MetricStatus.BELOW_MINIMUM_GROUP_SIZE, e.getStatus());
        assertEquals(3, e.getFocusN());
    }

    @Test
    void emptyFocusGroupIsNotCollectedWithTheMetricReason() {
        Measure m = pupilMeasure(MeasureKind.ATTAINMENT_GAP).focusGroup(Group.of(Cohorts.TEACHER))
                .reference(PopulationReference.REST_OF_POPULATION).addSubject(Subject.READING)
                .addKeyStage(KeyStage.KS2).unit(MeasureUnit.SCORE).build();
        Observation o = pupils(m, MIN3).getObservation();
        assertEquals(ObservationStatus.NOT_COLLECTED, o.getStatus());
        assertEquals(Optional.of("focus group is empty"), o.getNote());
        assertEquals(Optional.empty(), o.getValue());
    }

    @Test
    void singleMemberGroupIsNotCollectedNeverNaN() {
        List<PersonRecord> two = List.of(Cohorts.pupil(Cohorts.DISADVANTAGED, MALE, 100, true),
                Cohorts.pupil(Cohorts.OTHER, MALE, 104, true), Cohorts.pupil(Cohorts.OTHER, FEMALE, 106, true));
        EvaluationOptions min1 = EvaluationOptions.defaults()
                .withMetricOptions(MetricOptions.defaults().withMinimumGroupSize(1));
        Evaluation e = MeasureEvaluator.evaluate(readingGap(PopulationReference.REST_OF_POPULATION), two, DATE, min1);
        assertEquals(ObservationStatus.NOT_COLLECTED, e.getObservation().getStatus());
        assertEquals(Optional.of("focus group has 1 member; the Welch interval needs at least 2 in each group"),
                e.getObservation().getNote());
        assertEquals(MetricStatus.UNDEFINED, e.getStatus());
    }

    @Test
    void malformedGapRequestsThrowNamingWhatIsMissing() {
        IllegalArgumentException noSubject = assertThrows(IllegalArgumentException.class, () -> pupils(
                pupilMeasure(MeasureKind.ATTAINMENT_GAP).focusGroup(DISADVANTAGED_GROUP)
                        .reference(PopulationReference.REST_OF_POPULATION).build(), MIN3));
        assertEquals("attainment_gap needs exactly one subject; the measure names none (evaluate one measure per "
                + "subject)", noSubject.getMessage());
        IllegalArgumentException two = assertThrows(IllegalArgumentException.class, () -> pupils(
                pupilMeasure(MeasureKind.ATTAINMENT_GAP).focusGroup(DISADVANTAGED_GROUP)
                        .reference(PopulationReference.REST_OF_POPULATION).addSubject(Subject.READING)
                        .addSubject(Subject.MATHS).addKeyStage(KeyStage.KS2).build(), MIN3));
        assertEquals("attainment_gap needs exactly one subject; the measure names maths, reading (evaluate one "
                + "measure per subject)", two.getMessage());
        IllegalArgumentException noUnit = assertThrows(IllegalArgumentException.class, () -> pupils(
                pupilMeasure(MeasureKind.ATTAINMENT_GAP).focusGroup(DISADVANTAGED_GROUP)
                        .reference(PopulationReference.REST_OF_POPULATION).addSubject(Subject.READING)
                        .addKeyStage(KeyStage.KS2).build(), MIN3));
        assertEquals("attainment_gap in ks2:reading states no unit: use percentage_points for a gap in the rate "
                + "meeting the standard, or score for a gap in mean scores", noUnit.getMessage());
        IllegalArgumentException noReference = assertThrows(IllegalArgumentException.class, () -> pupils(
                pupilMeasure(MeasureKind.ATTAINMENT_GAP).focusGroup(DISADVANTAGED_GROUP)
                        .addSubject(Subject.READING_WRITING_MATHS).build(), MIN3));
        assertEquals("attainment_gap needs a reference: a named group, the rest or the whole of the population, or a "
                + "benchmark", noReference.getMessage());
    }

    @Test
    void payGapIsNotEvaluatedFromPersonRecords() {
        Measure m = Measure.builder().kind(MeasureKind.PAY_GAP).population(Population.STAFF).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MeasureEvaluator.evaluate(m, Cohorts.staff(), DATE, EvaluationOptions.defaults()));
        assertEquals("pay_gap is not evaluated from person records: it needs hourly pay for the snapshot pay period "
                + "and bonus pay (SI 2017/172); evaluate it with org.equalityduty.paygap.PayGapMeasure "
                + "(equality-paygap)", e.getMessage());
    }

    // ------------------------------------------------------------ one group

    @Test
    void attainmentRateIsWilsonInPercent() {
        // 6 of 10 met RWM: 60%; Wilson(6, 10) = (31.2674%, 83.1820%).
        Measure m = pupilMeasure(MeasureKind.ATTAINMENT_RATE).addSubject(Subject.READING_WRITING_MATHS).build();
        assertValue("60.0000", "31.2674", "83.1820", 10, pupils(m, EvaluationOptions.defaults()).getObservation());
    }

    @Test
    void meanScoreIsTInterval() {
        // 1042 / 10 = 104.2; sd = √(237.6 / 9) = 5.138093; t(9) = 2.262157; ± 3.675570.
        Measure m = pupilMeasure(MeasureKind.MEAN_SCORE).addSubject(Subject.READING).addKeyStage(KeyStage.KS2).build();
        assertValue("104.2000", "100.5244", "107.8756", 10, pupils(m, EvaluationOptions.defaults()).getObservation());
    }

    @Test
    void meanScoreOfASmallFocusGroupIsSuppressed() {
        Measure m = pupilMeasure(MeasureKind.MEAN_SCORE).focusGroup(DISADVANTAGED_GROUP).addSubject(Subject.READING)
                .addKeyStage(KeyStage.KS2).build();
        Observation o = pupils(m, EvaluationOptions.defaults()).getObservation();
        assertEquals(ObservationStatus.SUPPRESSED, o.getStatus());
        assertEquals(Optional.of("suppressed: focus group has 3 members, fewer than the minimum group size of 5"),
                o.getNote());
    }

    @Test
    void gapIndexRanksReadingPlusMaths() {
        // Sums: disadvantaged 190, 200, 210; others 200, 204, ..., 224. Ranks: 190 -> 1, the two 200s share 2.5,
        // 210 -> 6; others 2.5, 4, 5, 7, 8, 9, 10. Mean percentile ranks 9.5/30 and 45.5/70 = 0.65;
        // index = 20 × (0.65 - 0.316667) = 6.666667.
        Measure m = pupilMeasure(MeasureKind.GAP_INDEX).focusGroup(DISADVANTAGED_GROUP).addKeyStage(KeyStage.KS2)
                .build();
        Evaluation e = pupils(m, MIN3);
        assertValue("6.6667", null, null, 10, e.getObservation());
        assertEquals(3, e.getFocusN());
        assertEquals(OptionalLong.of(7), e.getReferenceN());
    }

    @Test
    void gapIndexReportsAScoreOffTheGrid() {
        List<PersonRecord> cohort = List.of(Cohorts.pupil(Cohorts.DISADVANTAGED, MALE, 100, true),
                Cohorts.pupil(Cohorts.OTHER, MALE, 125, true));
        Measure m = pupilMeasure(MeasureKind.GAP_INDEX).focusGroup(DISADVANTAGED_GROUP).addKeyStage(KeyStage.KS2)
                .build();
        Observation o = MeasureEvaluator.evaluate(m, cohort, DATE, MIN3).getObservation();
        assertEquals(ObservationStatus.NOT_COLLECTED, o.getStatus());
        assertEquals(Optional.of("record 1 has a KS2 reading plus maths scaled score the gap index cannot rank: score "
                + "is not on the grid from 160.0 in steps of 1.0 to 240.0: 250.0"), o.getNote());
    }

    // ------------------------------------------------------------ staff and applicants

    private static Measure.Builder staffMeasure(MeasureKind kind) {
        return Measure.builder().kind(kind).population(Population.STAFF);
    }

    @Test
    void representationShareWithinTeachersByHeadcount() {
        // 5 women among 8 teachers: 62.5%; Wilson(5, 8) = (30.5742%, 86.3156%).
        Measure m = staffMeasure(MeasureKind.REPRESENTATION_SHARE).focusGroup(Group.of(FEMALE))
                .within(Group.of(TEACHER)).build();
        Evaluation e = MeasureEvaluator.evaluate(m, Cohorts.staff(), DATE, EvaluationOptions.defaults());
        assertValue("62.5000", "30.5742", "86.3156", 8, e.getObservation());
        assertEquals(5, e.getFocusN());
        assertEquals(OptionalLong.of(8), e.getReferenceN());
    }

    @Test
    void representationShareWeightedByFte() {
        // Women's FTE 1 + 1 + 0.6 + 0.4 + 1 = 4 of 7: 57.1429%; Kish n = 49 / 6.52 = 7.515337; Wilson on that.
        Measure m = staffMeasure(MeasureKind.REPRESENTATION_SHARE).focusGroup(Group.of(FEMALE))
                .within(Group.of(TEACHER)).build();
        Evaluation e = MeasureEvaluator.evaluate(m, Cohorts.staff(), DATE,
                EvaluationOptions.defaults().withFteWeighted(true));
        assertValue("57.1429", "25.8441", "83.6095", 8, e.getObservation());
    }

    @Test
    void disclosureRateCountsRefusedAndNotObtainedAsUndisclosed() {
        // 9 of 12 with a known ethnicity: 75%; Wilson(9, 12) = (46.7695%, 91.1058%).
        Measure m = staffMeasure(MeasureKind.DISCLOSURE_RATE).build();
        Evaluation e = MeasureEvaluator.evaluate(m, Cohorts.staff(), DATE,
                EvaluationOptions.defaults().withDisclosureDimensions(List.of("ethnicity")));
        assertValue("75.0000", "46.7695", "91.1058", 12, e.getObservation());
    }

    @Test
    void disclosureRateWithoutDimensionThrows() {
        Measure m = staffMeasure(MeasureKind.DISCLOSURE_RATE).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MeasureEvaluator.evaluate(m, Cohorts.staff(), DATE, EvaluationOptions.defaults()));
        assertEquals("disclosure_rate needs a dimension: give the measure a focus group or list the dimensions in "
                + "EvaluationOptions.withDisclosureDimensions", e.getMessage());
    }

    @Test
    void countOfMenIsSuppressedBelowTheMinimumAndShownAtIt() {
        Measure m = staffMeasure(MeasureKind.COUNT).focusGroup(Group.of(MALE)).build();
        Observation suppressed = MeasureEvaluator.evaluate(m, Cohorts.staff(), DATE, EvaluationOptions.defaults())
                .getObservation();
        assertEquals(ObservationStatus.SUPPRESSED, suppressed.getStatus());
        assertEquals(Optional.of("suppressed: group has 3 members, fewer than the minimum group size of 5"),
                suppressed.getNote());
        assertValue("3", null, null, 3, MeasureEvaluator.evaluate(m, Cohorts.staff(), DATE, MIN3).getObservation());
    }

    @Test
    void selectionRateCountsTheStageInOptions() {
        // 6 of 10 women shortlisted or appointed: 60%; Wilson(6, 10) = (31.2674%, 83.1820%).
        Measure m = Measure.builder().kind(MeasureKind.SELECTION_RATE).population(Population.JOB_APPLICANTS)
                .focusGroup(Group.of(FEMALE)).build();
        Evaluation shortlisted = MeasureEvaluator.evaluate(m, Cohorts.applicants(), DATE,
                EvaluationOptions.defaults().withSelectionStage(ApplicantStage.SHORTLISTED));
        assertValue("60.0000", "31.2674", "83.1820", 10, shortlisted.getObservation());
        // Default stage: appointed, 2 of 10; a count of 2 is below 5, so suppressed.
        Observation appointed = MeasureEvaluator.evaluate(m, Cohorts.applicants(), DATE, EvaluationOptions.defaults())
                .getObservation();
        assertEquals(Optional.of("suppressed: group has 2 members, fewer than the minimum group size of 5"),
                appointed.getNote());
    }

    @Test
    void surveyPositiveRateThroughTheCallersOwnRecords() {
        // Caller's records: {sex, answer}; 8 answered, 6 positively: 75%; Wilson(6, 8) = (40.9275%, 92.8521%).
        record Response(String sex, Boolean positive) {
        }
        List<Response> rs = List.of(new Response("female", true), new Response("male", true),
                new Response("female", true), new Response("male", false), new Response("female", true),
                new Response("male", true), new Response("female", false), new Response("male", true),
                new Response("female", null), new Response("male", null));
        PersonView<Response> view = PersonView.<Response>builder((r, dimensionId) -> "sex".equals(dimensionId)
                        ? Optional.of(r.sex().equals("male") ? MALE : FEMALE) : Optional.empty())
                .surveyPositive(r -> Optional.ofNullable(r.positive()))
                .build();
        Measure m = Measure.builder().kind(MeasureKind.SURVEY_POSITIVE_RATE).population(Population.PARENTS_AND_COMMUNITY)
                .build();
        Evaluation e = MeasureEvaluator.evaluate(m, rs, view, DATE, EvaluationOptions.defaults());
        assertValue("75.0000", "40.9275", "92.8521", 8, e.getObservation());
        assertFalse(e.getObservation().getNote().isPresent());
    }

    @Test
    void statedUnitThatTheKindCannotTakeThrows() {
        Measure m = staffMeasure(MeasureKind.COUNT).unit(MeasureUnit.PERCENT).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MeasureEvaluator.evaluate(m, Cohorts.staff(), DATE, EvaluationOptions.defaults()));
        assertEquals("count is evaluated in count, but the measure states percent", e.getMessage());
    }

    // ------------------------------------------------------------ units, edges and messages of every kind

    @Test
    void everyKindRejectsAStatedUnitItCannotTake() {
        Object[][] cases = {
            {pupilMeasure(MeasureKind.ATTAINMENT_RATE).addSubject(Subject.READING_WRITING_MATHS).unit(MeasureUnit.SCORE),
                "attainment_rate is evaluated in percent, but the measure states score"},
            {Measure.builder().kind(MeasureKind.SURVEY_POSITIVE_RATE).population(Population.PARENTS_AND_COMMUNITY)
                .unit(MeasureUnit.COUNT), "survey_positive_rate is evaluated in percent, but the measure states count"},
            {Measure.builder().kind(MeasureKind.SELECTION_RATE).population(Population.JOB_APPLICANTS)
                .focusGroup(Group.of(FEMALE)).unit(MeasureUnit.COUNT),
                "selection_rate is evaluated in percent, but the measure states count"},
            {pupilMeasure(MeasureKind.MEAN_SCORE).addSubject(Subject.READING).addKeyStage(KeyStage.KS2)
                .unit(MeasureUnit.PERCENT), "mean_score is evaluated in score, but the measure states percent"},
            {pupilMeasure(MeasureKind.GAP_INDEX).focusGroup(DISADVANTAGED_GROUP).addKeyStage(KeyStage.KS2)
                .unit(MeasureUnit.SCORE), "gap_index is evaluated in index, but the measure states score"},
            {staffMeasure(MeasureKind.REPRESENTATION_SHARE).focusGroup(Group.of(FEMALE)).unit(MeasureUnit.COUNT),
                "representation_share is evaluated in percent, but the measure states count"},
            {staffMeasure(MeasureKind.DISCLOSURE_RATE).focusGroup(Group.of(Cohorts.WBRI)).unit(MeasureUnit.SCORE),
                "disclosure_rate is evaluated in percent, but the measure states score"},
        };
        for (Object[] c : cases) {
            Measure m = ((Measure.Builder) c[0]).build();
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> MeasureEvaluator.evaluate(m, Cohorts.pupils(), DATE, MIN3));
            assertEquals(c[1], e.getMessage());
        }
    }

    @Test
    void scoresTooFarApartToSummariseNameTheSideAndKeepBothSizes() {
        // Reading 1e300 and -1e300: the sample variance 2e600 is beyond the double range.
        List<PersonRecord> wideFocus = List.of(Cohorts.pupil(Cohorts.DISADVANTAGED, MALE, 1e300, true),
                Cohorts.pupil(Cohorts.DISADVANTAGED, FEMALE, -1e300, true), Cohorts.pupil(Cohorts.OTHER, MALE, 100, true),
                Cohorts.pupil(Cohorts.OTHER, FEMALE, 102, true));
        Evaluation e = MeasureEvaluator.evaluate(readingGap(PopulationReference.REST_OF_POPULATION), wideFocus, DATE,
                MIN1);
        assertEquals(MetricStatus.UNDEFINED, e.getStatus());
        assertEquals("the scores of the focus group in ks2:reading are too far apart to summarise in double precision",
                e.getReason());
        assertEquals(2, e.getFocusN());
        assertEquals(OptionalLong.of(2), e.getReferenceN());
        List<PersonRecord> wideRest = List.of(Cohorts.pupil(Cohorts.DISADVANTAGED, MALE, 100, true),
                Cohorts.pupil(Cohorts.DISADVANTAGED, FEMALE, 102, true), Cohorts.pupil(Cohorts.OTHER, MALE, 1e300, true),
                Cohorts.pupil(Cohorts.OTHER, FEMALE, -1e300, true), Cohorts.pupil(Cohorts.OTHER, FEMALE, 0, true));
        Evaluation r = MeasureEvaluator.evaluate(readingGap(PopulationReference.REST_OF_POPULATION), wideRest, DATE,
                MIN1);
        assertEquals("the scores of the reference in ks2:reading are too far apart to summarise in double precision",
                r.getReason());
        assertEquals(OptionalLong.of(3), r.getReferenceN());
    }

    private static final EvaluationOptions MIN1 =
            EvaluationOptions.defaults().withMetricOptions(MetricOptions.defaults().withMinimumGroupSize(1));

    @Test
    void rateGapBenchmarksOfZeroAndOneHundredAreAccepted() {
        // Wilson(5, 7) = (35.8934%, 91.7781%) (Python 3 from the formula). Benchmark minus focus: 0 - 71.4286 and
        // 100 - 71.4286, the limits the benchmark minus Wilson's, swapped.
        java.util.function.Function<Benchmark, Measure> against = b -> pupilMeasure(MeasureKind.ATTAINMENT_GAP)
                .focusGroup(OTHER_GROUP).reference(b).addSubject(Subject.READING_WRITING_MATHS)
                .unit(MeasureUnit.PERCENTAGE_POINTS).build();
        assertValue("-71.4286", "-91.7781", "-35.8934", 7,
                pupils(against.apply(Benchmark.of("none", BigDecimal.ZERO)), MIN3).getObservation());
        assertValue("28.5714", "8.2219", "64.1066", 7,
                pupils(against.apply(Benchmark.of("all", new BigDecimal("100"))), MIN3).getObservation());
        assertEquals("benchmark 'over' of a rate gap is a rate in percent and must be between 0 and 100: 100.01",
                assertThrows(IllegalArgumentException.class, () -> pupils(against.apply(Benchmark.of("over",
                        new BigDecimal("100.01"))), MIN3)).getMessage());
        assertEquals("benchmark 'under' of a rate gap is a rate in percent and must be between 0 and 100: -0.01",
                assertThrows(IllegalArgumentException.class, () -> pupils(against.apply(Benchmark.of("under",
                        new BigDecimal("-0.01"))), MIN3)).getMessage());
    }

    @Test
    void attainment8WithNoUnitIsAScoreGap() {
        // KS4 Attainment 8. Disadvantaged 30, 40, 50 (mean 40, variance 100); others 50, 55, 60, 65, 70 (mean 60,
        // variance 62.5). Reference minus focus: 20; vF = 100/3, vR = 12.5, se = 6.770032; Welch df = 3.532847;
        // t(0.975, 3.532847) = 2.927405 (SciPy 1.17); 20 ± 19.818628.
        Outcome a8 = Outcome.of(KeyStage.KS4, Subject.ATTAINMENT_8);
        List<PersonRecord> cohort = new java.util.ArrayList<>();
        for (double x : new double[] {30, 40, 50}) {
            cohort.add(PersonRecord.builder().category(Cohorts.DISADVANTAGED).score(a8, x).build());
        }
        for (double x : new double[] {50, 55, 60, 65, 70}) {
            cohort.add(PersonRecord.builder().category(Cohorts.OTHER).score(a8, x).build());
        }
        Measure m = pupilMeasure(MeasureKind.ATTAINMENT_GAP).focusGroup(DISADVANTAGED_GROUP)
                .reference(PopulationReference.REST_OF_POPULATION).addSubject(Subject.ATTAINMENT_8).build();
        assertValue("20.0000", "0.1814", "39.8186", 8, MeasureEvaluator.evaluate(m, cohort, DATE, MIN3)
                .getObservation());
    }

    @Test
    void gapIndexChecksItsReferenceAndKeyStage() {
        assertEquals("gap_index compares the focus group with all other pupils; its reference must be "
                + "rest_of_population or absent, not WHOLE_POPULATION", assertThrows(IllegalArgumentException.class,
                        () -> pupils(pupilMeasure(MeasureKind.GAP_INDEX).focusGroup(DISADVANTAGED_GROUP)
                                .reference(PopulationReference.WHOLE_POPULATION).addKeyStage(KeyStage.KS2).build(),
                                MIN3)).getMessage());
        // The rest of the population, stated, is the same as none (the hand example of gapIndexRanksReadingPlusMaths).
        assertValue("6.6667", null, null, 10, pupils(pupilMeasure(MeasureKind.GAP_INDEX)
                .focusGroup(DISADVANTAGED_GROUP).reference(PopulationReference.REST_OF_POPULATION)
                .addKeyStage(KeyStage.KS2).build(), MIN3).getObservation());
        assertEquals("gap_index needs exactly one key stage, ks2 or ks4; the measure names ks1",
                assertThrows(IllegalArgumentException.class, () -> pupils(pupilMeasure(MeasureKind.GAP_INDEX)
                        .focusGroup(DISADVANTAGED_GROUP).addKeyStage(KeyStage.KS1).build(), MIN3)).getMessage());
        assertEquals("gap_index needs exactly one key stage, ks2 or ks4; the measure names ks2, ks4",
                assertThrows(IllegalArgumentException.class, () -> pupils(pupilMeasure(MeasureKind.GAP_INDEX)
                        .focusGroup(DISADVANTAGED_GROUP).addKeyStage(KeyStage.KS2).addKeyStage(KeyStage.KS4).build(),
                        MIN3)).getMessage());
    }

    @Test
    void gapIndexAtKs4RanksTheAverageOfEnglishAndMaths() {
        // Averages: disadvantaged (4 + 5) / 2 = 4.5 and 3; others 6.5, 4.5 and 8.5. Ranks: 3 -> 1; the two 4.5s share
        // 2.5; 6.5 -> 4; 8.5 -> 5. Mean percentile ranks 1.75 / 5 = 0.35 and (11.5 / 3) / 5; index 20 × (11.5/15 -
        // 0.35) = 25/3 = 8.3333 (as GapIndexTest.handExampleWithATie).
        Outcome english = Outcome.of(KeyStage.KS4, Subject.ENGLISH);
        Outcome maths = Outcome.of(KeyStage.KS4, Subject.MATHS);
        double[][] grades = {{4, 5}, {3, 3}, {6, 7}, {4, 5}, {8, 9}};
        List<PersonRecord> cohort = new java.util.ArrayList<>();
        for (int i = 0; i < grades.length; i++) {
            cohort.add(PersonRecord.builder().category(i < 2 ? Cohorts.DISADVANTAGED : Cohorts.OTHER)
                    .score(english, grades[i][0]).score(maths, grades[i][1]).build());
        }
        Measure m = pupilMeasure(MeasureKind.GAP_INDEX).focusGroup(DISADVANTAGED_GROUP).addKeyStage(KeyStage.KS4)
                .build();
        assertValue("8.3333", null, null, 5, MeasureEvaluator.evaluate(m, cohort, DATE, MIN1).getObservation());
    }

    @Test
    void aMeanScoreOfExactlyTheMinimumSizeIsShown() {
        // Disadvantaged reading 95, 100, 105 under a minimum of 3: mean 100, s = 5, t(0.975, 2) = 4.302653 (SciPy),
        // 100 ± 4.302653 × 5 / √3 = 100 ± 12.420689.
        Measure m = pupilMeasure(MeasureKind.MEAN_SCORE).focusGroup(DISADVANTAGED_GROUP).addSubject(Subject.READING)
                .addKeyStage(KeyStage.KS2).build();
        Evaluation e = pupils(m, MIN3);
        assertValue("100.0000", "87.5793", "112.4207", 3, e.getObservation());
        assertFalse(e.getObservation().getNote().isPresent());
    }

    @Test
    void equalScoresGiveAPointIntervalAndSaySo() {
        List<PersonRecord> same = List.of(Cohorts.pupil(Cohorts.DISADVANTAGED, MALE, 104, true),
                Cohorts.pupil(Cohorts.OTHER, FEMALE, 104, true));
        Measure m = pupilMeasure(MeasureKind.MEAN_SCORE).addSubject(Subject.READING).addKeyStage(KeyStage.KS2).build();
        Evaluation e = MeasureEvaluator.evaluate(m, same, DATE, MIN1);
        assertValue("104.0000", "104.0000", "104.0000", 2, e.getObservation());
        assertEquals(Optional.of("all scores are equal: the interval is the single point 104.0"),
                e.getObservation().getNote());
    }

    @Test
    void figuresOfUpToFiftyDigitsBeforeThePointAreRecordedAndLongerOnesAreNot() {
        // Observation.MAX_INTEGER_DIGITS is 50. Two scores of 1e49 (50 digits): mean 1e49, a point interval.
        Measure m = pupilMeasure(MeasureKind.MEAN_SCORE).addSubject(Subject.READING).addKeyStage(KeyStage.KS2).build();
        List<PersonRecord> fifty = List.of(Cohorts.pupil(Cohorts.DISADVANTAGED, MALE, 1e49, true),
                Cohorts.pupil(Cohorts.OTHER, FEMALE, 1e49, true));
        Observation o = MeasureEvaluator.evaluate(m, fifty, DATE, MIN1).getObservation();
        assertEquals(ObservationStatus.AVAILABLE, o.getStatus());
        assertEquals(Optional.of(new BigDecimal("1E+49").setScale(4)), o.getValue());
        // 1e50 and -1e50: mean 0 (1 digit), but s = √2 × 1e50, se = 1e50 and t(0.975, 1) = 12.706205, so the limits
        // ±1.27e51 have 52 digits: the figure is not recorded.
        List<PersonRecord> wide = List.of(Cohorts.pupil(Cohorts.DISADVANTAGED, MALE, 1e50, true),
                Cohorts.pupil(Cohorts.OTHER, FEMALE, -1e50, true));
        Evaluation e = MeasureEvaluator.evaluate(m, wide, DATE, MIN1);
        assertEquals(MetricStatus.UNDEFINED, e.getStatus());
        assertEquals("the figure has more than 50 digits before the decimal point, more than an observation can "
                + "record", e.getReason());
        assertEquals(ObservationStatus.NOT_COLLECTED, e.getObservation().getStatus());
    }

    @Test
    void aRateWithNoOneAnsweringSaysWhoHadNoAnswer() {
        Measure inFocus = pupilMeasure(MeasureKind.ATTAINMENT_RATE).focusGroup(Group.of(TEACHER))
                .addSubject(Subject.READING_WRITING_MATHS).build();
        Evaluation focus = pupils(inFocus, MIN3);
        assertEquals(MetricStatus.EMPTY, focus.getStatus());
        assertEquals(Optional.of("no one in the focus group has a result in ks2:reading_writing_maths"),
                focus.getObservation().getNote());
        Measure everyone = pupilMeasure(MeasureKind.ATTAINMENT_RATE).addSubject(Subject.READING_WRITING_MATHS).build();
        assertEquals("no one has a result in ks2:reading_writing_maths",
                MeasureEvaluator.evaluate(everyone, List.of(), DATE, MIN3).getReason());
    }

    @Test
    void aCountOfZeroIsShownNotSuppressed() {
        Measure m = staffMeasure(MeasureKind.COUNT).focusGroup(Group.of(Category.of("role", "head", "Head teacher")))
                .build();
        Evaluation e = MeasureEvaluator.evaluate(m, Cohorts.staff(), DATE, EvaluationOptions.defaults());
        assertValue("0", null, null, 0, e.getObservation());
        assertEquals(MetricStatus.OK, e.getStatus());
    }

    @Test
    void anFteWeightedShareNamesTheRecordWithoutAUsableFte() {
        Measure m = staffMeasure(MeasureKind.REPRESENTATION_SHARE).focusGroup(Group.of(FEMALE)).build();
        EvaluationOptions weighted = EvaluationOptions.defaults().withFteWeighted(true);
        List<PersonRecord> staff = List.of(Cohorts.staff(TEACHER, FEMALE, 1, Cohorts.WBRI),
                Cohorts.staff(TEACHER, MALE, 1, Cohorts.WBRI), PersonRecord.builder().category(FEMALE).build());
        Evaluation missing = MeasureEvaluator.evaluate(m, staff, DATE, weighted);
        assertEquals(MetricStatus.UNDEFINED, missing.getStatus());
        assertEquals("record 2 has no FTE; an FTE-weighted share needs a finite, non-negative FTE for everyone",
                missing.getReason());
        PersonView<PersonRecord> negative = PersonView.<PersonRecord>builder((r, d) -> r.getCategory(d))
                .fte(r -> OptionalDouble.of(-1)).build();
        assertEquals("record 0 has FTE -1.0; an FTE-weighted share needs a finite, non-negative FTE for everyone",
                MeasureEvaluator.evaluate(m, staff, negative, DATE, weighted).getReason());
    }

    @Test
    void aDisclosureRateTakesItsDimensionsFromTheFocusGroup() {
        // As disclosureRateCountsRefusedAndNotObtainedAsUndisclosed, with the dimension named by the focus group.
        Measure m = staffMeasure(MeasureKind.DISCLOSURE_RATE).focusGroup(Group.of(Cohorts.WBRI)).build();
        Evaluation e = MeasureEvaluator.evaluate(m, Cohorts.staff(), DATE, EvaluationOptions.defaults());
        assertValue("75.0000", "46.7695", "91.1058", 12, e.getObservation());
    }

    @Test
    void anFteOfZeroCountsWithNoWeight() {
        // Women's FTE 1, 0 and 1 and men's 1 and 1: a weighted share of 2 / 4 = 50%; Kish n = 4² / 4 = 4;
        // Wilson(0.5, 4) = (15.0039%, 84.9961%) (Python 3 from the formula). The FTE of 0 is a weight, not an error.
        List<PersonRecord> staff = List.of(Cohorts.staff(TEACHER, FEMALE, 1, Cohorts.WBRI),
                Cohorts.staff(TEACHER, FEMALE, 0, Cohorts.WBRI), Cohorts.staff(TEACHER, MALE, 1, Cohorts.WBRI),
                Cohorts.staff(TEACHER, MALE, 1, Cohorts.WBRI), Cohorts.staff(TEACHER, FEMALE, 1, Cohorts.WBRI));
        Measure m = staffMeasure(MeasureKind.REPRESENTATION_SHARE).focusGroup(Group.of(FEMALE)).build();
        Evaluation e = MeasureEvaluator.evaluate(m, staff, DATE, MIN3.withFteWeighted(true));
        assertValue("50.0000", "15.0039", "84.9961", 5, e.getObservation());
    }
}
