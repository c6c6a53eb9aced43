package org.equalityduty.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Utils;

/**
 * Runs the suite: the "same answer" checks first (any disagreement stops the run), the heap probes, then the JMH
 * benchmarks, each writing JMH's JSON ({@code -rf json}) into a results directory, then writes {@code RESULTS.md}
 * from those JSON files as ratios to the baselines of the same run, each with its propagated 99.9% interval.
 *
 * <p>Usage: {@code java -jar benchmarks/target/benchmarks.jar [--quick|--full] [--output PATH] [--results DIR]
 * [--only B1,B6,...] [--report-only]}. Quick mode (B1 on 2,000,000 records, short iterations, one fork) is a sanity
 * check, labelled indicative only; full mode (the sizes, several forks; see {@link #options}) is what
 * {@code benchmarks/run-full.sh} runs. {@code --report-only} rewrites {@code RESULTS.md} from the results directory
 * of an earlier run without running anything; {@code --only} runs some benchmarks (the others show "not run").
 */
public final class RunBenchmarks {

    private static final int FULL_B1_RECORDS = 10_000_000;
    private static final int QUICK_B1_RECORDS = 2_000_000;
    static final String HEAP = "-Xmx3g";
    /** The run's facts that are not JMH results (checks, heap probes, machine), beside JMH's JSON files. */
    static final String CONTEXT = "context.json";
    /** B8's output, if {@code run-full.sh} measured it, beside JMH's JSON files. */
    static final String B8_OUTPUT = "b8.txt";

    private RunBenchmarks() {
    }

