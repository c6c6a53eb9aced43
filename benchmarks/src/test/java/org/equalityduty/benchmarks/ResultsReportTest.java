package org.equalityduty.benchmarks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The report renders without JMH results (benchmarks not run) and says when it is quick mode. */
class ResultsReportTest {

    @Test
    void rendersQuickModeNoticeAndMarksMissingBenchmarks() {
        B5Streaming.HeapSample sample = new B5Streaming.HeapSample(1_000_000, 5_000_000, 5_000_100, 5_000_050,
                20_000_000, 4_000_000, 4_000_000);
        String md = new ResultsReport(true, 2_000_000, List.of("B1: checked"), List.of(sample, sample), Map.of(),
                1.0, 2.0, 90, Map.of("cores", "2")).render();
        assertTrue(md.contains("**Quick mode:** B1 used **2,000,000 records**"), md);
        assertTrue(md.contains("| library, primitive columns (per school) | not run |"), md);
        assertTrue(md.contains("- B1: checked"), md);
        assertTrue(md.contains("| heap independent of the record count |"), md);
    }
}
