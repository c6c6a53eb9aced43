package org.equalityduty.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.equalityduty.core.population.CensusEthnicity;
import org.equalityduty.core.population.Dimensions;
import org.equalityduty.core.population.Group;
import org.equalityduty.core.plan.KeyStage;
import org.equalityduty.core.plan.Measure;
import org.equalityduty.core.plan.MeasureKind;
import org.equalityduty.core.duty.Population;
import org.equalityduty.metrics.results.GapResult;
import org.equalityduty.metrics.options.MetricOptions;
import org.equalityduty.metrics.measures.ApplicantStage;
import org.equalityduty.metrics.measures.Evaluation;
import org.equalityduty.metrics.measures.EvaluationOptions;
import org.equalityduty.metrics.measures.MeasureEvaluator;
import org.junit.jupiter.api.Test;

/**
 * Reads the synthetic sample files in {@code examples/data/} and checks headline figures against values computed
 * independently of the library by {@code src/test/python/sample_headlines.py} (Python standard library: csv,
 * statistics.mean, decimal), run once on the committed files; its output is quoted beside each assertion.
 * Tolerance 1e-9 for the doubles (the script prints 12 decimals), exact for counts and decimals.
 */
class SampleDataTest {
    private static final MetricOptions ANY_SIZE = MetricOptions.defaults().withMinimumGroupSize(1);

    @Test
    void theCommittedFilesAreWhatTheGeneratorWrites() throws IOException {
        for (Map.Entry<String, String> e : SampleData.generate().entrySet()) {
            assertEquals(e.getValue(), Files.readString(SampleData.DIR.resolve(e.getKey()), StandardCharsets.UTF_8),
                    e.getKey() + " differs from SampleData's output: run SampleData.main to write it again");
        }
    }

    @Test
    void pupilHeadlinesMatchTheIndependentScript() throws ImportException {
        ImportResult<SchoolGaps> result = EqualityImport.schoolGaps(SampleData.DIR.resolve("pupils.csv"),
                ImportOptions.defaults());
        // script: rows 1125 152 150
        assertEquals("pupils.csv: 1,125 rows read, 1,125 used, 0 flagged, 0 rejected", result.getSummary().toString());
        SchoolGaps gaps = result.getValue();
        assertEquals(List.of("144966", "118530", "113631"), gaps.getSchools());
        // script: ks2_reading mean gap 144966 -5.380090497738 n=13/17
        GapResult reading = gaps.meanGap("144966", GapScore.KS2_READING, ANY_SIZE);
        assertEquals(-5.380090497738, reading.getEstimate(), 1e-9);
        assertEquals(13, reading.getFocusN());
        assertEquals(17, reading.getReferenceN());
        // script: ks2_maths mean gap 144966 -9.995475113122 n=13/17
        assertEquals(-9.995475113122, gaps.meanGap("144966", GapScore.KS2_MATHS, ANY_SIZE).getEstimate(), 1e-9);
        // script: ks2_reading mean gap 118530 -7.070707070707 n=9/33
        assertEquals(-7.070707070707, gaps.meanGap("118530", GapScore.KS2_READING, ANY_SIZE).getEstimate(), 1e-9);
        // script: ks2_maths mean gap 118530 -4.666666666667 n=9/33
        assertEquals(-4.666666666667, gaps.meanGap("118530", GapScore.KS2_MATHS, ANY_SIZE).getEstimate(), 1e-9);
        // script: ks2_reading standard gap trust -0.254545454545
        assertEquals(-0.254545454545, gaps.trustStandardGap(GapScore.KS2_READING, ANY_SIZE).getEstimate(), 1e-9);
        // script: ks4_attainment8 mean gap 113631 -11.440791208791 n=25/91
        GapResult a8 = gaps.meanGap("113631", GapScore.KS4_ATTAINMENT_8, ANY_SIZE);
        assertEquals(-11.440791208791, a8.getEstimate(), 1e-9);
        assertEquals(25, a8.getFocusN());
    }

