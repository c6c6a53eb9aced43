package org.equalityduty.benchmarks;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The report renders from a results directory's contents, says when it is quick mode, and judges every target. */
class ResultsReportTest {
    private static final B5Streaming.HeapSample SAMPLE = new B5Streaming.HeapSample(1_000_000, 5_000_000, 5_000_100,
            5_000_050, 20_000_000, 4_000_000, 4_000_000);

    private static Context context(boolean quick) {
        return new Context(quick, 2_000_000, List.of("B1: checked"), List.of(SAMPLE, SAMPLE), List.of(SAMPLE, SAMPLE),
                Map.of("cores", "2"), 1.0, 2.0, 90, Map.of("B1", "1 fork"));
    }

    @Test
    void rendersQuickModeNoticeAndMarksMissingBenchmarks() {
        String md = new ResultsReport(context(true), new Scores(), null).render();
        assertTrue(md.contains("**Quick mode: indicative only.**"), md);
        assertTrue(md.contains("| library, primitive columns (per school) | not run |"), md);
        assertTrue(md.contains("- B1: checked"), md);
        assertTrue(md.contains("| B6 | CSV to per-school gaps within 1.5x of DuckDB `read_csv` + `GROUP BY` | n/a | not"
                + " run |"), md);
        assertTrue(md.contains("| B5 | heap independent of the row count (CSV import into `SchoolGaps`) |"), md);
        assertTrue(md.contains("| B8 | launcher `check` at most 10x a trivial main (wall) | n/a | not run"), md);
    }

    @Test
    void targetsCarryTheirPropagatedIntervalAndVerdict() {
        Scores scores = new Scores();
        String b6 = "org.equalityduty.benchmarks.B6CsvImportBenchmark.";
        // 600 ± 30 over 500 ± 20: ratio 1.2, relative half-width sqrt(0.05^2 + 0.04^2) = 0.0640 -> ± 0.08 (by hand).
        scores.put(b6 + "library", 600, 30);
        scores.put(b6 + "duckDb", 500, 20);
        String b3 = "org.equalityduty.benchmarks.B3B4PlanBenchmark.";
        // 3.1 ± 0.5 over 1 ± 0: the interval [2.6, 3.6] holds the target 3.
        scores.put(b3 + "b3ReadPlan", 3.1, 0.5);
        scores.put(b3 + "b3TreeParse", 1, 0);
        String md = new ResultsReport(context(false), scores, null).render();
        assertTrue(md.contains("| B6 | CSV to per-school gaps within 1.5x of DuckDB `read_csv` + `GROUP BY` | 1.20 ± 0.08"
                + " | met |"), md);
        assertTrue(md.contains("| B3 | reading and validating the plan within 3x of the tree parse | 3.10 ± 0.50 |"
                + " **not met**; interval wider than the distance to the target |"), md);
    }

    @Test
    void generalPurposeB1RowsAreComparisonsWithoutATarget() {
        Scores scores = new Scores();
        String b1 = "org.equalityduty.benchmarks.B1SchoolGapsBenchmark.";
        // 300 ± 30 over DuckDB's 100 ± 0: ratio 3.00, half-width 3 x 0.1 = 0.30 (by hand).
        scores.put(b1 + "libraryObjectsSchoolKeys", 300, 30);
        scores.put(b1 + "duckDb", 100, 0);
        String md = new ResultsReport(context(false), scores, null).render();
        assertTrue(md.contains("| object form (school keys) to DuckDB | 3.00 ± 0.30 |"), md);
        assertFalse(md.contains("object form at least as fast as DuckDB (school keys)"), md);
        assertFalse(md.contains("| B1 | object form (school keys)"), md);
        assertFalse(md.contains("columns (`Gaps` per school) within 1.1x"), md);
    }
}
