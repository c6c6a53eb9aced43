package org.equalityduty.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
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
 * what the target (at most 10x) is read against. Where {@code /usr/bin/time} exists, every command runs under it
 * and the CPU time (user + system, all threads) is reported the same way. The load average before and after is printed: on a shared machine
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

        Path timeBinary = Paths.get("/usr/bin/time");
        boolean cpu = Files.isExecutable(timeBinary);
        Path cpuFile = Files.createTempFile("b8-cpu", ".txt");
        String loadBefore = loadAverage();
        Map<String, double[]> times = new LinkedHashMap<>();
        Map<String, double[]> cpuTimes = new LinkedHashMap<>();
        Map<String, Integer> exitCodes = new LinkedHashMap<>();
        for (String name : all.keySet()) {
            times.put(name, new double[rounds]);
            cpuTimes.put(name, new double[rounds]);
        }
        for (int r = -warmup; r < rounds; r++) {
            for (Map.Entry<String, List<String>> c : all.entrySet()) {
                List<String> command = new ArrayList<>();
                if (cpu) {
                    // User and system CPU seconds of the process and its children, written to a file (the
                    // command's own output is discarded); the same wrapper on every command, so it cancels in ratios.
                    command.addAll(List.of(timeBinary.toString(), "-f", "%U %S", "-o", cpuFile.toString()));
                }
                command.addAll(c.getValue());
                long start = System.nanoTime();
                int code = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
                double ms = (System.nanoTime() - start) / 1e6;
                Integer before = exitCodes.putIfAbsent(c.getKey(), code);
                if (before != null && before != code) {
                    throw new IllegalStateException(c.getKey() + " exited " + before + ", then " + code);
                }
                if (r >= 0) {
                    times.get(c.getKey())[r] = ms;
                    cpuTimes.get(c.getKey())[r] = cpu ? cpuMillis(cpuFile) : Double.NaN;
                }
            }
        }
        String loadAfter = loadAverage();
        Files.deleteIfExists(trivialJar);
        Files.deleteIfExists(cpuFile);

        System.out.printf(Locale.ROOT, "B8 start-up: %d paired rounds after %d warm-up rounds; JDK %s; %d cores;"
                + " load average %s before, %s after%n", rounds, warmup, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter);
        System.out.printf(Locale.ROOT, "%-22s %5s %7s %7s %9s %7s %9s   %s%n", "command", "exit", "min ms", "q1 ms",
                "median ms", "q3 ms", "CPU ms", "ratios to the trivial main: median of rounds [q1, q3]");
        double[] base = times.get("trivial main");
        double[] baseCpu = cpuTimes.get("trivial main");
        for (Map.Entry<String, double[]> e : times.entrySet()) {
            double[] t = e.getValue();
            double[] c = cpuTimes.get(e.getKey());
            String ratio = "";
            if (t != base) {
                double[] ratios = ratios(t, base);
                double[] cpuRatios = ratios(c, baseCpu);
                ratio = String.format(Locale.ROOT, "wall ratio %.1fx [%.1fx, %.1fx]%s; CPU ratio %.1fx [%.1fx, %.1fx]",
                        quantile(ratios, 0.5), quantile(ratios, 0.25), quantile(ratios, 0.75),
                        quantile(ratios, 0.75) <= TARGET ? " met (<= 10x)"
                                : quantile(ratios, 0.25) > TARGET ? " not met (> 10x)" : " undecided",
                        quantile(cpuRatios, 0.5), quantile(cpuRatios, 0.25), quantile(cpuRatios, 0.75));
            }
            System.out.printf(Locale.ROOT, "%-22s %5d %7.0f %7.0f %9.0f %7.0f %9.0f   %s%n", e.getKey(),
                    exitCodes.get(e.getKey()), quantile(t, 0), quantile(t, 0.25), quantile(t, 0.5),
                    quantile(t, 0.75), quantile(c, 0.5), ratio);
        }
    }

    private static double[] ratios(double[] values, double[] base) {
        double[] out = new double[values.length];
        for (int r = 0; r < values.length; r++) {
            out[r] = values[r] / base[r];
        }
        return out;
    }

    /** The CPU time {@code /usr/bin/time -f "%U %S"} wrote, in milliseconds (its last line: user and system s). */
    static double cpuMillis(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1).trim();
        String[] parts = last.split(" +");
        if (parts.length != 2) {
            throw new IOException("unexpected output of /usr/bin/time: " + last);
        }
        return 1000 * (Double.parseDouble(parts[0]) + Double.parseDouble(parts[1]));
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