    @Test
    void theGapIndexThroughTheEvaluatorMatchesTheScript() throws ImportException {
        List<PupilRow> pupils = EqualityImport.readPupils(SampleData.DIR.resolve("pupils.csv"),
                ImportOptions.defaults()).getValue();
        Measure index = Measure.builder().kind(MeasureKind.GAP_INDEX).population(Population.PUPILS)
                .focusGroup(Group.of(Dimensions.category("disadvantage:disadvantaged")))
                .addKeyStages(KeyStage.KS2).build();
        Evaluation e = MeasureEvaluator.evaluate(index, pupils, PupilRow.view(), LocalDate.of(2026, 7, 31),
                EvaluationOptions.defaults().withMetricOptions(ANY_SIZE));
        // script: ks2 gap index trust 5.054545454545 n=22/50 (the evaluator rounds to 4 decimals)
        assertEquals(new BigDecimal("5.0545"), e.getObservation().getValue().orElseThrow());
        assertEquals(22, e.getFocusN());
        // script: pupils WBRI after roll-up 711 of which extended 112
        assertEquals(711, pupils.stream().filter(p -> p.getEthnicity().equals(
                java.util.Optional.of(CensusEthnicity.WBRI))).count());
        // toPersonRecord gives the evaluator the same answer as the view.
        Evaluation viaRecords = MeasureEvaluator.evaluate(index, pupils.stream().map(PupilRow::toPersonRecord)
                .toList(), LocalDate.of(2026, 7, 31), EvaluationOptions.defaults().withMetricOptions(ANY_SIZE));
        assertEquals(e.getObservation(), viaRecords.getObservation());
    }

    @Test
    void staffAndApplicantHeadlinesMatchTheScript() throws ImportException {
        List<StaffRow> staff = EqualityImport.readStaff(SampleData.DIR.resolve("staff.csv"), ImportOptions.defaults())
                .getValue();
        // script: staff female 112 of 152; staff ethnicity known 143 of 152
        assertEquals(152, staff.size());
        assertEquals(112, staff.stream().filter(s -> s.getSex().equals(java.util.Optional.of(
                Dimensions.SEX.category("female")))).count());
        assertEquals(143, staff.stream().filter(s -> s.getCategory("ethnicity").orElseThrow().isKnown()).count());
        // script: staff fte total 130.06; staff hourly pay total 3515.06 (decimal sums)
        assertEquals(13006, Math.round(staff.stream().mapToDouble(s -> s.getFte().getAsDouble()).sum() * 100));
        assertEquals(new BigDecimal("3515.06"), staff.stream().map(s -> s.getHourlyPay().orElseThrow())
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        List<ApplicantRow> applicants = EqualityImport.readApplicants(SampleData.DIR.resolve("applicants.csv"),
                ImportOptions.defaults()).getValue();
        Map<String, long[]> bySex = new HashMap<>();
        for (ApplicantRow a : applicants) {
            long[] c = bySex.computeIfAbsent(a.getSex().orElseThrow().getCode(), k -> new long[2]);
            c[0] += a.getStage().orElseThrow() == ApplicantStage.APPOINTED ? 1 : 0;
            c[1]++;
        }
        // script: applicants appointed F 10 of 117; applicants appointed M 2 of 33
        assertEquals(List.of(10L, 117L), List.of(bySex.get("female")[0], bySex.get("female")[1]));
        assertEquals(List.of(2L, 33L), List.of(bySex.get("male")[0], bySex.get("male")[1]));
    }

    @Test
    void theMisExportReadsThroughTheMappingAsTheSamePupils() throws ImportException {
        Mapping mapping = Mapping.read(SampleData.DIR.resolve("mapping-example.csv"));
        ImportResult<List<PupilRow>> mis = EqualityImport.readPupils(SampleData.DIR.resolve("mis-export.csv"),
                ImportOptions.defaults().withMapping(mapping));
        assertEquals("mis-export.csv: 12 rows read, 12 used, 0 flagged, 0 rejected", mis.getSummary().toString());
        assertEquals(List.of("Reg Group"), mis.getSummary().getIgnoredColumns());
        Map<String, PupilRow> defaults = new HashMap<>();
        EqualityImport.readPupils(SampleData.DIR.resolve("pupils.csv"), ImportOptions.defaults()).getValue()
                .forEach(p -> defaults.put(p.getPupilId(), p));
        for (PupilRow p : mis.getValue()) {
            PupilRow same = defaults.get(p.getPupilId());
            assertEquals(same.getSchoolUrn(), p.getSchoolUrn());
            // The export has no KS2 writing column: categories and scores are compared, not writing results.
            assertEquals(same.toPersonRecord().getCategories(), p.toPersonRecord().getCategories(), p.getPupilId());
            assertEquals(same.toPersonRecord().getScores(), p.toPersonRecord().getScores(), p.getPupilId());
            assertEquals(same.getEal(), p.getEal(), p.getPupilId());
        }
        assertTrue(mis.getValue().stream().anyMatch(p -> p.getEthnicity().isPresent()));
    }
}
