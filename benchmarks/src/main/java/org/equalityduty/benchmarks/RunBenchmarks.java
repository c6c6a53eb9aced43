package org.equalityduty.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Utils;

/**
 * Runs the suite: the "same answer" checks first (any disagreement stops the run), then the JMH benchmarks, then
 * writes {@code RESULTS.md} from JMH's {@link RunResult}s as ratios to the baselines of the same run.
 *
 * <p>Usage: {@code java -jar benchmarks/target/benchmarks.jar [--quick] [--output PATH]}. Quick mode (B1 on 2,000,000
 * records, short iterations, one fork) finishes in about three minutes on a 2-core machine; full mode uses the issue's
 * 10,000,000 records, longer iterations and two forks.
 */
public final class RunBenchmarks {

    private static final int FULL_B1_RECORDS = 10_000_000;
    private static final int QUICK_B1_RECORDS = 2_000_000;
    private static final String HEAP = "-Xmx3g";

    private RunBenchmarks() {
    }

    /**
     * Runs the suite.
     *
     * @param args {@code --quick} for quick mode, {@code --output PATH} for the results file
     * @throws Exception if a check fails, a benchmark fails or the file cannot be written
     */
    public static void main(String[] args) throws Exception {
        boolean quick = false;
        Path output = Files.isDirectory(Paths.get("benchmarks")) ? Paths.get("benchmarks", "RESULTS.md")
                : Paths.get("RESULTS.md");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--full" -> quick = false;
                case "--output" -> output = Paths.get(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; usage: [--quick|--full] [--output PATH]");
            }
        }
        int b1Records = quick ? QUICK_B1_RECORDS : FULL_B1_RECORDS;
        double loadBefore = load();
        long start = System.nanoTime();

        List<String> checks = new ArrayList<>();
        log("same-answer checks");
        checks.add(Checks.b1(b1Records, Cohort.SCHOOLS));
        log(checks.get(checks.size() - 1));
        checks.add(Checks.b2(B2Implementations.COHORT));
        log(checks.get(checks.size() - 1));
        checks.add(Checks.b3b4());
        log(checks.get(checks.size() - 1));
        checks.add(Checks.b5(1_000_000));
        log(checks.get(checks.size() - 1));
        checks.add(B7PayGap.check(B7PayGap.EMPLOYEES));
        log(checks.get(checks.size() - 1));

        log("B5 heap probe");
        List<B5Streaming.HeapSample> heap = new ArrayList<>();
        heap.add(B5Streaming.measureHeap(1_000_000));
        heap.add(B5Streaming.measureHeap(10_000_000));
        heap.forEach(h -> log(h.toString()));

        Map<String, RunResult> results = new LinkedHashMap<>();
        run(options(quick, B1SchoolGapsBenchmark.class).param("records", Integer.toString(b1Records)), results);
        run(options(quick, B2GapIndexBenchmark.class), results);
        // Reading a plan runs a large code path that needs more warm-up than the metric loops before it reaches
        // steady state (on a loaded 2-core machine, several hundred reads; the first iterations are several times
        // slower), so B3/B4 get 10 s of warm-up in both modes.
        run(options(quick, B3B4PlanBenchmark.class).warmupIterations(quick ? 10 : 5), results);
        run(options(quick, B5StreamingBenchmark.class).addProfiler(GCProfiler.class), results);
        run(options(quick, B7PayGapBenchmark.class), results);

        double loadAfter = load();
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        String md = new ResultsReport(quick, b1Records, checks, heap, results, loadBefore, loadAfter, seconds,
                machine()).render();
        Files.write(output, md.getBytes(StandardCharsets.UTF_8));
        log("wrote " + output.toAbsolutePath() + " after " + seconds + " s");
    }

    private static ChainedOptionsBuilder options(boolean quick, Class<?> benchmark) {
        ChainedOptionsBuilder b = new OptionsBuilder()
                .include("^" + benchmark.getName().replace(".", "\\.") + "\\.")
                .jvmArgsAppend(HEAP)
                .shouldFailOnError(true);
        if (quick) {
            return b.forks(1).warmupIterations(2).warmupTime(TimeValue.seconds(1))
                    .measurementIterations(3).measurementTime(TimeValue.seconds(1));
        }
        return b.forks(2).warmupIterations(3).warmupTime(TimeValue.seconds(2))
                .measurementIterations(5).measurementTime(TimeValue.seconds(2));
    }

    private static void run(ChainedOptionsBuilder options, Map<String, RunResult> into) throws RunnerException {
        Collection<RunResult> results = new Runner(options.build()).run();
        for (RunResult r : results) {
            String key = r.getParams().getBenchmark();
            String records = r.getParams().getParam("records");
            if (records != null && r.getParams().getBenchmark().contains("B5")) {
                key = key + "@" + records;
            }
            into.put(key, r);
        }
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

    /** Exposed for the report: a result's score and error, or NaN if the benchmark did not run. */
    static double[] score(Map<String, RunResult> results, String key) {
        RunResult r = results.get(key);
        if (r == null) {
            return new double[] {Double.NaN, Double.NaN};
        }
        Result<?> primary = r.getPrimaryResult();
        return new double[] {primary.getScore(), primary.getScoreError()};
    }

    /** A secondary result ending with {@code suffix} (JMH's GC profiler keys), or NaN. */
    static double secondary(Map<String, RunResult> results, String key, String suffix) {
        RunResult r = results.get(key);
        if (r == null) {
            return Double.NaN;
        }
        for (String name : r.getSecondaryResults().keySet()) {
            if (name.endsWith(suffix)) {
                Result<?> result = r.getSecondaryResults().get(name);
                return result.getScore();
            }
        }
        return Double.NaN;
    }
}
