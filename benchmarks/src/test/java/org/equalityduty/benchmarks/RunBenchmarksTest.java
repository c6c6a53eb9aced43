package org.equalityduty.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner's command line, and that a run of some benchmarks keeps the others' results. */
class RunBenchmarksTest {

    /** A JMH JSON file with one benchmark's score (the fields {@code Scores} reads). */
    private static String jmh(String benchmark, double score, double error) {
        return "[{\"benchmark\": \"org.equalityduty.benchmarks." + benchmark + "\", \"params\": {},"
                + " \"primaryMetric\": {\"score\": " + score + ", \"scoreError\": " + error + ", \"rawData\": [[1, 2,"
                + " 3]]}, \"secondaryMetrics\": {}}]";
    }

    @Test
    void parsesTheOptions() {
        RunBenchmarks.Options o = RunBenchmarks.parse(new String[] {"--quick", "--only", "b7, B3", "--results", "r",
            "--output", "out.md"}, true);
        assertTrue(o.quick());
        assertFalse(o.reportOnly());
        assertEquals(List.of("B3", "B7"), List.copyOf(o.only()));
        assertEquals(Paths.get("r"), o.dir());
        assertEquals(Paths.get("out.md"), o.output());
        RunBenchmarks.Options defaults = RunBenchmarks.parse(new String[0], true);
        assertEquals(Context.GROUPS, List.copyOf(defaults.only()));
        assertEquals(Paths.get("benchmarks", "target", "jmh-results"), defaults.dir());
        assertEquals(Paths.get("RESULTS.md"), RunBenchmarks.parse(new String[0], false).output());
        assertEquals(List.of("B3"), List.copyOf(RunBenchmarks.parse(new String[] {"--only", "B4"}, true).only()));
        assertTrue(RunBenchmarks.parse(new String[] {"--report-only"}, true).reportOnly());
    }

    @Test
    void badOptionsGetTheirMessage() {
        assertEquals("--only: unknown benchmark \"B9\"; choose from B1, B2, B3, B5, B6, B7 (B4 runs with B3)",
                assertThrows(IllegalArgumentException.class, () -> RunBenchmarks.parse(new String[] {"--only",
                    "B1,B9"}, true)).getMessage());
        assertEquals("--only: unknown benchmark \"\"; choose from B1, B2, B3, B5, B6, B7 (B4 runs with B3)",
                assertThrows(IllegalArgumentException.class, () -> RunBenchmarks.parse(new String[] {"--only",
                    "B1,"}, true)).getMessage());
        assertEquals("--only B8: B8 (start-up) is measured by benchmarks/run-full.sh --only B8, not by this runner",
                assertThrows(IllegalArgumentException.class, () -> RunBenchmarks.parse(new String[] {"--only",
                    "B8"}, true)).getMessage());
        assertEquals("--only needs a value; usage: [--quick|--full] [--output PATH] [--results DIR] [--only B1,B6]"
                + " [--report-only]", assertThrows(IllegalArgumentException.class,
                        () -> RunBenchmarks.parse(new String[] {"--only"}, true)).getMessage());
        assertEquals("unknown argument --fast; usage: [--quick|--full] [--output PATH] [--results DIR] [--only B1,B6]"
                + " [--report-only]", assertThrows(IllegalArgumentException.class,
                        () -> RunBenchmarks.parse(new String[] {"--fast"}, true)).getMessage());
    }

    @Test
    void clearingForARunDeletesOnlyTheSelectedBenchmarksResults(@TempDir Path dir) throws IOException {
        for (String g : List.of("B1", "B3", "B6", "B7")) {
            Files.writeString(dir.resolve(g + ".json"), "[]");
        }
        Files.writeString(dir.resolve(RunBenchmarks.CONTEXT), "{}");
        Files.writeString(dir.resolve(RunBenchmarks.B8_OUTPUT), "b8");
        RunBenchmarks.clearResults(dir, Set.of("B3", "B6", "B2"));
        assertTrue(Files.exists(dir.resolve("B1.json")));
        assertFalse(Files.exists(dir.resolve("B3.json")));
        assertFalse(Files.exists(dir.resolve("B6.json")));
        assertTrue(Files.exists(dir.resolve("B7.json")));
        assertTrue(Files.exists(dir.resolve(RunBenchmarks.CONTEXT)));
        assertTrue(Files.exists(dir.resolve(RunBenchmarks.B8_OUTPUT)));
    }

