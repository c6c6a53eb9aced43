package org.equalityduty.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.equalityduty.paygap.PayRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** B7: the six gender pay gap figures for 1,000,000 employees: library, sort-based reference, DuckDB. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class B7PayGapBenchmark {

    B7PayGap.Workforce workforce;
    List<PayRecord> records;
    Connection duck;

    /**
     * Generates the workforce and loads DuckDB (not timed).
     *
     * @throws SQLException if DuckDB fails
     */
    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        workforce = B7PayGap.Workforce.generate(B7PayGap.EMPLOYEES, Cohort.SEED);
        records = workforce.toRecords();
        duck = B7PayGap.loadDuckDb(workforce);
    }

    /**
     * Closes DuckDB.
     *
     * @throws SQLException if DuckDB fails
     */
    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        duck.close();
    }

    /**
     * Gets the figures.
     *
     * @return the figures
     */
    @Benchmark
    public Object library() {
        return B7PayGap.library(records);
    }

    /**
     * Gets the figures.
     *
     * @return the figures
     */
    @Benchmark
    public Object sortBasedReference() {
        return B7PayGap.sortBasedReference(workforce);
    }

    /**
     * @return the figures
     * @throws SQLException if DuckDB fails
     */
    @Benchmark
    public Object duckDb() throws SQLException {
        return B7PayGap.duckDb(duck);
    }
}
