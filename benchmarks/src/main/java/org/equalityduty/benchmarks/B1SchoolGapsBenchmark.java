package org.equalityduty.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
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
 * B1: per-school disadvantage gap (mean scaled score and share at the expected standard) over synthetic pupils in
 * 2,000 schools, 25% disadvantaged. Each benchmark method gets only the data layout it reads; data loading (including
 * DuckDB's appender) happens in setup, outside the timing.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class B1SchoolGapsBenchmark {

    /** The number of pupils (the runner sets 2,000,000 in quick mode). */
    @State(Scope.Benchmark)
    public static class Size {
        /** Number of pupil records. */
        @Param("10000000")
        public int records;

        Cohort cohort() {
            return Cohort.generate(records, Cohort.SCHOOLS, Cohort.SEED);
        }
    }

    /** Object records in an ArrayList. */
    @State(Scope.Benchmark)
    public static class Objects {
        List<Pupil> pupils;

        /** @param size the size */
        @Setup(Level.Trial)
        public void setUp(Size size) {
            pupils = size.cohort().toPupils();
        }
    }

    /** Primitive columns, one set per school. */
    @State(Scope.Benchmark)
    public static class Columns {
        Cohort.SchoolColumns columns;

        /** @param size the size */
        @Setup(Level.Trial)
        public void setUp(Size size) {
            columns = size.cohort().bySchool();
        }
    }

    /** Flat columns in record order. */
    @State(Scope.Benchmark)
    public static class Flat {
        B1Implementations.FlatColumns columns;

        /** @param size the size */
        @Setup(Level.Trial)
        public void setUp(Size size) {
            columns = B1Implementations.FlatColumns.of(size.cohort());
        }
    }

    /** The grouped accumulator already filled, for the diagnostic that times only its interval calls. */
    @State(Scope.Benchmark)
    public static class GroupedAggregated {
        org.equalityduty.metrics.accumulators.PerSchoolGaps gaps;

        /** @param size the size */
        @Setup(Level.Trial)
        public void setUp(Size size) {
            B1Implementations.FlatColumns flat = B1Implementations.FlatColumns.of(size.cohort());
            gaps = org.equalityduty.metrics.accumulators.PerSchoolGaps.of(flat.school(), flat.schools(), flat.score(), flat.met(),
                    flat.disadvantaged());
        }
    }

    /** Per-school aggregates, for the diagnostic that times only the library's interval calls. */
    @State(Scope.Benchmark)
    public static class Aggregated {
        B1Implementations.Aggregates aggregates;

        /** @param size the size */
        @Setup(Level.Trial)
        public void setUp(Size size) {
            aggregates = B1Implementations.Aggregates.of(size.cohort().bySchool());
        }
    }

    /** An in-memory DuckDB table loaded with the appender. */
    @State(Scope.Benchmark)
    public static class Duck {
        Connection connection;

        /**
         * @param size the size
         * @throws SQLException if DuckDB fails
         */
        @Setup(Level.Trial)
        public void setUp(Size size) throws SQLException {
            connection = B1Implementations.loadDuckDb(size.cohort());
        }

        /** @throws SQLException if DuckDB fails */
        @TearDown(Level.Trial)
        public void tearDown() throws SQLException {
            connection.close();
        }
    }

    /**
     * @param data the pupils
     * @return the answer
     */
    @Benchmark
    public SchoolGaps libraryObjectsIntersectionKeys(Objects data) {
        return B1Implementations.libraryObjectsIntersectionKeys(data.pupils, Cohort.SCHOOLS);
    }

    /**
     * @param data the pupils
     * @return the answer
     */
    @Benchmark
    public SchoolGaps libraryObjectsSchoolKeys(Objects data) {
        return B1Implementations.libraryObjectsSchoolKeys(data.pupils, Cohort.SCHOOLS);
    }

    /**
     * @param data the columns
     * @return the answer
     */
    @Benchmark
    public SchoolGaps libraryColumns(Columns data) {
        return B1Implementations.libraryColumns(data.columns);
    }

    /**
     * @param data the columns
     * @return the answer
     */
    @Benchmark
    public SchoolGaps handLoop(Columns data) {
        return B1Implementations.handLoop(data.columns);
    }

    /**
     * @param data the pupils
     * @return the answer
     */
    @Benchmark
    public SchoolGaps handLoopObjects(Objects data) {
        return B1Implementations.handLoopObjects(data.pupils, Cohort.SCHOOLS);
    }

    /**
     * @param data the aggregates
     * @return the answer
     */
    @Benchmark
    public SchoolGaps libraryIntervalsOnly(Aggregated data) {
        return B1Implementations.libraryIntervalsOnly(data.aggregates);
    }

    /**
     * @param data the pupils
     * @return the answer
     */
    @Benchmark
    public SchoolGaps streams(Objects data) {
        return B1Implementations.streams(data.pupils, Cohort.SCHOOLS);
    }

    /**
     * @param data the loaded table
     * @return the answer
     * @throws SQLException if DuckDB fails
     */
    @Benchmark
    public SchoolGaps duckDb(Duck data) throws SQLException {
        return B1Implementations.duckDb(data.connection, Cohort.SCHOOLS);
    }

    /**
     * @param data the pupils
     * @return the answer
     */
    @Benchmark
    public SchoolGaps libraryObjectsGrouped(Objects data) {
        return B1Implementations.libraryObjectsGrouped(data.pupils, Cohort.SCHOOLS);
    }

    /**
     * @param data the columns
     * @return the answer
     */
    @Benchmark
    public SchoolGaps libraryGroupedColumns(Columns data) {
        return B1Implementations.libraryGroupedColumns(data.columns);
    }

    /**
     * @param data the flat columns
     * @return the answer
     */
    @Benchmark
    public SchoolGaps libraryGroupedFlatColumns(Flat data) {
        return B1Implementations.libraryGroupedFlatColumns(data.columns);
    }

    /**
     * @param data the flat columns
     * @param pool the caller's threads
     * @return the answer
     */
    @Benchmark
    public SchoolGaps libraryGroupedFlatColumnsParallel(Flat data, Pool pool) {
        return B1Implementations.libraryGroupedFlatColumnsParallel(data.columns, pool.executor, Pool.THREADS);
    }

    /** The caller's thread pool for the parallel path: one thread per core (DuckDB uses all cores too). */
    @State(Scope.Benchmark)
    public static class Pool {
        static final int THREADS = Runtime.getRuntime().availableProcessors();
        java.util.concurrent.ExecutorService executor;

        /** Starts the threads. */
        @Setup(Level.Trial)
        public void setUp() {
            executor = java.util.concurrent.Executors.newFixedThreadPool(THREADS);
        }

        /** Stops the threads. */
        @TearDown(Level.Trial)
        public void tearDown() {
            executor.shutdownNow();
        }
    }

    /**
     * @param data the accumulated collection
     * @return the answer
     */
    @Benchmark
    public SchoolGaps libraryGroupedIntervalsOnly(GroupedAggregated data) {
        return B1Implementations.libraryGroupedIntervalsOnly(data.gaps);
    }
}