    /**
     * Runs the suite.
     *
     * @param args see the class comment
     * @throws Exception if a check fails, a benchmark fails or a file cannot be written
     */
    public static void main(String[] args) throws Exception {
        boolean quick = false;
        boolean reportOnly = false;
        boolean root = Files.isDirectory(Paths.get("benchmarks"));
        Path output = root ? Paths.get("benchmarks", "RESULTS.md") : Paths.get("RESULTS.md");
        Path dir = root ? Paths.get("benchmarks", "target", "jmh-results") : Paths.get("target", "jmh-results");
        Set<String> only = new LinkedHashSet<>(List.of("B1", "B2", "B3", "B5", "B6", "B7"));
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--full" -> quick = false;
                case "--output" -> output = Paths.get(args[++i]);
                case "--results" -> dir = Paths.get(args[++i]);
                case "--report-only" -> reportOnly = true;
                case "--only" -> only = new LinkedHashSet<>(Arrays.asList(args[++i].toUpperCase(Locale.ROOT)
                        .split(",")));
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; usage: [--quick|--full] [--output PATH] [--results DIR] [--only B1,B6] [--report-only]");
            }
        }
        if (!reportOnly) {
            run(quick, only, dir);
        }
        Context context = Context.read(dir.resolve(CONTEXT));
        Scores scores = Scores.load(dir);
        Path b8 = dir.resolve(B8_OUTPUT);
        String b8Output = Files.exists(b8) ? Files.readString(b8, StandardCharsets.UTF_8) : null;
        if (scores.isEmpty()) {
            log("no JMH results in " + dir.toAbsolutePath());
        }
        String md = new ResultsReport(context, scores, b8Output).render();
        Files.write(output, md.getBytes(StandardCharsets.UTF_8));
        log("wrote " + output.toAbsolutePath() + " from " + dir.toAbsolutePath());
    }

    private static void run(boolean quick, Set<String> only, Path dir) throws Exception {
        Files.createDirectories(dir);
        try (DirectoryStream<Path> old = Files.newDirectoryStream(dir, "B*.json")) {
            for (Path f : old) {
                Files.delete(f);
            }
        }
        int b1Records = quick ? QUICK_B1_RECORDS : FULL_B1_RECORDS;
        double loadBefore = load();
        long start = System.nanoTime();

        List<String> checks = new ArrayList<>();
        log("same-answer checks");
        if (only.contains("B1")) {
            checks.add(logged(Checks.b1(b1Records, Cohort.SCHOOLS)));
        }
        if (only.contains("B2")) {
            checks.add(logged(Checks.b2(B2Implementations.COHORT)));
        }
        if (only.contains("B3")) {
            checks.add(logged(Checks.b3b4()));
        }
        if (only.contains("B5")) {
            checks.add(logged(Checks.b5(1_000_000)));
        }
        if (only.contains("B6")) {
            checks.add(logged(B6CsvImport.check(B6CsvImport.ROWS, B6CsvImport.SCHOOLS)));
        }
        if (only.contains("B7")) {
            checks.add(logged(B7PayGap.check(B7PayGap.EMPLOYEES)));
        }

        List<B5Streaming.HeapSample> heap = new ArrayList<>();
        List<B5Streaming.HeapSample> csvHeap = new ArrayList<>();
        if (only.contains("B5")) {
            log("B5 heap probes");
            heap.add(B5Streaming.measureHeap(1_000_000));
            heap.add(B5Streaming.measureHeap(10_000_000));
            csvHeap.add(B5CsvHeap.measure(100_000));
            csvHeap.add(B5CsvHeap.measure(1_000_000));
            heap.forEach(h -> log(h.toString()));
            csvHeap.forEach(h -> log("CSV " + h));
        }

        if (only.contains("B1")) {
            jmh(options(quick, "B1", B1SchoolGapsBenchmark.class).param("records", Integer.toString(b1Records)), dir,
                    "B1");
        }
        if (only.contains("B2")) {
            jmh(options(quick, "B2", B2GapIndexBenchmark.class), dir, "B2");
        }
        if (only.contains("B3")) {
            jmh(options(quick, "B3", B3B4PlanBenchmark.class), dir, "B3");
        }
        if (only.contains("B5")) {
            jmh(options(quick, "B5", B5StreamingBenchmark.class).addProfiler(GCProfiler.class), dir, "B5");
        }
        if (only.contains("B6")) {
            jmh(options(quick, "B6", B6CsvImportBenchmark.class), dir, "B6");
        }
        if (only.contains("B7")) {
            jmh(options(quick, "B7", B7PayGapBenchmark.class), dir, "B7");
        }

        double loadAfter = load();
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        Map<String, String> machine = machine();
        machine.put("benchmarks run", String.join(", ", only));
        new Context(quick, b1Records, checks, heap, csvHeap, machine, loadBefore, loadAfter, seconds, settings(quick))
                .write(dir.resolve(CONTEXT));
    }

    private static String logged(String check) {
        log(check);
        return check;
    }

    /**
     * Forks, warm-up and measurement per benchmark group. Full mode is chosen for intervals narrower than the
     * distance to each target at a total under about 35 minutes on 2 cores (the estimate is in {@code run-full.sh}):
     * B1, whose targets are closest, gets three forks; the others two. Operations of B1 at 10,000,000 records,
     * B5 at 10,000,000 and B6 take 0.1-2 s, so their iterations are 2 s long; B3/B4 need 10 s of warm-up before
     * their large code path reaches steady state.
     */
    static int[] setting(boolean quick, String group) {
        // forks, warm-up iterations, warm-up seconds, measurement iterations, measurement seconds
        if (quick) {
            return "B3".equals(group) ? new int[] {1, 10, 1, 3, 1} : new int[] {1, 2, 1, 3, 1};
        }
        return switch (group) {
            case "B1" -> new int[] {3, 3, 2, 5, 2};
            case "B3" -> new int[] {2, 10, 1, 8, 1};
            case "B5", "B6" -> new int[] {2, 3, 2, 6, 2};
            default -> new int[] {2, 4, 1, 8, 1};
        };
    }

    private static Map<String, String> settings(boolean quick) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String g : List.of("B1", "B2", "B3", "B5", "B6", "B7")) {
            int[] s = setting(quick, g);
            m.put(g, String.format(Locale.ROOT, "%d fork%s, %d x %d s warm-up, %d x %d s measurement", s[0],
                    s[0] == 1 ? "" : "s", s[1], s[2], s[3], s[4]));
        }
        return m;
    }

    private static ChainedOptionsBuilder options(boolean quick, String group, Class<?> benchmark) {
        int[] s = setting(quick, group);
        return new OptionsBuilder()
                .include("^" + benchmark.getName().replace(".", "\\.") + "\\.")
                .jvmArgsAppend(HEAP)
                .shouldFailOnError(true)
                .forks(s[0]).warmupIterations(s[1]).warmupTime(TimeValue.seconds(s[2]))
                .measurementIterations(s[3]).measurementTime(TimeValue.seconds(s[4]));
    }

    private static void jmh(ChainedOptionsBuilder options, Path dir, String group) throws RunnerException {
        Path json = dir.resolve(group + ".json");
        new Runner(options.resultFormat(ResultFormatType.JSON).result(json.toString()).build()).run();
        log("JMH results of " + group + " in " + json);
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static Map<String, String> machine() {
        Map<String, String> m = new LinkedHashMap<>();
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        m.put("date (UTC)", LocalDate.now(ZoneOffset.UTC).toString());
        m.put("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
        String memory = "unknown";
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            memory = String.format(Locale.ROOT, "%.1f GiB", sun.getTotalMemorySize() / (1024.0 * 1024 * 1024));
        }
        m.put("memory", memory);
        m.put("OS", os.getName() + " " + os.getVersion() + " (" + os.getArch() + ")");
        m.put("JDK", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + " ("
                + System.getProperty("java.vendor") + ")");
        m.put("JMH", Utils.class.getPackage().getImplementationVersion() == null ? "1.37"
                : Utils.class.getPackage().getImplementationVersion());
        m.put("benchmark JVM options", HEAP + ", default GC");
        return m;
    }

    static void log(String line) {
        System.out.println("[RunBenchmarks] " + line);
    }
}
