package org.equalityduty.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs every benchmark's same-answer check on small data, so CI exercises them; no timing here. */
class ChecksTest {

    @Test
    void b1ImplementationsAgreeOnASmallCohort() throws Exception {
        String summary = Checks.b1(20_000, 40);
        assertTrue(summary.startsWith("B1: 13 implementations agree on 40 schools"), summary);
    }

    @Test
    void b2ImplementationsAgreeOnASmallCohort() {
        String summary = Checks.b2(5_000);
        assertTrue(summary.startsWith("B2: 5 implementations agree"), summary);
    }

    @Test
    void b2ReferenceGivesTenForCompleteSeparation() {
        // Every disadvantaged pupil below every other pupil: the index is exactly 10 (docs/domain.md section 3).
        B2Implementations.KeyStage2 separated = new B2Implementations.KeyStage2(
                new double[] {160, 161, 161, 200, 230, 240}, new boolean[] {true, true, true, false, false, false});
        assertEquals(10.0, B2Implementations.sortBasedReference(separated), 1e-12);
        assertEquals(10.0, B2Implementations.library(separated), 1e-12);
    }

    @Test
    void b3b4LibraryAndTreeParseHoldTheSamePlan() {
        String summary = Checks.b3b4();
        assertTrue(summary.startsWith("B3: equality-json and a Jackson tree parse agree"), summary);
        assertTrue(PlanDocuments.large(Cohort.SEED).actions() >= PlanDocuments.MINIMUM_ACTIONS, summary);
    }

    @Test
    void b6LibraryAndDuckDbAgreeOnASmallFile() {
        String summary = B6CsvImport.check(20_000, 200);
        // 200 schools x 4 KS2 figures + 50 secondary schools' Attainment 8 gap.
        assertTrue(summary.startsWith("B6: equality-import + PerSchoolGaps and DuckDB read_csv agree on 850 figures"
                + " for 200 schools (20,000 rows"), summary);
    }

    @Test
    void b6CheckFailsLoudlyWhenAFigureDiffers() {
        double[][] library = {{1.0, 0.5, 2.0, 0.25, Double.NaN}};
        double[][] duck = {{1.0, 0.5, 2.0, 0.25, 3.0}};
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> B6CsvImport.requireSame(library, duck));
        assertEquals("DuckDB gives a different figure 4 for school 100000: library NaN, DuckDB 3.0", e.getMessage());
    }

    @Test
    void b5CsvImportHeapIsMeasured() throws Exception {
        B5Streaming.HeapSample s = B5CsvHeap.measure(20_000);
        assertEquals(20_000, s.records());
        assertTrue(s.before() > 0 && s.midway() > 0 && s.after() > 0, s.toString());
    }

    @Test
    void b5StreamedGapAgreesWithHandLoop() {
        String summary = Checks.b5(10_000);
        assertTrue(summary.startsWith("B5: streamed library gap"), summary);
    }

    @Test
    void checkFailsLoudlyWhenAnImplementationDiffers() {
        SchoolGaps expected = new SchoolGaps(new double[] {1.5, -2.0}, new double[] {0.1, 0.2});
        SchoolGaps wrong = new SchoolGaps(new double[] {1.5, -2.0}, new double[] {0.1, 0.25});
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> expected.requireSame("broken", wrong));
        assertEquals("broken gives a different share gap for school 1: expected 0.2, got 0.25", e.getMessage());
    }

    @Test
    void cohortLayoutsHoldTheSamePupils() {
        Cohort cohort = Cohort.generate(1_000, 7, Cohort.SEED);
        List<Pupil> pupils = cohort.toPupils();
        Cohort.SchoolColumns columns = cohort.bySchool();
        int total = 0;
        for (int s = 0; s < columns.schools(); s++) {
            total += columns.scores()[s].length;
        }
        assertEquals(pupils.size(), total);
        assertTrue(pupils.stream().allMatch(p -> p.scaledScore() >= 80 && p.scaledScore() <= 120));
        assertTrue(pupils.stream().allMatch(p -> p.metExpected() == (p.scaledScore() >= 100)));
    }
}
