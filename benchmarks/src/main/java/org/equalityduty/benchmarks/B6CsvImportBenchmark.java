package org.equalityduty.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * B6: per-school disadvantage gaps end to end from a 1,000,000-row pupils CSV file: {@code equality-import} into
 * {@code PerSchoolGaps} against DuckDB's {@code read_csv} + {@code GROUP BY}, on the same file in the same run. The
 * file is written in setup (not timed) to a temporary file and deleted at the end of the trial; both sides read it
 * from the operating system's page cache.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class B6CsvImportBenchmark {

    /** Rows in the file. */
    @Param("1000000")
    public int rows;

    Path file;
    Connection duck;

    /**
     * Writes the file and opens DuckDB (not timed).
     *
     * @throws IOException if the file cannot be written
     * @throws SQLException if DuckDB fails
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException, SQLException {
        file = Files.createTempFile("b6-pupils", ".csv");
        B6CsvImport.write(file, rows, B6CsvImport.SCHOOLS, Cohort.SEED);
        duck = B6CsvImport.openDuckDb();
    }

    /**
     * Closes DuckDB and deletes the file.
     *
     * @throws IOException if the file cannot be deleted
     * @throws SQLException if DuckDB fails
     */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException, SQLException {
        duck.close();
        Files.deleteIfExists(file);
    }

    /** @return the gaps */
    @Benchmark
    public double[][] library() {
        return B6CsvImport.library(file, B6CsvImport.SCHOOLS);
    }

    /**
     * @return the gaps
     * @throws SQLException if DuckDB fails
     */
    @Benchmark
    public double[][] duckDb() throws SQLException {
        return B6CsvImport.duckDb(duck, file, B6CsvImport.SCHOOLS);
    }
}
