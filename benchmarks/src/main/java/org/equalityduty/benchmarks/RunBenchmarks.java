package org.equalityduty.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
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
 * of an earlier run without running anything; {@code --only} runs some benchmarks and replaces only their results:
 * every other benchmark keeps its JSON file and its entry in {@code context.json} (date, mode, load before and after
 * of the run that measured it), so a report can combine runs, each figure shown with its own run's context; a
 * benchmark never run shows "not run".
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
     * The parsed command line.
     *
     * @param quick quick mode
     * @param reportOnly only write RESULTS.md from the results directory
     * @param output where RESULTS.md goes
     * @param dir the results directory
     * @param only the benchmark groups to run
     */
    record Options(boolean quick, boolean reportOnly, Path output, Path dir, Set<String> only) {
    }

    private static final String USAGE = "usage: [--quick|--full] [--output PATH] [--results DIR] [--only B1,B6]"
            + " [--report-only]";

    /**
     * Runs the suite.
     *
     * @param args see the class comment
     * @throws Exception if a check fails, a benchmark fails or a file cannot be written
     */
    public static void main(String[] args) throws Exception {
        Options o;
        try {
            o = parse(args, Files.isDirectory(Paths.get("benchmarks")));
        } catch (IllegalArgumentException e) {
            System.err.println("[RunBenchmarks] " + e.getMessage());
            System.exit(2);
            return;
        }
        if (!o.reportOnly()) {
            run(o.quick(), o.only(), o.dir());
        }
        report(o.dir(), o.output());
    }

    /**
     * Parses the command line.
     *
     * @param args the arguments
     * @param root whether the working directory is the repository root (else the benchmarks module)
     * @return the options
     * @throws IllegalArgumentException with the message to show, if an argument is unknown, lacks its value or
     *         names no known benchmark
     */
    static Options parse(String[] args, boolean root) {
        boolean quick = false;
        boolean reportOnly = false;
        Path output = root ? Paths.get("benchmarks", "RESULTS.md") : Paths.get("RESULTS.md");
        Path dir = root ? Paths.get("benchmarks", "target", "jmh-results") : Paths.get("target", "jmh-results");
        Set<String> only = new LinkedHashSet<>(Context.GROUPS);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--full" -> quick = false;
                case "--output" -> output = Paths.get(value(args, ++i, "--output"));
                case "--results" -> dir = Paths.get(value(args, ++i, "--results"));
                case "--report-only" -> reportOnly = true;
                case "--only" -> only = groups(value(args, ++i, "--only"));
                default -> throw new IllegalArgumentException("unknown argument " + args[i] + "; " + USAGE);
            }
        }
        return new Options(quick, reportOnly, output, dir, only);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value; " + USAGE);
        }
        return args[i];
    }

    /** The groups of {@code --only}, in the runner's order: B4 runs with B3 (one JMH class); B8 is run-full.sh's. */
    private static Set<String> groups(String list) {
        Set<String> named = new LinkedHashSet<>();
        for (String item : list.split(",", -1)) {
            String g = item.trim().toUpperCase(Locale.ROOT);
            if ("B4".equals(g)) {
                g = "B3";
            }
            if ("B8".equals(g)) {
                throw new IllegalArgumentException("--only B8: B8 (start-up) is measured by benchmarks/run-full.sh"
                        + " --only B8, not by this runner");
            }
            if (!Context.GROUPS.contains(g)) {
                throw new IllegalArgumentException("--only: unknown benchmark \"" + item.trim() + "\"; choose from "
                        + String.join(", ", Context.GROUPS) + " (B4 runs with B3)");
            }
            named.add(g);
        }
        Set<String> only = new LinkedHashSet<>();
        for (String g : Context.GROUPS) {
            if (named.contains(g)) {
                only.add(g);
            }
        }
        return only;
    }

    /**
     * Writes RESULTS.md from whatever the results directory holds: the JMH files present (a benchmark without one
     * shows "not run") and {@code context.json} if present.
     *
     * @param dir the results directory
     * @param output where to write RESULTS.md
     * @return the Markdown written
     * @throws IOException if a file cannot be read or written
     */
    static String report(Path dir, Path output) throws IOException {
        Context context = Context.read(dir.resolve(CONTEXT));
        Scores scores = Files.isDirectory(dir) ? Scores.load(dir) : new Scores();
        Path b8 = dir.resolve(B8_OUTPUT);
        String b8Output = Files.exists(b8) ? Files.readString(b8, StandardCharsets.UTF_8) : null;
        if (scores.isEmpty()) {
            log("no JMH results in " + dir.toAbsolutePath());
        }
        if (context.runs().isEmpty()) {
            log("no " + CONTEXT + " in " + dir.toAbsolutePath() + ": the report has no checks, dates or loads");
        }
        String md = new ResultsReport(context, scores, b8Output).render();
        Files.write(output, md.getBytes(StandardCharsets.UTF_8));
        log("wrote " + output.toAbsolutePath() + " from " + dir.toAbsolutePath());
        return md;
    }

    /**
     * Deletes the JMH results of the groups about to run, and only those: every other group's file stays, with its
     * entry in {@code context.json}.
     *
     * @param dir the results directory
     * @param only the groups about to run
     * @throws IOException if a file cannot be deleted
     */
    static void clearResults(Path dir, Set<String> only) throws IOException {
        for (String g : only) {
            Files.deleteIfExists(dir.resolve(g + ".json"));
        }
    }

    private static void run(boolean quick, Set<String> only, Path dir) throws Exception {
        Files.createDirectories(dir);
        // Read first: a context.json that cannot be read stops the run before anything is deleted.
        Context previous = Context.read(dir.resolve(CONTEXT));
        clearResults(dir, only);
        int b1Records = quick ? QUICK_B1_RECORDS : FULL_B1_RECORDS;
        double loadBefore = load();
        String date = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES).toString().replace('T', ' ');
        long start = System.nanoTime();

        Map<String, List<String>> checks = new LinkedHashMap<>();
        log("same-answer checks");
        if (only.contains("B1")) {
            checks.put("B1", List.of(logged(Checks.b1(b1Records, Cohort.SCHOOLS))));
        }
        if (only.contains("B2")) {
            checks.put("B2", List.of(logged(Checks.b2(B2Implementations.COHORT))));
        }
        if (only.contains("B3")) {
            checks.put("B3", List.of(logged(Checks.b3b4())));
        }
        if (only.contains("B5")) {
            checks.put("B5", List.of(logged(Checks.b5(1_000_000))));
        }
        if (only.contains("B6")) {
            checks.put("B6", List.of(logged(B6CsvImport.check(B6CsvImport.ROWS, B6CsvImport.SCHOOLS))));
        }
        if (only.contains("B7")) {
            checks.put("B7", List.of(logged(B7PayGap.check(B7PayGap.EMPLOYEES))));
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
            b1(quick, b1Records, dir);
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
        Map<String, Context.Segment> runs = new LinkedHashMap<>();
        String together = String.join(", ", only);
        for (String g : only) {
            runs.put(g, new Context.Segment(date, quick, loadBefore, loadAfter, seconds, together,
                    settings(quick, g), checks.getOrDefault(g, List.of())));
        }
        previous.merge(new Context(machine(), runs, b1Records, heap, csvHeap)).write(dir.resolve(CONTEXT));
    }

    /** One group's JMH settings, as RESULTS.md shows them. */
    static String settings(boolean quick, String group) {
        if ("B1".equals(group) && !quick) {
            return "target rows " + settings(setting(false, B1_TARGETS)) + "; other rows "
                    + settings(setting(false, group));
        }
        return settings(setting(quick, group));
    }

    private static String settings(int[] s) {
        return String.format(Locale.ROOT, "%d fork%s, %d x %d s warm-up, %d x %d s measurement", s[0],
                s[0] == 1 ? "" : "s", s[1], s[2], s[3], s[4]);
    }

    /** The settings key of B1's target rows in full mode. */
    static final String B1_TARGETS = "B1 targets";

    /**
     * B1's benchmark methods whose scores decide its targets (the object form and the parallel path against DuckDB,
     * the columns against the hand loop). In full mode they get more forks and iterations than B1's other rows,
     * which have no target, so that their intervals narrow while the run takes no longer.
     */
    static final List<String> B1_TARGET_ROWS = List.of("libraryObjectsGrouped", "libraryGroupedFlatColumnsParallel",
            "duckDb", "libraryGroupedColumns", "handLoop");

    /** The include pattern of some of B1's methods, each matched whole (so "handLoop" is not "handLoopObjects"). */
    static String b1Pattern(List<String> methods) {
        return "^" + B1SchoolGapsBenchmark.class.getName().replace(".", "\\.") + "\\.(" + String.join("|", methods)
                + ")$";
    }

    /**
     * Runs B1: in quick mode every method with one setting; in full mode the target rows, then the others, with
     * their own settings, both written to one JSON file as JMH writes it.
     */
    private static void b1(boolean quick, int records, Path dir) throws RunnerException, IOException {
        String param = Integer.toString(records);
        if (quick) {
            jmh(options(quick, "B1", B1SchoolGapsBenchmark.class).param("records", param), dir, "B1");
            return;
        }
        List<String> others = new ArrayList<>();
        for (Method m : B1SchoolGapsBenchmark.class.getMethods()) {
            if (m.isAnnotationPresent(Benchmark.class)
                    && !B1_TARGET_ROWS.contains(m.getName())) {
                others.add(m.getName());
            }
        }
        Collections.sort(others);
        List<RunResult> results = new ArrayList<>();
        results.addAll(new Runner(options(setting(false, B1_TARGETS), b1Pattern(B1_TARGET_ROWS))
                .param("records", param).build()).run());
        results.addAll(new Runner(options(setting(false, "B1"), b1Pattern(others)).param("records", param).build())
                .run());
        Path json = dir.resolve("B1.json");
        try (PrintStream out = new PrintStream(Files.newOutputStream(json), true,
                StandardCharsets.UTF_8)) {
            ResultFormatFactory.getInstance(ResultFormatType.JSON, out)
                    .writeOut(results);
        }
        log("JMH results of B1 in " + json);
    }

    private static String logged(String check) {
        log(check);
        return check;
    }

    /**
     * Forks, warm-up and measurement per benchmark group. Full mode is chosen for intervals narrower than the
     * distance to each target at a total under about 35 minutes on 2 cores (the estimate is in {@code run-full.sh}):
     * B1's target rows ({@link #B1_TARGET_ROWS}), whose targets are closest, get five forks and B1's other rows two,
     * which takes about as long as three forks of every row did; B3, whose ratio is close to its target, five;
     * the others two forks. Operations of B1 at 10,000,000 records,
     * B5 at 10,000,000 and B6 take 0.1-2 s, so their iterations are 2 s long; B3/B4 need 10 s of warm-up before
     * their large code path reaches steady state.
     */
    static int[] setting(boolean quick, String group) {
        // forks, warm-up iterations, warm-up seconds, measurement iterations, measurement seconds
        if (quick) {
            return "B3".equals(group) ? new int[] {1, 10, 1, 3, 1} : new int[] {1, 2, 1, 3, 1};
        }
        return switch (group) {
            case B1_TARGETS -> new int[] {5, 3, 2, 5, 2};
            case "B1" -> new int[] {2, 2, 2, 4, 2};
            case "B3" -> new int[] {5, 10, 1, 8, 1};
            case "B5", "B6" -> new int[] {2, 3, 2, 6, 2};
            default -> new int[] {2, 4, 1, 8, 1};
        };
    }

    private static ChainedOptionsBuilder options(boolean quick, String group, Class<?> benchmark) {
        return options(setting(quick, group), "^" + benchmark.getName().replace(".", "\\.") + "\\.");
    }

    private static ChainedOptionsBuilder options(int[] s, String include) {
        return new OptionsBuilder()
                .include(include)
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
