package org.equalityduty.benchmarks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The report renders from a results directory's contents, says when it is quick mode, and judges every target. */
class ResultsReportTest {
    private static final B5Streaming.HeapSample SAMPLE = new B5Streaming.HeapSample(1_000_000, 5_000_000, 5_000_100,
            5_000_050, 20_000_000, 4_000_000, 4_000_000);

    static Context context(boolean quick) {
        Map<String, Context.Segment> runs = new LinkedHashMap<>();
        for (String g : Context.GROUPS) {
            runs.put(g, new Context.Segment("2026-12-01 10:00", quick, 1.0, 2.0, 90, String.join(", ", Context.GROUPS),
                    "1 fork", g.equals("B1") ? List.of("B1: checked") : List.of()));
        }
        return new Context(Map.of("cores", "2"), runs, 2_000_000, List.of(SAMPLE, SAMPLE), List.of(SAMPLE, SAMPLE));
    }

    @Test
    void rendersQuickModeNoticeAndMarksMissingBenchmarks() {
        String md = new ResultsReport(context(true), new Scores(), null).render();
        assertTrue(md.contains("**Quick mode: indicative only** (B1, B2, B3, B5, B6, B7)"), md);
        assertTrue(md.contains("B1 used **2,000,000 records**"), md);
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

    /** Two runs merged: B1 from a full run kept, B7 from a later quick run; each row shows its own run. */
    @Test
    void eachBenchmarkShowsTheRunItCameFrom() {
        Context full = new Context(Map.of("cores", "2"), Map.of("B1", new Context.Segment("2026-12-01 09:00", false,
                0.5, 0.75, 1800, "B1, B2", "3 forks", List.of("B1: checked"))), 10_000_000, List.of(), List.of());
        Context quick = new Context(Map.of("cores", "2"), Map.of("B7", new Context.Segment("2026-12-01 15:00", true,
                4.0, 5.5, 60, "B7", "1 fork", List.of("B7: agree"))), 2_000_000, List.of(), List.of());
        String md = new ResultsReport(full.merge(quick), new Scores(), null).render();
        assertTrue(md.contains("(**quick mode** for B7, full mode for B1)"), md);
        assertTrue(md.contains("| B1 | 2026-12-01 09:00 | full | 0.50 / 0.75 | 1800 s | B1, B2 | 3 forks |"), md);
        assertTrue(md.contains("| B7 | 2026-12-01 15:00 | quick | 4.00 / 5.50 | 60 s | B7 | 1 fork |"), md);
        assertTrue(md.contains("| B2 | not recorded | | | | | |"), md);
        assertTrue(md.contains("- B1: checked\n- B7: agree\n"), md);
        // B1's size is the full run's, and the quick notice is about B7 only.
        assertTrue(md.contains("## B1: per-school disadvantage gap, 10,000,000 pupils"), md);
        assertTrue(md.contains("**Quick mode: indicative only** (B7). One fork and three 1 s iterations per"
                + " benchmark. The intervals"), md);
    }

    @Test
    void anEmptyContextRendersWithNoRunRecorded() {
        String md = new ResultsReport(Context.empty(), new Scores(), null).render();
        assertTrue(md.contains("(no run recorded)"), md);
        assertTrue(md.contains("| B7 | not recorded | | | | | |"), md);
    }
}
