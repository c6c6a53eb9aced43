package org.equalityduty.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Locale;

/**
 * B6 outside JMH, for profiling (for example with {@code -XX:+FlightRecorder -XX:StartFlightRecording=...}): writes
 * the file once, then reads it {@code --rounds} times through the library (and DuckDB with {@code --duckdb}),
 * printing each round's wall time. Indicative only; the figures that count come from JMH.
 */
public final class B6Profile {

    private B6Profile() {
    }

    /** The process's CPU time (every thread, including the collector's and DuckDB's), nanoseconds. */
    private static long cpu() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    /**
     * Runs the rounds.
     *
     * @param args {@code [--rows N] [--rounds N] [--duckdb]}
     * @throws Exception if anything fails
     */
    public static void main(String[] args) throws Exception {
        int rows = B6CsvImport.ROWS;
        int rounds = 10;
        boolean duckdb = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rows" -> rows = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--duckdb" -> duckdb = true;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; usage: [--rows N] [--rounds N] [--duckdb]");
            }
        }
        Path file = Files.createTempFile("b6-pupils", ".csv");
        try (Connection conn = B6CsvImport.openDuckDb()) {
            B6CsvImport.write(file, rows, B6CsvImport.SCHOOLS, Cohort.SEED);
            for (int r = 0; r < rounds; r++) {
                long c0 = cpu();
                long t0 = System.nanoTime();
                B6CsvImport.library(file, B6CsvImport.SCHOOLS);
                long t1 = System.nanoTime();
                long c1 = cpu();
                String line = String.format(Locale.ROOT, "round %d: library %.1f ms (process CPU %.1f ms)", r,
                        (t1 - t0) / 1e6, (c1 - c0) / 1e6);
                if (duckdb) {
                    B6CsvImport.duckDb(conn, file, B6CsvImport.SCHOOLS);
                    line += String.format(Locale.ROOT, ", DuckDB %.1f ms (process CPU %.1f ms)",
                            (System.nanoTime() - t1) / 1e6, (cpu() - c1) / 1e6);
                }
                System.out.println(line);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