    /** Two segments' files in one directory: the report shows both benchmarks, each with its own run. */
    @Test
    void reportRendersFromWhateverTheDirectoryHolds(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("B7.json"), jmh("B7PayGapBenchmark.library", 100, 10));
        Files.writeString(dir.resolve("B6.json"), jmh("B6CsvImportBenchmark.library", 600, 30));
        Context first = new Context(Map.of(), Map.of("B6", new Context.Segment("2026-12-01 09:00", false, 0.5, 0.5,
                600, "B6", "2 forks", List.of("B6: agree"))), 0, List.of(), List.of());
        Context second = new Context(Map.of(), Map.of("B7", new Context.Segment("2026-12-01 15:00", true, 3.0, 3.5,
                60, "B7", "1 fork", List.of("B7: agree"))), 0, List.of(), List.of());
        first.merge(second).write(dir.resolve(RunBenchmarks.CONTEXT));
        Path out = dir.resolve("RESULTS.md");
        String md = RunBenchmarks.report(dir, out);
        assertEquals(md, Files.readString(out, StandardCharsets.UTF_8));
        assertTrue(md.contains("| library, `GenderPayGap.calculate`"), md);
        assertTrue(md.contains("| 100.0 ± 10.0 | 1.00 ± 0.14 |"), md);
        assertTrue(md.contains("| library, `EqualityImport.schoolGaps`"), md);
        assertTrue(md.contains("| 600.000 ± 30.000 |"), md);
        assertTrue(md.contains("| B6 | 2026-12-01 09:00 | full | 0.50 / 0.50 | 600 s | B6 | 2 forks |"), md);
        assertTrue(md.contains("| B7 | 2026-12-01 15:00 | quick | 3.00 / 3.50 | 60 s | B7 | 1 fork |"), md);
        assertTrue(md.contains("| B3 | not recorded |"), md);
    }

    @Test
    void reportWithoutAContextOrADirectoryStillRenders(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("B7.json"), jmh("B7PayGapBenchmark.library", 100, 10));
        String md = RunBenchmarks.report(dir, dir.resolve("RESULTS.md"));
        assertTrue(md.contains("(no run recorded)"), md);
        assertTrue(md.contains("| 100.0 ± 10.0 |"), md);
        String none = RunBenchmarks.report(dir.resolve("absent"), dir.resolve("NONE.md"));
        assertTrue(none.contains("| B7 | not recorded |"), none);
    }

    @Test
    void b1TargetRowsGetTheirOwnSettingsAndPatternsMatchWholeNames() {
        assertEquals("target rows 5 forks, 3 x 2 s warm-up, 5 x 2 s measurement; other rows 2 forks, 2 x 2 s"
                + " warm-up, 4 x 2 s measurement", RunBenchmarks.settings(false, "B1"));
        assertEquals("1 fork, 2 x 1 s warm-up, 3 x 1 s measurement", RunBenchmarks.settings(true, "B1"));
        java.util.regex.Pattern p = java.util.regex.Pattern.compile(RunBenchmarks.b1Pattern(List.of("handLoop",
                "duckDb")));
        String prefix = "org.equalityduty.benchmarks.B1SchoolGapsBenchmark.";
        assertTrue(p.matcher(prefix + "handLoop").find());
        assertTrue(p.matcher(prefix + "duckDb").find());
        assertFalse(p.matcher(prefix + "handLoopObjects").find());
        assertFalse(p.matcher("org.equalityduty.benchmarks.B2GapIndexBenchmark.handLoop").find());
        // Every target row is a benchmark method of B1 (a renamed method would otherwise silently get no settings).
        for (String row : RunBenchmarks.B1_TARGET_ROWS) {
            assertTrue(java.util.Arrays.stream(B1SchoolGapsBenchmark.class.getMethods()).anyMatch(m -> m.getName()
                    .equals(row) && m.isAnnotationPresent(org.openjdk.jmh.annotations.Benchmark.class)), row);
        }
    }
}
