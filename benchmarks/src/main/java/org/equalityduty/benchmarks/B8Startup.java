package org.equalityduty.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * B8: process wall time of the command-line {@code check} of the Soke plan, paired against a trivial Java
 * {@code main} started the same way ({@code java -cp small.jar B8Trivial}), in interleaved rounds so that both
 * sides of a ratio see the same machine load.
 *
 * <p>Each round starts every command once, in order; after the warm-up rounds (page cache, not the JVM: every
 * start is a new JVM) it records each command's wall time. It prints, per command, the minimum, median and
 * quartiles, and the ratio to the trivial main: the median of the per-round ratios with its quartiles, which is
 * what the target (at most 10x) is read against. The load average before and after is printed: on a shared machine
 * read the ratio, not the times.
 *
 * <p>Run from the repository root after {@code mvn -DskipTests package}:
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar org.equalityduty.benchmarks.B8Startup [--rounds 20] [--warmup 3]
 *     [--command NAME=COMMAND LINE]...
 * }</pre>
 * Without {@code --command} it measures {@code examples/target/equality-duty check PLAN} (the launcher) and
 * {@code java -jar examples/target/equality-duty.jar check PLAN} (no launcher flags, no archive). A command line is
 * split on spaces.
 */
public final class B8Startup {
    /** The plan every default command checks. */
    static final String PLAN = "examples/src/main/resources/plans/soke-2023-2026.json";
    /** The target: the launcher's {@code check} at most this many times the trivial main. */
    static final double TARGET = 10.0;

    private B8Startup() {
    }

    /**
     * Runs the paired measurement and prints it.
     *
     * @param args  {@code --rounds N}, {@code --warmup N}, {@code --command NAME=LINE} (repeatable)
     * @throws Exception if a command cannot be started
     */
    public static void main(String[] args) throws Exception {
        int rounds = 20;
        int warmup = 3;
        Map<String, List<String>> commands = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--command" -> {
                    String spec = args[++i];
                    int eq = spec.indexOf('=');
                    if (eq <= 0) {
                        throw new IllegalArgumentException("--command needs NAME=COMMAND LINE, not " + spec);
                    }
                    commands.put(spec.substring(0, eq), Arrays.asList(spec.substring(eq + 1).trim().split(" +")));
                }
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; use --rounds N, --warmup N, --command NAME=COMMAND LINE");
            }
        }
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        if (commands.isEmpty()) {
            commands.put("launcher check", List.of("examples/target/equality-duty", "check", PLAN));
            commands.put("java -jar check", List.of(java, "-jar", "examples/target/equality-duty.jar", "check", PLAN));
        }
        Path trivialJar = trivialJar();
        Map<String, List<String>> all = new LinkedHashMap<>();
        all.put("trivial main", List.of(java, "-cp", trivialJar.toString(), B8Trivial.class.getName()));
        all.putAll(commands);

        String loadBefore = loadAverage();
        Map<String, double[]> times = new LinkedHashMap<>();
        Map<String, Integer> exitCodes = new LinkedHashMap<>();
        for (String name : all.keySet()) {
            times.put(name, new double[rounds]);
        }
        for (int r = -warmup; r < rounds; r++) {
            for (Map.Entry<String, List<String>> c : all.entrySet()) {
                long start = System.nanoTime();
                int code = new ProcessBuilder(c.getValue()).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
                double ms = (System.nanoTime() - start) / 1e6;
                Integer before = exitCodes.putIfAbsent(c.getKey(), code);
                if (before != null && before != code) {
                    throw new IllegalStateException(c.getKey() + " exited " + before + ", then " + code);
                }
                if (r >= 0) {
                    times.get(c.getKey())[r] = ms;
                }
            }
        }
        String loadAfter = loadAverage();
        Files.deleteIfExists(trivialJar);

        System.out.printf(Locale.ROOT, "B8 start-up: %d paired rounds after %d warm-up rounds; JDK %s; %d cores;"
                + " load average %s before, %s after%n", rounds, warmup, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter);
        System.out.printf(Locale.ROOT, "%-22s %6s %9s %9s %9s %9s   %s%n", "command", "exit", "min ms", "q1 ms",
                "median ms", "q3 ms", "ratio to trivial: median of rounds [q1, q3]");
        double[] base = times.get("trivial main");
        for (Map.Entry<String, double[]> e : times.entrySet()) {
            double[] t = e.getValue();
            String ratio = "";
            if (t != base) {
                double[] ratios = new double[rounds];
                for (int r = 0; r < rounds; r++) {
                    ratios[r] = t[r] / base[r];
                }
                ratio = String.format(Locale.ROOT, "%.1fx [%.1fx, %.1fx]%s", quantile(ratios, 0.5),
                        quantile(ratios, 0.25), quantile(ratios, 0.75),
                        quantile(ratios, 0.75) <= TARGET ? " met (<= 10x)"
                                : quantile(ratios, 0.25) > TARGET ? " not met (> 10x)" : " undecided");
            }
            System.out.printf(Locale.ROOT, "%-22s %6d %9.0f %9.0f %9.0f %9.0f   %s%n", e.getKey(),
                    exitCodes.get(e.getKey()), quantile(t, 0), quantile(t, 0.25), quantile(t, 0.5),
                    quantile(t, 0.75), ratio);
        }
    }

    /**
     * A quantile by linear interpolation between order statistics (type 7, as R's default and numpy's).
     *
     * @param values  the values, not changed
     * @param p  from 0 to 1
     * @return the quantile
     */
    static double quantile(double[] values, double p) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    private static Path trivialJar() throws IOException {
        Path jar = Files.createTempFile("b8-trivial", ".jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        String name = B8Trivial.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest);
                InputStream in = B8Trivial.class.getResourceAsStream("/" + name)) {
            out.putNextEntry(new JarEntry(name));
            in.transferTo(out);
            out.closeEntry();
        }
        return jar;
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Paths.get("/proc/loadavg")).trim().split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException ex) {
            return "unknown";
        }
    }
}
